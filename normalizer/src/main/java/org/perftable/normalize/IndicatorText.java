package org.perftable.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftable.filing.Indicator;
import org.perftable.filing.Value;

/**
 * Indicators written out as text in one cell, as project tables print them:
 * {@code 1、1-产出指标；11-数量指标；座谈会次数；实施周期指标值:4；年度指标值:不少于4场。2、…}. The
 * separators after the codes vary between ；and ：. Category codes (1-, 11-) are dropped from the names.
 */
final class IndicatorText {

    /** An item starts at its number, after the start or the previous item's full stop. */
    private static final Pattern ITEM_START = Pattern.compile("(?:^|(?<=[。；;.]))\\s*\\d+、(?=\\s*\\d+\\s*-)");
    /**
     * An item's parts. The first 实施周期/年度 label that the rest can follow is the one taken, so the
     * groups up to them are atomic; the annual target runs to the end less a full stop and spaces,
     * matched in one pass: no input makes these retry from each position.
     */
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*\\d+\\s*-(?<l1>[^；;：:]+)[；;：:]\\s*\\d+\\s*-(?<l2>[^；;：:]+)[；;：:](?>(?<name>.*?)[；;]\\s*"
                    + "实施周期指标值[:：])(?>(?<period>.*?)[；;]\\s*年度指标值[:：])"
                    + "(?<annual>(?:[^\\s。]|\\s++(?!$)|。(?!\\s*$))*+)。?\\s*$",
            Pattern.DOTALL);

    private IndicatorText() {
    }

    static List<Indicator> parse(String text, int page, Warnings warnings) {
        List<Indicator> indicators = new ArrayList<>();
        Matcher start = ITEM_START.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        while (start.find()) {
            starts.add(start.start());
            bodies.add(start.end());
        }
        if (starts.isEmpty() || !text.substring(0, starts.get(0)).isBlank()) {
            String head = starts.isEmpty() ? text : text.substring(0, starts.get(0));
            warnings.add("unparsed_indicator_text", "indicator text " + Warnings.quote(head)
                    + " is not in the numbered 1、1-产出指标；… form", page);
        }
        for (int i = 0; i < starts.size(); i++) {
            String item = text.substring(bodies.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                warnings.add("unparsed_indicator_text", "indicator text " + Warnings.quote(item.strip())
                        + " is not in the 1-一级；11-二级；三级；实施周期指标值:…；年度指标值:… form", page);
                continue;
            }
            Map<String, Value> targets = new LinkedHashMap<>();
            targets.put("period", value(m.group("period")));
            targets.put("annual", value(m.group("annual")));
            indicators.add(Indicator.plain(null, m.group("l1").strip(), m.group("l2").strip(), m.group("name").strip(),
                    targets, null, page));
        }
        return indicators;
    }

    private static Value value(String printed) {
        String text = printed.strip();
        return text.isEmpty() ? null : Values.of(text);
    }
}
