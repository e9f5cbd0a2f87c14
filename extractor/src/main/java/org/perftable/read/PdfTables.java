package org.perftable.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<PdfRuling> horizontals = merged(drawn, true);
        List<PdfRuling> rulings = new ArrayList<>(horizontals);
        rulings.addAll(merged(drawn, false));
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        joinCrossing(rulings, horizontals.size(), parent);
        // groups in the order of their first ruling
        Map<Integer, List<PdfRuling>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), root -> new ArrayList<>()).add(rulings.get(i));
        }
        List<PdfTable> tables = new ArrayList<>();
        for (List<PdfRuling> group : groups.values()) {
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

    /**
     * Joins every horizontal ruling (the first {@code horizontals} of {@code rulings}) with the
     * vertical ones it crosses. Sort and sweep: the horizontals sorted by their y, each vertical looks
     * only at those within its own extent, found by binary search, instead of every ruling at all.
     */
    private static void joinCrossing(List<PdfRuling> rulings, int horizontals, int[] parent) {
        Integer[] byY = new Integer[horizontals];
        for (int i = 0; i < horizontals; i++) {
            byY[i] = i;
        }
        Arrays.sort(byY, Comparator.comparingDouble(i -> rulings.get(i).position()));
        double[] ys = new double[horizontals];
        for (int i = 0; i < horizontals; i++) {
            ys[i] = rulings.get(byY[i]).position();
        }
        for (int v = horizontals; v < rulings.size(); v++) {
            PdfRuling vertical = rulings.get(v);
            for (int k = firstAtLeast(ys, vertical.from() - TOUCH); k < horizontals && ys[k] <= vertical.to() + TOUCH; k++) {
                int h = byY[k];
                if (rulings.get(h).crosses(vertical, TOUCH)) {
                    parent[root(parent, h)] = root(parent, v);
                }
            }
        }
    }

    /** The index of the first value not below {@code value} in a sorted array. */
    private static int firstAtLeast(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
