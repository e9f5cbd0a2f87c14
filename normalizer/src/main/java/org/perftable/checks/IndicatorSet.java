package org.perftable.checks;

import java.util.ArrayList;
import java.util.List;
import org.perftable.filing.Form;
import org.perftable.filing.Indicator;
import org.perftable.filing.Level1Category;
import org.perftable.filing.Level2Category;
import org.perftable.filing.Project;

/**
 * The indicators one filer set for one purpose, which completeness is judged on: a project's, or a
 * form's own (a department form, a transfer payment). A project of a department form's project list
 * has its indicators on its own project form, so it is no set here.
 *
 * @param name   how messages name it
 * @param record the project or form
 */
record IndicatorSet(String name, Object record, List<Indicator> indicators) {

    static List<IndicatorSet> of(FormInFiling form) {
        List<IndicatorSet> sets = new ArrayList<>();
        Form printed = form.form();
        if (!printed.indicators().isEmpty()) {
            sets.add(new IndicatorSet("the form's indicators", printed, printed.indicators()));
        }
        if (!form.isDepartmentForm()) {
            for (Project project : printed.projects()) {
                sets.add(new IndicatorSet("the indicators of " + project.name(), project, project.indicators()));
            }
        }
        return sets;
    }

    static boolean isCost(Indicator indicator) {
        Level2Category level2 = indicator.level2Code();
        return indicator.level1Code() == Level1Category.COST || level2 == Level2Category.COST
                || level2 == Level2Category.ECONOMIC_COST || level2 == Level2Category.SOCIAL_COST
                || level2 == Level2Category.ECOLOGICAL_COST;
    }

    static boolean isSatisfaction(Indicator indicator) {
        return indicator.level1Code() == Level1Category.SATISFACTION
                || indicator.level2Code() == Level2Category.SERVICE_SATISFACTION
                || (indicator.key() != null && indicator.key().contains("满意度"));
    }

    /**
     * The indicator as messages name it: its 三级. Not its page, which depends on where a format breaks
     * pages; the check's records give the indicator and its page.
     */
    static String describe(Indicator indicator) {
        return indicator.level3();
    }
}
