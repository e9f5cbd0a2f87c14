package org.perftable.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads WordprocessingML elements of a .docx through their DOM: finding children through the
 * content controls and custom XML that may wrap them, and the printed text of a paragraph.
 */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    /** Elements whose content is read as if it stood in their place. */
    private static final Set<String> INLINE_WRAPPERS =
            Set.of("hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo");

    private WordXml() {
    }

    /** The local name of a WordprocessingML element, "" for anything else. */
    static String name(Node node) {
        return node.getNodeType() == Node.ELEMENT_NODE && W.equals(node.getNamespaceURI())
                ? node.getLocalName() : "";
    }

    /** The first child element with the name, or null (also when {@code parent} is null). */
    static Element child(Node parent, String name) {
        return child(parent, W, name);
    }

    /** An attribute in the WordprocessingML namespace, or null. */
    static String attr(Node element, String name) {
        return element instanceof Element e && e.hasAttributeNS(W, name) ? e.getAttributeNS(W, name) : null;
    }

    /** An on/off property: present without a value means on. */
    static boolean on(Node property) {
        if (property == null) {
            return false;
        }
        String val = attr(property, "val");
        return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }

    /** A decimal property's value, or {@code otherwise} when absent or not a number. */
    static int number(Node property, int otherwise) {
        String val = property == null ? null : attr(property, "val");
        try {
            return val == null ? otherwise : Integer.parseInt(val.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /**
     * The children with one of the names, in order, looking through content controls and custom XML
     * that wrap them (block-level {@code w:sdt}, {@code w:customXml}).
     */
    static List<Element> contents(Node parent, Set<String> names) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            String name = name(node);
            if (names.contains(name)) {
                found.add((Element) node);
            } else if (name.equals("sdt") && child(node, "sdtContent") != null) {
                found.addAll(contents(child(node, "sdtContent"), names));
            } else if (name.equals("customXml")) {
                found.addAll(contents(node, names));
            }
        }
        return found;
    }

    /**
     * A paragraph's printed text: tabs as spaces, line breaks as "\n", page breaks as
     * {@link WordText#PAGE_BREAK}, checkboxes as ☑/☐. Field instructions, deleted text, drawings and
     * text boxes are left out.
     */
    static String text(Element paragraph) {
        StringBuilder out = new StringBuilder();
        inline(paragraph, null, out);
        return out.toString();
    }

    private static void inline(Node parent, String font, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            String name = name(node);
            switch (name) {
                case "r" -> inline(node, runFont(node), out);
                case "t" -> out.append(WordText.symbolFontText(font, characters(node)));
                case "tab", "ptab" -> out.append(' ');
                case "br" -> out.append("page".equals(attr(node, "type")) ? WordText.PAGE_BREAK : '\n');
                case "cr" -> out.append('\n');
                case "noBreakHyphen" -> out.append('-');
                case "sym" -> symbol(node, out);
                case "fldChar" -> formCheckbox(node, out);
                case "sdt" -> contentControl(node, font, out);
                default -> {
                    if (INLINE_WRAPPERS.contains(name)) {
                        inline(node, font, out);
                    }
                }
            }
        }
    }

    /** The font a run's characters are set in, as far as the run itself says. */
    private static String runFont(Node run) {
        Element fonts = child(child(run, "rPr"), "rFonts");
        if (fonts == null) {
            return null;
        }
        for (String slot : List.of("ascii", "hAnsi", "eastAsia", "cs")) {
            String font = attr(fonts, slot);
            if (font != null) {
                return font;
            }
        }
        return null;
    }

    /** {@code <w:sym w:font="Wingdings 2" w:char="F052"/>}: a character of a symbol font. */
    private static void symbol(Node sym, StringBuilder out) {
        String code = attr(sym, "char");
        try {
            if (code != null) {
                out.append(WordText.symbol(attr(sym, "font"), Integer.parseInt(code.strip(), 16)));
            }
        } catch (IllegalArgumentException e) {
            // not a character code: nothing printed
        }
    }

    /** A legacy check box form field ({@code FORMCHECKBOX}) is drawn by Word, not written as text. */
    private static void formCheckbox(Node fldChar, StringBuilder out) {
        Element box = child(child(fldChar, "ffData"), "checkBox");
        if (box != null && "begin".equals(attr(fldChar, "fldCharType"))) {
            Element checked = child(box, "checked");
            boolean ticked = checked != null ? on(checked) : on(child(box, "default"));
            out.append(ticked ? WordText.TICKED : WordText.EMPTY);
        }
    }

    /** A check box content control prints its state; any other content control its content. */
    private static void contentControl(Node sdt, String font, StringBuilder out) {
        Element checkbox = child(child(sdt, "sdtPr"), W14, "checkbox");
        if (checkbox != null) {
            Element checked = child(checkbox, W14, "checked");
            String val = checked == null ? null : checked.getAttributeNS(W14, "val");
            out.append("1".equals(val) || "true".equals(val) ? WordText.TICKED : WordText.EMPTY);
        } else if (child(sdt, "sdtContent") != null) {
            inline(child(sdt, "sdtContent"), font, out);
        }
    }

    /** The text of an element with text only ({@code getTextContent()} is DOM 3, which XMLBeans lacks). */
    private static String characters(Node element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    private static Element child(Node parent, String namespace, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE && namespace.equals(node.getNamespaceURI())
                    && name.equals(node.getLocalName())) {
                return (Element) node;
            }
        }
        return null;
    }
}
