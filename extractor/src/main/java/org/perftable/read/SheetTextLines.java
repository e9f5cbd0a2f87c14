package org.perftable.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells, on a sheet without borders, which rows are text outside the table. A sheet is a grid, so
 * every row is a table row except a lone value that reads as a form's surroundings: one in the
 * sheet's first column above or below the rows of its page that show two values or more (a title, a
 * 部门名称 line, a note), or one that says what it is wherever it stands (a form title ending in 表, a
 * 单位：万元 line, a 填报人 or 联系电话 line). A lone value merged across columns is a heading inside
 * the table (长期绩效目标表, 单位资金), unless it stands above or below every row of the sheet that shows
 * two values: the sheet's title or closing note.
 */
final class SheetTextLines {

    private static final Pattern TITLE = Pattern.compile(".{2,40}表(?:[（(][^）)]{1,20}[）)])?");
    private static final Pattern SURROUNDING = Pattern.compile(
            "(?:金额)?单位[:：].{0,12}|(?:填报人|填表人|制表人|审核人|负责人|联系人|联系电话|填报日期)[:：\\s].*");

    /** The non-empty values one sheet row shows: their columns and the leftmost one's column and text. */
    record Values(int page, int count, int firstColumn, int firstColSpan, String firstText) {
    }

    private SheetTextLines() {
    }

    /** For each row, whether it is a text line. */
    static boolean[] of(List<Values> rows) {
        int leftmost = rows.stream().filter(v -> v.count() > 0).mapToInt(Values::firstColumn).min().orElse(0);
        // per page, the first and last row showing two values or more: the table's extent
        Map<Integer, int[]> extent = new HashMap<>();
        int[] sheet = {Integer.MAX_VALUE, -1};
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).count() > 1) {
                int index = i;
                extent.computeIfAbsent(rows.get(i).page(), page -> new int[] {index, index})[1] = i;
                sheet[0] = Math.min(sheet[0], i);
                sheet[1] = i;
            }
        }
        boolean[] text = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Values row = rows.get(i);
            if (row.count() != 1) {
                continue;
            }
            if (row.firstColSpan() > 1) {
                text[i] = i < sheet[0] || i > sheet[1];
                continue;
            }
            String value = row.firstText().strip();
            int[] table = extent.get(row.page());
            boolean outside = table == null || i < table[0] || i > table[1];
            text[i] = TITLE.matcher(value).matches() || SURROUNDING.matcher(value).matches()
                    || row.firstColumn() == leftmost && outside;
        }
        return text;
    }
}
