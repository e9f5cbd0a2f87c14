package org.perftable.samplegen;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.perftable.samplegen.OfficeSamples.Part;

/**
 * Writes pages of text and tables as a Word document: a page break between pages, merges as
 * gridSpan/vMerge, tables ruled or, for borderless samples, without borders.
 */
final class DocxWriter {

    private static final String FONT = "Noto Serif CJK SC";
    /** Text width of an A4 page with default margins, in twentieths of a point. */
    private static final int TABLE_WIDTH = 9000;
    /** Tables this wide are printed across a landscape page, as wide forms are. */
    private static final int LANDSCAPE_COLUMNS = 7;

    private final boolean ruled;

    DocxWriter(boolean ruled) {
        this.ruled = ruled;
    }

    void write(List<List<Part>> pages, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                if (p > 0) {
                    document.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
                for (Part part : pages.get(p)) {
                    if (part.text() != null) {
                        text(document.createParagraph(), part.text());
                    } else {
                        table(document, part.table());
                    }
                }
            }
            if (pages.stream().flatMap(List::stream)
                    .anyMatch(part -> part.table() != null && part.table().width >= LANDSCAPE_COLUMNS)) {
                landscape(document);
            }
            document.write(out);
        }
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private void table(XWPFDocument document, TableLayout layout) {
        int height = layout.text.length;
        XWPFTable table = document.createTable(height, layout.width);
        if (!ruled) {
            table.removeBorders();
        }
        // an explicit grid and cell widths: without them LibreOffice cuts long vertical merges short
        int column = TABLE_WIDTH / layout.width;
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < layout.width; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(column));
        }
        for (int r = 0; r < height; r++) {
            XWPFTableRow row = table.getRow(r);
            // right to left, so removing a covered cell leaves the indexes still to visit intact
            for (int c = layout.width - 1; c >= 0; c--) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                boolean coveredFromLeft = layout.covered[r][c] && leftSpanCovers(layout, r, c);
                if (coveredFromLeft) {
                    row.removeCell(c);
                    continue;
                }
                if (layout.colSpan[r][c] > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(layout.colSpan[r][c]));
                }
                CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf((long) column * layout.colSpan[r][c]));
                if (layout.rowSpan[r][c] > 1) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                } else if (layout.covered[r][c]) {
                    properties.addNewVMerge().setVal(STMerge.CONTINUE);
                }
                text(cell.getParagraphs().get(0), layout.text[r][c]);
            }
        }
    }

    /** Whether a covered cell lies under a span from its left (rather than from above). */
    private static boolean leftSpanCovers(TableLayout layout, int r, int c) {
        for (int left = c - 1; left >= 0; left--) {
            if (!layout.covered[r][left] || layout.colSpan[r][left] > 1) {
                return left + layout.colSpan[r][left] > c;
            }
        }
        return false;
    }

    /** Writes text into a paragraph, and into further paragraphs of the same cell for each blank line. */
    private static void text(XWPFParagraph first, String text) {
        String[] paragraphs = text.split("\n\n", -1);
        XWPFParagraph paragraph = first;
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                paragraph = paragraph.getBody() instanceof XWPFTableCell cell ? cell.addParagraph()
                        : paragraph.getDocument().createParagraph();
            }
            String[] lines = paragraphs[i].split("\n", -1);
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(9);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    run.addBreak();
                }
                run.setText(lines[l], l);
            }
        }
    }
}
