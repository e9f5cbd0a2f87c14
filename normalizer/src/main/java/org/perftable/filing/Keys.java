package org.perftable.filing;

import com.hankcs.hanlp.seg.common.Term;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalised keys for grouping and joining what filings print differently. A key is for matching only:
 * the printed text always stays in its own field. Every key starts from NFKC (full-width letters, digits
 * and brackets become half-width) with all white space removed.
 */
public final class Keys {

    /** A code before a name: [118], 【118】, 118-, 118 、 */
    private static final Pattern LEADING_CODE = Pattern.compile("^(?:[\\[【(]\\d+[\\]】)]|\\d+[-—、.:])");
    /** A decoration after a department's name: (部门), (单位), (部门单位). */
    private static final Pattern DEPARTMENT_DECORATION = Pattern.compile("\\((?:部门|单位|部门单位|部门整体)\\)$");
    /** Numbering before a category or indicator name: 1. (1) 一、 */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+[.、)](?!\\d)|\\(\\d+\\)|[一二三四五六七八九十]+、)");
    /** A printed score after a category name: (50分), (30%). */
    private static final Pattern SCORE = Pattern.compile("\\([0-9.]+(?:分|%)?\\)$");
    /** A short parenthesised unit after an indicator name: (%), (人次), (个). */
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\([^()]{1,4}\\)$");
    private static final Pattern MARKS = Pattern.compile("[★☆*※\"'“”‘’《》「」]");

    /**
     * Words that name the same measure; the right-hand one is kept. HanLP's synonym dictionary (同义词词林)
     * does not serve here: it files 满意率 with 合格率 and 出勤率 among rates, and 满意度 with 硬度 among
     * degrees, so it would group what differs and never what is the same.
     */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private static final Map<String, String> SAME_MEASURE = Map.of(
            "满意程度", "满意度",
            "满意率", "满意度",
            "知晓率", "知晓度",
            "认可率", "认可度");

    private Keys() {
    }

    /** NFKC without white space; null stays null. */
    public static String compact(String printed) {
        if (printed == null) {
            return null;
        }
        return WHITE_SPACE.matcher(Normalizer.normalize(printed, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** The department without a leading code or a trailing (部门) / (单位); null when nothing is left. */
    public static String department(String printed) {
        String key = compact(printed);
        if (key == null) {
            return null;
        }
        key = LEADING_CODE.matcher(key).replaceFirst("");
        key = DEPARTMENT_DECORATION.matcher(key).replaceFirst("");
        return key.isEmpty() ? null : key;
    }

    /** A code (project code, 项目编码) with the spaces a wrapped cell left inside it removed. */
    public static String code(String printed) {
        String key = compact(printed);
        return key == null || key.isEmpty() ? null : key;
    }

    /**
     * A category name reduced to what tells categories apart: without numbering, printed score, marks
     * and the 指标 suffix ({@code 产出指标（50分）} → {@code 产出}).
     */
    public static String category(String printed) {
        String key = compact(printed);
        if (key == null) {
            return null;
        }
        key = MARKS.matcher(key).replaceAll("");
        key = NUMBERING.matcher(key).replaceFirst("");
        key = SCORE.matcher(key).replaceFirst("");
        return withoutSuffix(key, "指标");
    }

    /**
     * The key that groups one 三级 indicator printed differently across filings: the name without
     * numbering, marks, a parenthesised unit and the 指标 suffix, with words naming the same measure
     * made one ({@code 服务对象满意率} and {@code 服务对象满意度指标} → {@code 服务对象满意度}). Keys of
     * different indicators stay different: 满意率 is not 合格率.
     */
    public static String indicator(String printed) {
        String key = compact(printed);
        if (key == null) {
            return null;
        }
        key = MARKS.matcher(key).replaceAll("");
        key = NUMBERING.matcher(key).replaceFirst("");
        key = UNIT_SUFFIX.matcher(key).replaceFirst("");
        key = withoutSuffix(key, "指标");
        return key.isEmpty() ? null : sameMeasure(key);
    }

    /**
     * The name with each word naming a measure written as its kept form. HanLP's segmenter finds the
     * words, so that only a whole word is rewritten; a word it splits in two (满意 + 程度) is taken
     * together with the next.
     */
    private static String sameMeasure(String name) {
        // only a name holding one of the words can change: most names skip the segmenter, which is slow
        if (SAME_MEASURE.keySet().stream().noneMatch(name::contains)) {
            return name;
        }
        List<Term> terms = Words.of(name);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            String word = terms.get(i).word;
            String pair = i + 1 < terms.size() ? word + terms.get(i + 1).word : null;
            if (pair != null && SAME_MEASURE.containsKey(pair)) {
                key.append(SAME_MEASURE.get(pair));
                i++;
            } else {
                key.append(SAME_MEASURE.getOrDefault(word, word));
            }
        }
        return key.toString();
    }

    private static String withoutSuffix(String key, String suffix) {
        return key.endsWith(suffix) && key.length() > suffix.length()
                ? key.substring(0, key.length() - suffix.length())
                : key;
    }
}
