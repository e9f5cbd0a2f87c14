package org.perftable.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Notice;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * Reads tab-separated text exports: one line per table row, a tab between cells, other lines are text
 * outside tables. The exports carry no page marks but a form feed; where a blank line interrupts a
 * table the original page broke there, so a new page starts (and a notice says pages were inferred).
 */
public final class TextExportReader implements FilingReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public Grid read(Path file) throws IOException, UnreadableFileException {
        String text = decode(Files.readAllBytes(file));
        List<Page> pages = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        boolean inferredBreak = false;
        boolean blankSinceRow = false;
        boolean lastWasRow = false;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String source = "line " + (i + 1);
            int formFeed = line.indexOf('\f');
            if (formFeed >= 0) {
                startPage(pages, blocks);
                blocks = new ArrayList<>();
                line = line.replace("\f", "");
                lastWasRow = false;
            }
            if (line.isBlank()) {
                blankSinceRow |= lastWasRow;
                continue;
            }
            if (blankSinceRow && !blocks.isEmpty()) {
                startPage(pages, blocks);
                blocks = new ArrayList<>();
                inferredBreak = true;
            }
            blankSinceRow = false;
            int page = pages.size() + 1;
            if (line.indexOf('\t') >= 0) {
                blocks.add(row(line, page, source));
                lastWasRow = true;
            } else {
                blocks.add(new TextLine(CellMarkup.toText(stripHeadingMarks(line)), page, source));
                lastWasRow = false;
            }
        }
        if (!blocks.isEmpty() || pages.isEmpty()) {
            startPage(pages, blocks);
        }
        List<Notice> notices = inferredBreak
                ? List.of(new Notice("pages_inferred",
                        "text export has no page marks: a new page is counted where a blank line interrupts a table",
                        null))
                : List.of();
        return new Grid(format(), pages, notices);
    }

    private static void startPage(List<Page> pages, List<Block> blocks) {
        pages.add(new Page(pages.size() + 1, blocks));
    }

    private static Row row(String line, int page, String source) {
        String[] parts = line.split("\t", -1);
        List<Cell> cells = new ArrayList<>(parts.length);
        for (int c = 0; c < parts.length; c++) {
            cells.add(new Cell(CellMarkup.toText(parts[c]), c, 1, 1, page, source + " cell " + (c + 1)));
        }
        return new Row(cells, page, source);
    }

    /** Exports of Markdown origin mark titles with leading '#'. */
    private static String stripHeadingMarks(String line) {
        return line.replaceFirst("^\\s*#{1,6}\\s+", "");
    }

    private static String decode(byte[] bytes) throws UnreadableFileException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                String text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(buffer.duplicate())
                        .toString();
                if (text.indexOf('\0') < 0) {
                    return text;
                }
            } catch (CharacterCodingException e) {
                // try the next charset
            }
        }
        throw new UnreadableFileException("undecodable_text", "not a text export: neither UTF-8 nor GB18030 text");
    }
}
