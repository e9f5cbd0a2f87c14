package org.perftable.samplegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws whole filings from the space of printed variants of the form families — titles, head label
 * synonyms, funding, goal and indicator arrangements, 1–3 forms a file — each with its truth. One
 * filing in seven or so is plain: one project form in the national template's wording, a baseline
 * for the variations. The same seed gives the same filings.
 */
public final class VariantGenerator {

    private final Random random;

    public VariantGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The next filing, named {@code name}. */
    public Variant next(String name) {
        long seed = random.nextLong();
        int roll = random.nextInt(100);
        Draw draw = new Draw(new Random(seed), roll < 15);
        String family = roll < 50 ? "project" : roll < 67 ? "department_budget"
                : roll < 85 ? "department_expenditure" : "transfer";
        FilingDrawer drawer = new FilingDrawer(draw);
        List<Truth.Form> forms = drawer.forms(family);
        return new Variant(new Truth(name, family, new ArrayList<>(draw.features), forms), drawer.pages().pages());
    }

    /** {@code count} filings named {@code prefix0001}, {@code prefix0002} … */
    public List<Variant> next(String prefix, int count) {
        List<Variant> variants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            variants.add(next(String.format("%s%04d", prefix, i)));
        }
        return variants;
    }
}
