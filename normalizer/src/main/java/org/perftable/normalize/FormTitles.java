package org.perftable.normalize;

import java.util.List;
import java.util.regex.Pattern;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/** Recognises form titles: 部门整体…绩效目标…表 and 项目支出绩效目标表, with an optional year and note. */
final class FormTitles {

    private static final Pattern TITLE = Pattern.compile(
            "^(?:\\d{4}年度?)?.{0,20}(?:部门整体|项目支出|项目).{0,6}绩效目标(?:申报)?表(?:[（(][^）)]*[）)])?$");

    private FormTitles() {
    }

    /** The printed title a block holds (a text line, or a row with one non-empty cell), or null. */
    static String titleOf(Block block) {
        String text = null;
        if (block instanceof TextLine line) {
            text = line.text();
        } else if (block instanceof Row row) {
            List<Cell> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
            text = filled.size() == 1 ? filled.get(0).text() : null;
        }
        if (text == null) {
            return null;
        }
        String unwrapped = CjkText.unwrap(text);
        return TITLE.matcher(Labels.key(unwrapped)).matches() ? unwrapped : null;
    }
}
