package org.perftable.samplegen;

import java.util.List;
import org.perftable.samplegen.OfficeSamples.Part;

/**
 * Writes pages as a tab-separated text export: a line per text line and per table row (a cell
 * covered by a merge is empty, as exports print it), a form feed where a page starts.
 */
final class TextExportWriter {

    String write(List<List<Part>> pages) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                out.append('\f').append('\n');
            }
            for (Part part : pages.get(p)) {
                if (part.text() != null) {
                    out.append(part.text()).append('\n');
                    continue;
                }
                TableLayout table = part.table();
                for (int r = 0; r < table.text.length; r++) {
                    for (int c = 0; c < table.width; c++) {
                        if (c > 0) {
                            out.append('\t');
                        }
                        out.append(table.covered[r][c] ? "" : table.text[r][c]);
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}
