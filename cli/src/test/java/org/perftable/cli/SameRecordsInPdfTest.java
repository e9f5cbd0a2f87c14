package org.perftable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perftable.filing.FilingJson;

/**
 * Every PDF version of a seed filing gives the seed's records, field for field. Page numbers and
 * warnings are left out of the comparison: a printed PDF breaks its pages where the paper ends, not
 * where the text export marked them. The only other differences allowed are listed here, each with
 * the reason the printed text and the text export disagree. A PDF printed from a version without
 * borders gives the records of the PDF printed by the same producer from the ruled version.
 */
class SameRecordsInPdfTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final Set<String> POSITIONS = Set.of("page", "pages", "warnings");

    /** Paths (file: JSON pointer) where the PDF reads differently from the text export, and why. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("001.calc.pdf: /forms/0/fields/整体绩效总目标（长期目标）",
                    "a space typed after a comma fell at a line end of the PDF, where no space is printed"),
            Map.entry("001.calc.pdf: /forms/0/fields/部门职能概述",
                    "the line before item 4 ends a sentence and fills the cell's width, so the PDF shows no paragraph end there"),
            Map.entry("001.calc.pdf: /forms/1/projects/0/fields/单位地址",
                    "the space in \"666号 B11栋\" fell at a line end of the PDF (the seed prints it without on line 525)"),
            Map.entry("001.calc.pdf: /forms/2/projects/0/fields/单位地址",
                    "as above"),
            Map.entry("001.calc.pdf: /forms/3/projects/0/fields/单位地址",
                    "as above"),
            Map.entry("001.writer.pdf: /forms/0/fields/整体绩效总目标（长期目标）",
                    "the text export cut this text at a page break after a full stop, read as a new paragraph; the PDF prints it in one cell"),
            Map.entry("001.writer.pdf: /forms/0/fields/整体绩效总目标（年度目标）",
                    "a space typed after a colon fell at a line end of the PDF"),
            Map.entry("001.writer.pdf: /forms/1/projects/0/fields/项目编码",
                    "the space in the code \"420108220020030000 101\" fell at a line end of the PDF (the seed prints 21 digits with no space on line 522)"),
            Map.entry("001.writer.pdf: /forms/3/projects/0/fields/项目编码",
                    "as above"));

    static List<Path> pdfs() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("pdf"))) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void aPdfGivesItsSeedsRecords(Path pdf) throws IOException {
        String name = pdf.getFileName().toString();
        Path seed = SAMPLES.resolve("seeds").resolve(name.substring(0, name.indexOf('.')) + ".txt.json");
        Set<String> differences = new TreeSet<>();
        compare(read(seed), read(pdf.resolveSibling(name + ".json")), "/forms", differences);
        Set<String> known = new TreeSet<>(KNOWN.keySet().stream()
                .filter(key -> key.startsWith(name + ": ")).map(key -> key.substring(name.length() + 2)).toList());
        assertEquals(known, differences, name + " against its seed");
    }

    static List<Path> borderless() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("borderless"))) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("borderless")
    void aPdfWithoutBordersGivesItsRuledTwinsRecords(Path pdf, @TempDir Path out) throws IOException {
        String name = pdf.getFileName().toString();
        Path twin = SAMPLES.resolve("pdf").resolve(name);
        assertEquals(0, PerftableCommand.run("extract", twin.toString(), "-o", out.resolve("ruled").toString()));
        assertEquals(0, PerftableCommand.run("extract", pdf.toString(), "-o", out.resolve("borderless").toString()));
        JsonNode ruled = read(out.resolve("ruled").resolve(name + ".json"));
        assertFalse(ruled.isEmpty());
        Set<String> differences = new TreeSet<>();
        compare(ruled, read(out.resolve("borderless").resolve(name + ".json")), "/forms", differences);
        assertEquals(Set.of(), differences, name + " without borders against its ruled twin");
    }

    private static JsonNode read(Path json) throws IOException {
        return FilingJson.mapper().readTree(json.toFile()).get("forms");
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, Set<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            keys.removeAll(POSITIONS);
            for (String key : keys) {
                compare(missing(expected.get(key)), missing(actual.get(key)), path + "/" + key, differences);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> a = expected.elements();
            Iterator<JsonNode> b = actual.elements();
            for (int i = 0; a.hasNext(); i++) {
                compare(a.next(), b.next(), path + "/" + i, differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path);
        }
    }

    private static JsonNode missing(JsonNode node) {
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }
}
