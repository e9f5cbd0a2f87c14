package org.perftable.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.read.WordTable.Merge;
import org.perftable.read.WordTable.Slot;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads Word 2007+ documents (.docx). Body paragraphs become text lines, tables become rows of cells
 * placed on the table grid with their spans. A page starts at an explicit break only: a page break,
 * a paragraph set to start a page, a section that starts on a new page. Headers and footers are not
 * read.
 *
 * <p>The body is walked in its XML rather than through {@code XWPFDocument.getBodyElements()}, which
 * shows a block-level content control only as its plain text, not as the paragraphs and tables in it.
 */
final class DocxReader implements FilingReader {

    private static final Set<String> BLOCKS = Set.of("p", "tbl");

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Grid read(Path file) throws IOException, UnreadableFileException {
        OfficeLimits.apply();
        WordFiles.refuseEncrypted(file);
        try {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return new Grid(format(), new Body(new XWPFDocument(pkg)).pages(), List.of());
            } finally {
                pkg.revert(); // read-only: close without saving
            }
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw OfficeFailures.of(format(), e);
        }
    }

    /** One walk through a document's body. */
    private static final class Body {

        private final XWPFStyles styles;
        private final Element body;
        /** Every section's properties in order: the sections' ends, then the body's last one. */
        private final List<Element> sections = new ArrayList<>();
        private final WordPages pages = new WordPages();
        private int sectionsEnded;
        private int paragraphs;
        private int tables;

        Body(XWPFDocument document) {
            this.styles = document.getStyles();
            this.body = (Element) document.getDocument().getBody().getDomNode();
        }

        List<Page> pages() {
            List<Element> blocks = WordXml.contents(body, BLOCKS);
            for (Element block : blocks) {
                Element section = WordXml.child(WordXml.child(block, "pPr"), "sectPr");
                if (section != null) {
                    sections.add(section);
                }
            }
            sections.add(WordXml.child(body, "sectPr"));
            for (Element block : blocks) {
                if (WordXml.name(block).equals("p")) {
                    paragraph(block);
                } else {
                    table(block);
                }
            }
            return pages.pages();
        }

        private void paragraph(Element p) {
            pages.paragraph(WordXml.text(p), pageBreakBefore(p), "paragraph " + ++paragraphs);
            if (WordXml.child(WordXml.child(p, "pPr"), "sectPr") != null
                    && startsPage(sections.get(++sectionsEnded))) {
                pages.breakPage();
            }
        }

        /**
         * The paragraph that ends a section holds that section's properties; whether a break follows
         * it is the next section's type, and a section without a type starts on a new page.
         */
        private static boolean startsPage(Element section) {
            if (section == null) {
                return false;
            }
            String type = WordXml.attr(WordXml.child(section, "type"), "val");
            return type == null || type.equals("nextPage") || type.equals("oddPage") || type.equals("evenPage");
        }

        /** Set on the paragraph, or on its style or a style that one is based on. */
        private boolean pageBreakBefore(Element p) {
            Element properties = WordXml.child(p, "pPr");
            Element own = WordXml.child(properties, "pageBreakBefore");
            if (own != null) {
                return WordXml.on(own);
            }
            String styleId = WordXml.attr(WordXml.child(properties, "pStyle"), "val");
            for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
                XWPFStyle style = styles.getStyle(styleId);
                if (style == null) {
                    return false;
                }
                Node styleNode = style.getCTStyle().getDomNode();
                Element inherited = WordXml.child(WordXml.child(styleNode, "pPr"), "pageBreakBefore");
                if (inherited != null) {
                    return WordXml.on(inherited);
                }
                styleId = WordXml.attr(WordXml.child(styleNode, "basedOn"), "val");
            }
            return false;
        }

        private void table(Element tbl) {
            tables++;
            String table = "table " + tables;
            List<Element> trs = WordXml.contents(tbl, Set.of("tr"));
            if (startsOnNewPage(trs)) {
                pages.breakPageUnlessAtTop();
            }
            List<List<Slot>> rows = new ArrayList<>();
            for (Element tr : trs) {
                String row = table + " row " + (rows.size() + 1);
                List<Slot> slots = new ArrayList<>();
                int column = WordXml.number(WordXml.child(WordXml.child(tr, "trPr"), "gridBefore"), 0);
                int index = 0;
                for (Element tc : WordXml.contents(tr, Set.of("tc"))) {
                    index++;
                    Element properties = WordXml.child(tc, "tcPr");
                    int span = Math.max(1, WordXml.number(WordXml.child(properties, "gridSpan"), 1));
                    slots.add(new Slot(cellText(tc), column, span, merge(properties), row + " cell " + index));
                    column += span;
                }
                rows.add(slots);
            }
            WordTable.rows(rows, pages.number(), table).forEach(pages::add);
        }

        /** A table moves to a new page when its first paragraph is set to start one. */
        private boolean startsOnNewPage(List<Element> rows) {
            List<Element> cells = rows.isEmpty() ? List.of() : WordXml.contents(rows.get(0), Set.of("tc"));
            List<Element> paragraphs = cells.isEmpty() ? List.of() : WordXml.contents(cells.get(0), Set.of("p"));
            return !paragraphs.isEmpty() && pageBreakBefore(paragraphs.get(0));
        }

        private static Merge merge(Element cellProperties) {
            Element vMerge = WordXml.child(cellProperties, "vMerge");
            if (vMerge == null) {
                return Merge.NONE;
            }
            return "restart".equals(WordXml.attr(vMerge, "val")) ? Merge.RESTART : Merge.CONTINUE;
        }

        private static String cellText(Element tc) {
            List<String> paragraphs = new ArrayList<>();
            cellParagraphs(tc, paragraphs);
            return WordText.cell(paragraphs);
        }

        /** A nested table's cells add their paragraphs to the cell holding the table. */
        private static void cellParagraphs(Element container, List<String> paragraphs) {
            for (Element block : WordXml.contents(container, BLOCKS)) {
                if (WordXml.name(block).equals("p")) {
                    paragraphs.add(WordXml.text(block));
                } else {
                    for (Element tr : WordXml.contents(block, Set.of("tr"))) {
                        for (Element tc : WordXml.contents(tr, Set.of("tc"))) {
                            cellParagraphs(tc, paragraphs);
                        }
                    }
                }
            }
        }
    }
}
