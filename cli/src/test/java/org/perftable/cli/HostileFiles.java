package org.perftable.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Files built to break a reader, made by the tests themselves (none is committed). Each method writes
 * one file and returns its path.
 */
final class HostileFiles {

    /** A text-layer PDF filing to damage. */
    static final Path SAMPLE_PDF = Path.of("..", "samples", "pdf", "000.writer.pdf").toAbsolutePath().normalize();

    private HostileFiles() {
    }

    static Path empty(Path file) throws IOException {
        return Files.write(file, new byte[0]);
    }

    /** The first half of a real PDF, as a download cut short leaves it. */
    static Path truncatedPdf(Path file) throws IOException {
        byte[] pdf = Files.readAllBytes(SAMPLE_PDF);
        return Files.write(file, Arrays.copyOf(pdf, pdf.length / 2));
    }

    /** A real PDF whose {@code startxref} points at the wrong place. */
    static Path brokenXrefPdf(Path file) throws IOException {
        String pdf = new String(Files.readAllBytes(SAMPLE_PDF), StandardCharsets.ISO_8859_1);
        int at = pdf.lastIndexOf("startxref");
        String offset = pdf.substring(at + "startxref".length()).strip().split("\\s+")[0];
        String broken = pdf.substring(0, at) + pdf.substring(at).replaceFirst(offset, String.valueOf(Long.parseLong(offset) / 3));
        return Files.write(file, broken.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A real PDF encrypted with the user password "secret". */
    static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(SAMPLE_PDF.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** A scan: one page holding a drawn image and a rectangle, and no text. */
    static Path imageOnlyPdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                image.setRGB(x, x / 2, 0xFFFFFF);
            }
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(xobject, 100, 500, 200, 100);
                content.addRect(100, 300, 300, 100);
                content.stroke();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A PDF of many pages, each with a ruled line and no text. (A page must have some content: PDFBox
     * skips pages without a content stream altogether.)
     */
    static Path manyPagesPdf(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.moveTo(100, 700);
                    content.lineTo(500, 700);
                    content.stroke();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A ZIP named like a workbook, with {@code xl/workbook.xml} so it is taken for XLSX, whose parts
     * inflate about a thousand times: 256 MiB of XML from a file of a few hundred KiB. The entries are
     * streamed, so the test never holds the inflated bytes.
     */
    static Path zipBombXlsx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            writeInflating(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
                    256L << 20, "</workbook>");
        }
        return file;
    }

    /** An XML part: head, then {@code size} bytes of spaces, then tail. */
    private static void writeInflating(OutputStream out, String head, long size, String tail) throws IOException {
        out.write(head.getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (long written = 0; written < size; written += spaces.length) {
            out.write(spaces);
        }
        out.write(tail.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A DOCX whose document declares an external entity for {@code /etc/passwd} and uses it in its
     * text: a reader that expanded it would copy the file into the output.
     */
    static Path externalEntityDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<!DOCTYPE w:document [<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>部门整体预算绩效目标申报表</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>&passwd;</w:t></w:r></w:p>"
                    + "</w:body></w:document>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Noise under a PDF's name (seeded, so every run gets the same bytes). */
    static Path randomBytes(Path file) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(20240601L).nextBytes(bytes);
        return Files.write(file, bytes);
    }
}
