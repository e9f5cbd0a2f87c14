package org.perftable.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Every {@link Pattern} held in a static field of a normalizer class, found by reflection so that
 * patterns added later are covered too, run over 100,000-character lines built to make a regex
 * backtrack, from the pattern's own characters and words: runs of one, one before or after a run of
 * another, two alternating, some after the head of a numbered indicator item. A pattern that retries
 * from every position takes minutes on such a line; one that does not takes milliseconds. The time limit
 * is generous, so only quadratic (or worse) behaviour fails it: each line gets a few seconds.
 */
class PatternBacktrackingTest {

    private static final int LENGTH = 100_000;
    private static final long LINE_LIMIT_NANOS = 3_000_000_000L;
    /** What a numbered indicator cell prints before its targets: some lines start with it. */
    private static final String ITEM_HEAD = "1-产出指标；11-数量指标；名称；实施周期指标值:";
    /** Characters that meet every pattern: spaces, a digit, a Latin letter, a line break, CJK punctuation. */
    private static final String ALWAYS = " 1a\n";
    private static final int MOST_WORDS = 3;
    private static final int MOST_CHARACTERS = 5;

    static Stream<NamedPattern> patterns() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes = Path.of(Labels.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Labels.class.getPackageName().replace('.', '/'));
        List<NamedPattern> patterns = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simpleName = file.getFileName().toString().replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(Labels.class.getPackageName() + "." + simpleName);
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                        field.setAccessible(true);
                        patterns.add(new NamedPattern(simpleName + "." + field.getName(), (Pattern) field.get(null)));
                    }
                }
            }
        }
        assertTrue(patterns.size() >= 20, "patterns found: " + patterns.size());
        return patterns.stream();
    }

    record NamedPattern(String name, Pattern pattern) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Patterns known to backtrack quadratically, left to the owners of their classes. Each must still
     * fail the check, so that the entry is removed (and the pattern checked) once it is fixed.
     * DEPARTMENT_CODE: the {@code \\s*} that starts its second alternative is retried from every
     * space of a long run of spaces before the end.
     */
    private static final Set<String> KNOWN_QUADRATIC = Set.of();

    @ParameterizedTest
    @MethodSource("patterns")
    void noAdversarialLineMakesItBacktrackQuadratically(NamedPattern named) {
        if (KNOWN_QUADRATIC.contains(named.name())) {
            assertThrows(AssertionFailedError.class, () -> checkAll(named), named + " is no longer quadratic: "
                    + "take it off KNOWN_QUADRATIC");
        } else {
            checkAll(named);
        }
    }

    private static void checkAll(NamedPattern named) {
        List<String> units = units(named.pattern().pattern());
        for (String a : units) {
            check(named, "", a, "", "");
            check(named, ITEM_HEAD, a, "", "");
            for (String b : units) {
                if (!a.equals(b)) {
                    check(named, "", a, b, "");
                    check(named, "", "", b, a);
                    check(named, "", a + b, "", "");
                    check(named, ITEM_HEAD, a + b, "", "");
                }
            }
        }
    }

    /**
     * A line of {@link #LENGTH} characters: the head and {@code first}, then {@code repeated} (or
     * {@code first} again and again) up to the length, then {@code last}.
     */
    private static void check(NamedPattern named, String head, String first, String repeated, String last) {
        StringBuilder line = new StringBuilder(LENGTH + head.length() + last.length()).append(head).append(first);
        String unit = repeated.isEmpty() ? first : repeated;
        while (line.length() < LENGTH) {
            line.append(unit);
        }
        line.append(last);
        String described = (head.isEmpty() ? "" : "'" + head + "' then ") + "'" + first + "' then '" + unit
                + "' repeated" + (last.isEmpty() ? "" : " then '" + last + "'");
        Deadline text = new Deadline(line.toString(), System.nanoTime() + LINE_LIMIT_NANOS);
        try {
            // every search from every start: a superset of what matches() and lookingAt() try
            Matcher matcher = named.pattern().matcher(text);
            while (matcher.find()) {
                assertFalse(matcher.end() < matcher.start());
            }
        } catch (TimeUp e) {
            fail(named + " takes over " + LINE_LIMIT_NANOS / 1_000_000_000 + " s on a line of " + described.replace("\n", "\\n"));
        } catch (StackOverflowError e) {
            fail(named + " overflows the stack on a line of " + described.replace("\n", "\\n"));
        }
    }

    /**
     * What a line is made of: the pattern's own literal characters (a few of its CJK words whole, with
     * the punctuation a class right after them lets follow, and of its punctuation) and {@link #ALWAYS}.
     */
    private static List<String> units(String regex) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> characters = new LinkedHashSet<>();
        Matcher word = Pattern.compile("\\p{IsHan}+(?:\\[([^\\]\\\\])|\\(([^)|\\\\]))?").matcher(regex);
        while (word.find()) {
            String follower = word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : "";
            words.add(word.group().replaceAll("[\\[(].*", "") + follower);
        }
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(++i);
                if (!Character.isLetterOrDigit(escaped)) {
                    characters.add(String.valueOf(escaped)); // a literal bracket, dot or such
                }
            } else if (c > 0x7f && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) || "-:;.,".indexOf(c) >= 0) {
                characters.add(String.valueOf(c));
            }
        }
        List<String> units = new ArrayList<>(words.stream().limit(MOST_WORDS).toList());
        units.addAll(characters.stream().limit(MOST_CHARACTERS).toList());
        ALWAYS.codePoints().forEach(c -> {
            if (!units.contains(Character.toString(c))) {
                units.add(Character.toString(c));
            }
        });
        return units;
    }

    private static final class TimeUp extends RuntimeException {
        TimeUp() {
            super(null, null, false, false);
        }
    }

    /** A line that stops the regex reading it once its time is up. */
    private record Deadline(String text, long deadline) implements CharSequence {

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((index & 0xff) == 0 && System.nanoTime() > deadline) {
                throw new TimeUp();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
