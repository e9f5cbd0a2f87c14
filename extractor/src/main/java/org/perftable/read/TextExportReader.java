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
import java.util.regex.Pattern;
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
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Words every filing prints, in Traditional and in Simplified characters. */
    private static final Pattern BIG5_WORDS = Pattern.compile("績效|預算|目標");
    private static final Pattern GB_WORDS = Pattern.compile("绩效|预算|目标");

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

    /**
     * The text of an export in UTF-8 or GB18030. Text in other encodings is refused with the encoding
     * guessed, rather than read as GB18030 garbage: UTF-16 (NUL bytes between the characters) and
     * Big5, the Traditional Chinese encoding, whose bytes often decode as GB18030 too.
     */
    private static String decode(byte[] bytes) throws UnreadableFileException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new UnreadableFileException("undecodable_text", looksLikeUtf16(bytes)
                    ? "not a text export in UTF-8 or GB18030: UTF-16 text, it seems (NUL bytes between the characters); save it as UTF-8"
                    : "not a text export: binary data (a NUL byte at offset " + nul + ")");
        }
        String utf8 = strictly(StandardCharsets.UTF_8, buffer);
        if (utf8 != null) {
            return utf8;
        }
        String gb18030 = strictly(GB18030, buffer);
        String big5 = strictly(BIG5, buffer);
        if (big5 != null && BIG5_WORDS.matcher(big5).find() && (gb18030 == null || !GB_WORDS.matcher(gb18030).find())) {
            throw new UnreadableFileException("undecodable_text", "not a text export in UTF-8 or GB18030: "
                    + "Big5 (Traditional Chinese) text, it seems; save it as UTF-8");
        }
        if (gb18030 != null) {
            return gb18030;
        }
        throw new UnreadableFileException("undecodable_text", "not a text export: neither UTF-8 nor GB18030 text");
    }

    private static String strictly(Charset charset, ByteBuffer buffer) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer.duplicate())
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A UTF-16 byte-order mark, or NUL bytes at the start nearly all at even or all at odd offsets, as
     * the ASCII characters (tabs, line breaks, digits) of UTF-16 text have them; binary data has them
     * anywhere.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return true;
        }
        int even = 0;
        int odd = 0;
        int length = Math.min(bytes.length, 4096) & ~1;
        for (int i = 0; i < length; i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        return even + odd >= 4 && Math.max(even, odd) >= 0.9 * (even + odd);
    }
}
