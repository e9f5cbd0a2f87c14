package org.perftable.samplegen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** The random choices of one filing, with the features they add up to. */
final class Draw {

    private final Random random;
    /** Whether the filing keeps to the national template's wording and arrangement. */
    final boolean plain;
    final Set<String> features = new TreeSet<>();
    private Set<String> formFeatures = new TreeSet<>();

    Draw(Random random, boolean plain) {
        this.random = random;
        this.plain = plain;
    }

    /** The features drawn since the last call: those of the form just drawn. */
    List<String> formFeatures() {
        List<String> drawn = new ArrayList<>(formFeatures);
        formFeatures = new TreeSet<>();
        return drawn;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    final <T> T one(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** {@code count} distinct items, in the order they have in {@code options}. */
    <T> List<T> some(Collection<T> options, int count) {
        List<T> pool = new ArrayList<>(options);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, pool.size()); i++) {
            int index;
            do {
                index = random.nextInt(pool.size());
            } while (chosen.contains(index));
            chosen.add(index);
        }
        chosen.sort(null);
        return chosen.stream().map(pool::get).toList();
    }

    <T> void shuffle(List<T> list) {
        java.util.Collections.shuffle(list, random);
    }

    void feature(String name) {
        features.add(name);
        formFeatures.add(name);
    }
}
