package org.perftable.samplegen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.perftable.grid.Block;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;
import org.perftable.read.Readers;
import org.perftable.read.UnreadableFileException;

/**
 * Writes each text export in a directory as a DOCX and an XLSX filing with the same pages, tables,
 * merged cells and text: {@code OfficeSamples SEEDS_DIR OUT_DIR [--borderless]}, the tables ruled, or
 * with no borders at all when asked. DOC, XLS and PDF versions are converted from these by LibreOffice
 * (samples/generate.sh, samples/generate-borderless.sh).
 */
public final class OfficeSamples {

    private OfficeSamples() {
    }

    public static void main(String[] args) throws IOException, UnreadableFileException {
        Path seeds = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean ruled = !(args.length > 2 && args[2].equals("--borderless"));
        Files.createDirectories(out);
        List<Path> exports;
        try (Stream<Path> files = Files.list(seeds)) {
            exports = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path export : exports) {
            Grid grid = Readers.forFile(export).read(export);
            List<List<Part>> pages = pages(grid);
            String base = export.getFileName().toString().replaceFirst("\\.txt$", "");
            try (OutputStream docx = Files.newOutputStream(out.resolve(base + ".docx"))) {
                new DocxWriter(ruled).write(pages, docx);
            }
            try (OutputStream xlsx = Files.newOutputStream(out.resolve(base + ".xlsx"))) {
                new XlsxWriter(ruled).write(pages, xlsx);
            }
            System.out.println("wrote " + base + ".docx and " + base + ".xlsx");
        }
    }

    /** A page's parts in reading order: text lines, and tables made of consecutive rows. */
    private static List<List<Part>> pages(Grid grid) {
        List<List<Part>> pages = new ArrayList<>();
        for (Page page : grid.pages()) {
            List<Part> parts = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (Block block : page.blocks()) {
                if (block instanceof Row row) {
                    rows.add(row);
                    continue;
                }
                if (!rows.isEmpty()) {
                    parts.add(new Part(null, new TableLayout(rows)));
                    rows = new ArrayList<>();
                }
                parts.add(new Part(((TextLine) block).text(), null));
            }
            if (!rows.isEmpty()) {
                parts.add(new Part(null, new TableLayout(rows)));
            }
            pages.add(parts);
        }
        return pages;
    }

    /** A text line or a table. */
    record Part(String text, TableLayout table) {
    }
}
