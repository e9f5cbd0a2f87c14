package org.perftable.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML fragments some exports leave inside cells into plain text: paragraphs and line
 * breaks become blank-line separated paragraphs, checkbox inputs become ☑/☐, other tags go, entities
 * are decoded.
 */
final class CellMarkup {

    private static final Pattern CHECKBOX = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_END = Pattern.compile("</p>\\s*|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private CellMarkup() {
    }

    static String toText(String cell) {
        if (cell.indexOf('<') < 0 && cell.indexOf('&') < 0) {
            return cell.strip();
        }
        String text = checkboxes(cell);
        text = PARAGRAPH_END.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        text = entities(text);
        return text.strip();
    }

    private static String checkboxes(String cell) {
        Matcher m = CHECKBOX.matcher(cell);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group().toLowerCase(java.util.Locale.ROOT);
            String glyph = !tag.contains("checkbox") ? "" : tag.contains("checked") ? "☑" : "☐";
            m.appendReplacement(out, glyph);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> Character.toString(name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
