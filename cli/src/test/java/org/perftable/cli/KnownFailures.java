package org.perftable.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The generated files perftable does not yet read right, listed in a test resource one name a line
 * with the reason in a comment. A file that fails and is not listed fails the test, so the list can
 * only shrink; a listed file that passes is reported so it can be taken off.
 */
final class KnownFailures {

    private final Set<String> listed;

    private KnownFailures(Set<String> listed) {
        this.listed = listed;
    }

    static KnownFailures read(String resource) throws IOException {
        try (InputStream in = KnownFailures.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new KnownFailures(Set.of());
            }
            return new KnownFailures(Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /** The failing files the list does not hold: each one a regression. */
    SortedSet<String> unexpected(SortedSet<String> failed) {
        SortedSet<String> unexpected = new TreeSet<>(failed);
        unexpected.removeAll(listed);
        return unexpected;
    }

    /** Listed files that now pass, to be taken off the list. */
    SortedSet<String> fixed(SortedSet<String> failed) {
        SortedSet<String> fixed = new TreeSet<>(listed);
        fixed.removeAll(failed);
        return fixed;
    }

    int size() {
        return listed.size();
    }
}
