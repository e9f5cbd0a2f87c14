package org.perftable.read;

/**
 * Glyph text as the grid wants it: checkbox glyphs of symbol fonts (Wingdings and Wingdings 2 map
 * their boxes to private-use code points) become ☑ and ☐; text with no Unicode mapping is null.
 */
final class PdfCheckboxes {

    private PdfCheckboxes() {
    }

    static String map(String unicode) {
        if (unicode == null || unicode.isEmpty() || unicode.indexOf('\uFFFD') >= 0) {
            return null;
        }
        int c = unicode.codePointAt(0);
        if (unicode.length() == 1 && c >= 0xE000 && c <= 0xF8FF) {
            return switch (c) {
                case 0xF0FE, 0xF0FD, 0xF052, 0xF0FC, 0xF053 -> "☑";
                case 0xF0A8, 0xF06F, 0xF0A3, 0xF0A1, 0xF071 -> "☐";
                default -> null;
            };
        }
        return unicode;
    }
}
