package org.perftable.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A table header's labels by column. A body row that fills every column is read in order (exports
 * shift whole rows sideways); a row with gaps is read by column.
 */
final class ColumnMap {

    private final TreeMap<Integer, String> labels = new TreeMap<>();

    ColumnMap(RowText header) {
        header.cells().forEach(cell -> labels.put(cell.column(), cell.text()));
    }

    List<String> labels() {
        return List.copyOf(labels.values());
    }

    /** The row's cells by header label; cells under no label go to {@code unplaced}. */
    Map<String, CellText> read(RowText row, Consumer<CellText> unplaced) {
        Map<String, CellText> byLabel = new LinkedHashMap<>();
        List<String> names = labels();
        boolean inOrder = row.cells().size() == names.size();
        for (int i = 0; i < row.cells().size(); i++) {
            CellText cell = row.cells().get(i);
            String label = inOrder ? names.get(i) : labels.get(cell.column());
            if (label == null || byLabel.containsKey(label)) {
                unplaced.accept(cell);
            } else {
                byLabel.put(label, cell);
            }
        }
        return byLabel;
    }

    /** The row as an ordered map over every header label: amounts as numbers, other text as printed. */
    Map<String, Object> values(RowText row, Consumer<CellText> unplaced) {
        Map<String, CellText> cells = read(row, unplaced);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String label : labels()) {
            CellText cell = cells.get(label);
            values.put(label, cell == null ? null : Amounts.orText(cell.text()));
        }
        return values;
    }
}
