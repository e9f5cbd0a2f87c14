package org.perftable.cli.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Files built to exhaust a reader's time or memory, small on disk, made by the tests themselves.
 * Each method writes one file and returns its path.
 */
public final class Bombs {

    private Bombs() {
    }

    /**
     * A PDF of many pages that all show one content stream of ruled lines and no text: a few MB that
     * take a reader minutes, page after page.
     */
    public static Path slowPdf(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream()) {
                StringBuilder lines = new StringBuilder();
                // a grid of 60 by 60 rulings: thousands of cells to find on every page, so that no
                // machine gets through the pages within a test's time limit
                for (int i = 0; i < 60; i++) {
                    lines.append(50 + i * 8).append(" 100 m ").append(50 + i * 8).append(" 700 l S\n");
                    lines.append("50 ").append(100 + i * 10).append(" m 522 ").append(100 + i * 10).append(" l S\n");
                }
                out.write(lines.toString().getBytes(StandardCharsets.US_ASCII));
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setContents(content);
                document.addPage(page);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** One page of tiny strokes, {@code strokes} of them. */
    public static Path rulingsPdf(Path file, int strokes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < strokes; i++) {
                    float x = 20 + i % 500;
                    float y = 20 + (i / 500) % 700;
                    content.moveTo(x, y);
                    content.lineTo(x + 4, y);
                }
                content.stroke();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A copy of a PDF whose page tree root declares {@code count} pages, whatever it holds. */
    public static Path declaredCountPdf(Path source, Path file, int count) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            document.getPages().getCOSObject().setInt(COSName.COUNT, count);
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A workbook whose one shared string, 200,000 CJK characters that do not compress, is shown in
     * 20,000 cells: a 600 KB file that stands for four thousand million characters of cell text.
     */
    public static Path sharedStringsXlsx(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        Random random = new Random(12);
        for (int i = 0; i < 200_000; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 1; r <= 20_000; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>0</v></c></row>");
        }
        sheet.append("</sheetData></worksheet>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"20000\" uniqueCount=\"1\">"
                    + "<si><t>" + text + "</t></si></sst>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        }
        return file;
    }

    /** A text export with one line of {@code length} characters. */
    public static Path longLineText(Path file, int length) throws IOException {
        return Files.writeString(file, "部门整体预算绩效目标申报表\n" + "长".repeat(length) + "\n", StandardCharsets.UTF_8);
    }

    /** A text export of {@code megabytes} MB in short lines: fine for a reader, too much for a tiny heap. */
    public static Path largeText(Path file, int megabytes) throws IOException {
        String line = "指标\t" + "值".repeat(30) + "\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] bytes = line.repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (long) megabytes << 20; written += bytes.length) {
                out.write(bytes);
            }
        }
        return file;
    }

    /**
     * A seed filing with cells built to make a regex backtrack: long runs of colons, of a checkbox
     * option without its box, of an indicator item's labels.
     */
    public static Path regexBombText(Path seed, Path file) throws IOException {
        String bombs = "项目名称" + "：".repeat(100_000) + "x\t" + "是☐" + " ".repeat(50_000) + "a".repeat(50_000) + "\n"
                + "1、1-产出指标；11-数量指标；名称；实施周期指标值:" + "；年度指标值:".repeat(15_000) + "\n";
        return Files.writeString(file, Files.readString(seed, StandardCharsets.UTF_8) + bombs, StandardCharsets.UTF_8);
    }

    /** A seed filing written in UTF-16LE, without a byte-order mark. */
    public static Path utf16Text(Path seed, Path file) throws IOException {
        return Files.write(file, Files.readString(seed, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
    }

    /** A seed filing in Traditional characters, written in Big5 (what Big5 cannot hold left out). */
    public static Path big5Text(Path seed, Path file) throws IOException {
        Charset big5 = Charset.forName("Big5");
        String traditional = Files.readString(seed, StandardCharsets.UTF_8)
                .replace("绩效", "績效").replace("预算", "預算").replace("目标", "目標")
                .chars().filter(c -> big5.newEncoder().canEncode((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Files.write(file, traditional.getBytes(big5));
    }

    /** A form title, then a NUL byte. */
    public static Path nulText(Path file) throws IOException {
        return Files.write(file, ("部门整体预算绩效目标申报表\n" + "\0").getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
