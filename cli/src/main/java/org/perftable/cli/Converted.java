package org.perftable.cli;

import org.perftable.filing.CheckStatus;
import org.perftable.filing.Filing;
import org.perftable.filing.Form;
import org.perftable.filing.Project;

/**
 * What reading and converting one file gave: its output JSON with the counts the report shows, or
 * the failure that stopped it. The counts come from the records, so the JSON is never parsed back.
 *
 * @param document   the output JSON in UTF-8, as written to its file, or null when it failed
 * @param forms      the filing's forms
 * @param indicators the indicators of every form, those inside projects included
 * @param checksFailed the audit checks of every form that fail
 * @param failure    why there is no output, or null
 */
record Converted(byte[] document, int forms, int indicators, int checksFailed, Failure failure) {

    static Converted of(Filing filing, byte[] document) {
        int indicators = 0;
        int checksFailed = 0;
        for (Form form : filing.forms()) {
            checksFailed += (int) form.checks().stream().filter(check -> check.status() == CheckStatus.FAIL).count();
            indicators += form.indicators().size();
            for (Project project : form.projects()) {
                indicators += project.indicators().size();
            }
        }
        return new Converted(document, filing.forms().size(), indicators, checksFailed, null);
    }

    static Converted failed(Failure failure) {
        return new Converted(null, 0, 0, 0, failure);
    }
}
