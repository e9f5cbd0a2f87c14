package org.perftable.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What printed labels mean, read once from {@code vocabulary.tsv}: one synonym a line, by section
 * and role. Labels are looked up by their {@linkplain #labelKey key}, so a unit or mark in brackets
 * and the width of the brackets do not matter.
 */
final class Vocabulary {

    /** The sections of the vocabulary file. */
    enum Section { TITLE, HEAD, FUNDING, GOAL, INDICATOR, INDICATOR_GROUP, DEPARTMENT }

    /** A form type and the pattern its title's core matches. */
    record TitlePattern(String type, Pattern pattern) {
    }

    private static final String RESOURCE = "/org/perftable/vocabulary.tsv";
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^（()）]{0,12}[）)]$");
    private static final Pattern MARKS = Pattern.compile("[★*＊]");
    private static final Vocabulary STANDARD = load();

    private final Map<Section, Map<String, String>> roles;
    private final List<TitlePattern> titles;

    private Vocabulary(Map<Section, Map<String, String>> roles, List<TitlePattern> titles) {
        this.roles = roles;
        this.titles = List.copyOf(titles);
    }

    static Vocabulary standard() {
        return STANDARD;
    }

    /** The role a printed label has in a section, or null when the vocabulary does not know it. */
    String role(Section section, String printed) {
        Map<String, String> bySection = roles.get(section);
        String key = Labels.key(printed);
        String role = bySection.get(key);
        return role != null ? role : bySection.get(withoutMarks(key));
    }

    List<TitlePattern> titles() {
        return titles;
    }

    /** A label's key without marks and without one unit or note in brackets at its end. */
    static String labelKey(String printed) {
        return withoutMarks(Labels.key(printed));
    }

    /** A label's key, already without whitespace, also without marks and a bracketed unit or note at its end. */
    private static String withoutMarks(String key) {
        String unmarked = MARKS.matcher(key).replaceAll("");
        String stripped = TRAILING_BRACKET.matcher(unmarked).replaceFirst("");
        return stripped.isEmpty() ? unmarked : stripped;
    }

    private static Vocabulary load() {
        Map<Section, Map<String, String>> roles = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            roles.put(section, new HashMap<>());
        }
        List<TitlePattern> titles = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected SECTION, ROLE and LABEL");
                }
                Section section = Section.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
                String role = parts[1].strip();
                String label = parts[2].strip();
                if (section == Section.TITLE) {
                    titles.add(new TitlePattern(role, Pattern.compile(label)));
                } else {
                    roles.get(section).put(labelKey(label), role);
                    roles.get(section).put(Labels.key(label), role);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(roles, titles);
    }
}
