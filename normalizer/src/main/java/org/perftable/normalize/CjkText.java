package org.perftable.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans printed Chinese text. PDF cells wrap at the column edge and extraction turns each wrap into
 * whitespace, which Chinese never has between characters; some fonts also map common ideographs to
 * radical code points that look the same but compare unequal.
 */
public final class CjkText {

    /** Includes NBSP and U+3000, which {@code \s} alone misses. */
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");

    /** Signs that bind to a neighbouring Chinese word or number, never to a separate word. */
    private static final String OPERATORS = "≥≤><=＞＜＝%％~～-/·";
    private static final String COMPARATORS = "≥≤><=";
    private static final String SENTENCE_END = "。！？!?";
    private static final String CJK_PUNCTUATION = "“”‘’—·…";

    /** NFKC of U+2F00 + i; NFKC itself is avoided because it would also rewrite full-width punctuation. */
    private static final String KANGXI = ""
            + "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕" // U+2F00
            + "大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日" // U+2F24
            + "曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿" // U+2F48
            + "目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行" // U+2F6C
            + "衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音" // U+2F90
            + "頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠"; // U+2FB4

    /**
     * Radicals Supplement forms whose glyph is a whole character (mostly simplified ones PDF fonts emit);
     * component-only forms such as ⻈ (讠) have no text meaning and stay as printed.
     */
    private static final String SUPPLEMENT_FROM = "⺟⺠⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳";
    private static final String SUPPLEMENT_TO = "母民西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟";

    private CjkText() {
    }

    /**
     * Removes wrap whitespace between Chinese characters (and between Chinese and numbers or signs),
     * collapses other whitespace to one space, keeps a blank line as one paragraph break, trims, and
     * maps radicals.
     */
    public static String unwrap(String s) {
        if (s == null) {
            return null;
        }
        String text = s.replace("\r\n", "\n").replace('\r', '\n');
        Matcher m = SPACE_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String gap;
            if (m.start() == 0 || m.end() == text.length()) {
                gap = "";
            } else if (m.group().chars().filter(c -> c == '\n').count() >= 2) {
                gap = "\n";
            } else {
                int before = text.codePointBefore(m.start());
                int after = text.codePointAt(m.end());
                boolean lineBreak = m.group().indexOf('\n') >= 0;
                gap = joins(before, after) || lineBreak && wrapJoins(before, after) ? "" : " ";
            }
            m.appendReplacement(out, gap);
        }
        m.appendTail(out);
        return mapRadicals(out.toString());
    }

    /**
     * Joins a cell's text with the rest of it printed further down (a wrapped cell split over rows or
     * pages): only the seam is unwrapped, so paragraph breaks inside either part stay; a head ending
     * in a full stop starts a new paragraph instead.
     */
    public static String joinWrapped(String head, String tail) {
        if (SENTENCE_END.indexOf(head.charAt(head.length() - 1)) >= 0) {
            // a cut after a full sentence is where a new paragraph began
            return head + "\n" + tail;
        }
        int headLine = head.lastIndexOf('\n') + 1;
        int tailLine = tail.indexOf('\n');
        String seam = unwrap(head.substring(headLine) + "\n" + (tailLine < 0 ? tail : tail.substring(0, tailLine)));
        return head.substring(0, headLine) + seam + (tailLine < 0 ? "" : tail.substring(tailLine));
    }

    /** Replaces radical code points with the ideographs they render as. */
    public static String mapRadicals(String s) {
        if (s == null || s.chars().noneMatch(c -> c >= 0x2E80 && c <= 0x2FDF)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int supplement = SUPPLEMENT_FROM.indexOf(c);
            if (c >= 0x2F00 && c < 0x2F00 + KANGXI.length()) {
                out.append(KANGXI.charAt(c - 0x2F00));
            } else if (supplement >= 0) {
                out.append(SUPPLEMENT_TO.charAt(supplement));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Removes all whitespace, so labels match however they wrapped; not for output. */
    public static String compact(String s) {
        return s == null ? null : SPACE_RUN.matcher(s).replaceAll("");
    }

    /** Han characters, CJK punctuation (the ideographic space excepted), full-width forms and Chinese quotes. */
    public static boolean isCjk(int codePoint) {
        return Character.isValidCodePoint(codePoint)
                && (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                        || codePoint > 0x3000 && codePoint <= 0x303F
                        || codePoint >= 0xFF00 && codePoint <= 0xFFEF
                        || CJK_PUNCTUATION.indexOf(codePoint) >= 0);
    }

    private static boolean joins(int before, int after) {
        return isCjk(before) && (isCjk(after) || bindsToCjk(after))
                || isCjk(after) && bindsToCjk(before)
                || COMPARATORS.indexOf(before) >= 0 && Character.isDigit(after);
    }

    /**
     * A line break is a wrap for sure (a typed space is not): next to Chinese on either side, or
     * inside a number, code or figure with signs cut by a narrow column, it stands for nothing.
     */
    private static boolean wrapJoins(int before, int after) {
        return isCjk(before) || isCjk(after) || bindsToCjk(before) && bindsToCjk(after);
    }

    private static boolean bindsToCjk(int codePoint) {
        return Character.isDigit(codePoint) || OPERATORS.indexOf(codePoint) >= 0;
    }
}
