package org.perftable.normalize;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Map;
import org.perftable.filing.Words;

/**
 * Guesses the 二级 category of an indicator whose row left it out, from the head word of the 三级
 * name (满意率 → 服务对象满意度指标, 及时率 → 时效指标). HanLP finds the head word; its text is used for
 * matching only, never written out.
 */
final class Level2Guess {

    private static final Map<String, String> BY_HEAD_WORD = Map.ofEntries(
            Map.entry("满意率", "服务对象满意度指标"),
            Map.entry("满意度", "服务对象满意度指标"),
            Map.entry("及时率", "时效指标"),
            Map.entry("及时性", "时效指标"),
            Map.entry("时效", "时效指标"),
            Map.entry("时限", "时效指标"),
            Map.entry("合格率", "质量指标"),
            Map.entry("达标率", "质量指标"),
            Map.entry("覆盖率", "质量指标"),
            Map.entry("准确率", "质量指标"),
            Map.entry("次数", "数量指标"),
            Map.entry("数量", "数量指标"),
            Map.entry("个数", "数量指标"),
            Map.entry("人数", "数量指标"),
            Map.entry("人次", "数量指标"),
            Map.entry("天数", "数量指标"),
            Map.entry("场次", "数量指标"));

    private Level2Guess() {
    }

    /** The 二级 category under the given 一级 that the name's head word points to, or null. */
    static String guess(String level3, String level1) {
        List<Term> terms = Words.of(level3);
        int n = terms.size();
        if (n == 0) {
            return null;
        }
        String last = terms.get(n - 1).word;
        // the segmenter may split 满意率 as 满意 + 率, so the last two words are tried as one too
        String lastTwo = n > 1 ? terms.get(n - 2).word + last : last;
        for (String head : List.of(last, lastTwo)) {
            String level2 = BY_HEAD_WORD.get(head);
            if (level2 != null && Taxonomy.belongs(level2, level1)) {
                return level2;
            }
        }
        return null;
    }
}
