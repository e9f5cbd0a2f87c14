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
    final Set<String> features = new TreeSet<>();

    Draw(Random random) {
        this.random = random;
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
    }
}
