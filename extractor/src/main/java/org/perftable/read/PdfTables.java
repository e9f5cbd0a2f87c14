package org.perftable.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the ruled tables of a page: joins broken and overlapping rulings, then groups rulings that
 * touch each other; a group with at least two horizontal and two vertical rulings is a table.
 */
final class PdfTables {

    private static final double TOUCH = 2.5;
    private static final double MIN_LENGTH = 3.0;

    private PdfTables() {
    }

    static List<PdfTable> find(List<PdfRuling> drawn) {
        List<PdfRuling> rulings = new ArrayList<>(merged(drawn, true));
        rulings.addAll(merged(drawn, false));
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (rulings.get(a).crosses(rulings.get(b), TOUCH)) {
                    parent[root(parent, a)] = root(parent, b);
                }
            }
        }
        List<List<PdfRuling>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            int g = roots.indexOf(root);
            if (g < 0) {
                roots.add(root);
                groups.add(new ArrayList<>());
                g = groups.size() - 1;
            }
            groups.get(g).add(rulings.get(i));
        }
        List<PdfTable> tables = new ArrayList<>();
        for (List<PdfRuling> group : groups) {
            long horizontal = group.stream().filter(PdfRuling::horizontal).count();
            if (horizontal >= 2 && group.size() - horizontal >= 2) {
                tables.add(new PdfTable(group));
            }
        }
        tables.sort(Comparator.comparingDouble(PdfTable::top).thenComparingDouble(PdfTable::left));
        return tables;
    }

    /** Rulings of one direction with collinear pieces that touch or overlap joined into one. */
    private static List<PdfRuling> merged(List<PdfRuling> drawn, boolean horizontal) {
        List<PdfRuling> sorted = drawn.stream()
                .filter(r -> r.horizontal() == horizontal)
                // rounded so that pieces of one line drawn a fraction of a point apart sort together
                .sorted(Comparator.comparingLong((PdfRuling r) -> Math.round(r.position()))
                        .thenComparingDouble(PdfRuling::from))
                .toList();
        List<PdfRuling> out = new ArrayList<>();
        for (PdfRuling r : sorted) {
            PdfRuling last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(last.position() - r.position()) <= 1.0 && r.from() <= last.to() + TOUCH) {
                out.set(out.size() - 1, new PdfRuling(horizontal, last.position(), last.from(), Math.max(last.to(), r.to())));
            } else {
                out.add(r);
            }
        }
        out.removeIf(r -> r.length() < MIN_LENGTH);
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
