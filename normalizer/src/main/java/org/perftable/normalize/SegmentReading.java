package org.perftable.normalize;

import org.perftable.filing.Form;
import org.perftable.grid.Block;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * Reads one segment's blocks in order into a form: the title is skipped, 单位 and 部门名称 lines are
 * taken, other text lines and every table row go to the layout, and text no one takes is reported.
 * Each layout extends this with the state of one reading.
 */
abstract class SegmentReading {

    protected final FormDraft form;

    SegmentReading(String type, String title) {
        form = new FormDraft(type, title);
    }

    final Form read(Segment segment) {
        for (Block block : segment.blocks()) {
            form.pages.add(block.page());
            if (block instanceof TextLine line) {
                if (FormTitles.titleOf(line) != null) {
                    continue;
                }
                String text = CjkText.unwrap(line.text());
                if (!form.headLine(text) && !text(text, line.page())) {
                    form.warnings.add("unplaced_text", "text line " + Warnings.quote(text) + " fits no field",
                            line.page());
                }
            } else {
                RowText row = RowText.of((Row) block);
                // a lone cell may be a head line printed in the table: 部门（单位）名称：… or 单位：万元
                if (!row.isEmpty() && !(row.cells().size() == 1 && form.headLine(row.first().text()))) {
                    row(row);
                }
            }
        }
        finish();
        return form.toForm();
    }

    /** A text line outside the tables; true when the layout took it. */
    protected boolean text(String text, int page) {
        return false;
    }

    /** A table row with at least one filled cell. */
    protected abstract void row(RowText row);

    /** Called after the last block: records still open are added to the form. */
    protected void finish() {
    }
}
