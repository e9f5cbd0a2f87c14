package org.perftable.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Text conventions the Word readers share: checkbox glyphs drawn with symbol fonts become ☑ and ☐,
 * a page break inside a paragraph is marked with a form feed, a cell's paragraphs are separated by a
 * blank line.
 */
final class WordText {

    /** Marks a page break inside paragraph text, as Word's binary format itself does. */
    static final char PAGE_BREAK = '\f';
    static final String TICKED = "☑";
    static final String EMPTY = "☐";

    /** Boxes in Wingdings: ☑ ☒ ticked; □, bold □, ❑, ❒, ◻ empty; ■. */
    private static final Map<Integer, String> WINGDINGS = Map.of(
            0xFE, TICKED, 0xFD, TICKED,
            0x6F, EMPTY, 0x70, EMPTY, 0x71, EMPTY, 0x72, EMPTY, 0xA8, EMPTY,
            0x6E, "■");

    /** Boxes in Wingdings 2: ☑ ⮽ ☒ ticked; □ empty; ■. */
    private static final Map<Integer, String> WINGDINGS_2 = Map.of(
            0x52, TICKED, 0x53, TICKED, 0x54, TICKED,
            0xA3, EMPTY,
            0xA2, "■");

    private WordText() {
    }

    /**
     * What a character of a symbol font prints as: a checkbox as ☑ or ☐, a filled square as ■, any
     * other character unchanged. Codes are the font's own (0x00–0xFF) or Word's private-use form
     * (0xF000–0xF0FF).
     */
    static String symbol(String font, int code) {
        int own = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code;
        String glyph = boxes(font).get(own);
        return glyph != null ? glyph : Character.toString(code);
    }

    /** Text set in a symbol font, each checkbox character replaced by its glyph. */
    static String symbolFontText(String font, String text) {
        if (boxes(font).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(code -> out.append(symbol(font, code)));
        return out.toString();
    }

    /** A paragraph outside tables: tabs as spaces, trimmed. */
    static String line(String paragraph) {
        return paragraph.replace('\t', ' ').strip();
    }

    /**
     * A cell's text: its non-blank paragraphs, each trimmed, separated by a blank line. A table cannot
     * break a page inside a cell, so a page break there reads as a line break.
     */
    static String cell(List<String> paragraphs) {
        return paragraphs.stream()
                .map(paragraph -> line(paragraph.replace(PAGE_BREAK, '\n')))
                .filter(paragraph -> !paragraph.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    private static Map<Integer, String> boxes(String font) {
        return font == null ? Map.of() : switch (font.strip().toLowerCase(Locale.ROOT)) {
            case "wingdings" -> WINGDINGS;
            case "wingdings 2" -> WINGDINGS_2;
            default -> Map.of();
        };
    }
}
