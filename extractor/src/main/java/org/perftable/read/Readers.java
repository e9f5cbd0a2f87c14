package org.perftable.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.perftable.grid.Grid;

/**
 * Picks the reader for a file from its content, never from its name: PDF and Office containers by
 * their first bytes and the entries inside, anything else as a text export if it decodes as text.
 * A {@code .xls} that is really HTML, or a {@code .doc} that is really DOCX, is read as what it is.
 * {@link #read} holds every reader to the {@link ReaderLimits}.
 */
public final class Readers {

    /** File name endings a directory walk picks up; explicit files are read whatever their name. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "tsv", "pdf", "docx", "doc", "xlsx", "xls");

    private static final FilingReader TEXT_EXPORT = new TextExportReader();
    private static final FilingReader PDF = new PdfReader();
    private static final FilingReader DOCX = new DocxReader();
    private static final FilingReader DOC = new DocReader();
    private static final FilingReader SPREADSHEET_XLSX = new SpreadsheetReader("xlsx");
    private static final FilingReader SPREADSHEET_XLS = new SpreadsheetReader("xls");

    private Readers() {
    }

    /** The file read by the reader its content calls for, within the {@link ReaderLimits}. */
    public static Grid read(Path file) throws IOException, UnreadableFileException {
        return new LimitedReader(forFile(file)).read(file);
    }

    public static FilingReader forFile(Path file) throws IOException, UnreadableFileException {
        if (Files.size(file) == 0) {
            throw new UnreadableFileException("empty_file", "empty file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        // viewers accept a PDF header anywhere in the first kilobyte, after junk a mail gateway added
        if (new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            return PDF;
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return zipContainer(file);
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return ole2Container(file);
        }
        if (looksLikeHtml(head)) {
            throw new UnreadableFileException("unsupported_format",
                    "unsupported format: an HTML page (as some systems save \"Excel\" exports); open it and save it as .xlsx");
        }
        return TEXT_EXPORT;
    }

    /** Whether a file name ends in a format a directory walk should pick up. */
    public static boolean readableByName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static FilingReader zipContainer(Path file) throws UnreadableFileException {
        // only the entry names are read here, so a bomb inside is not inflated yet
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return SPREADSHEET_XLSX;
            }
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            throw new UnreadableFileException("unsupported_format", types == null
                    ? "unsupported format: a ZIP archive, not an Office document"
                    : "unsupported format: an Office package that is neither DOCX nor XLSX");
        } catch (IOException e) {
            throw new UnreadableFileException("corrupt_file", "corrupt ZIP container: " + e.getMessage());
        }
    }

    private static FilingReader ole2Container(Path file) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnreadableFileException("encrypted", "encrypted or password-protected Office file");
            }
            if (root.hasEntry("WordDocument")) {
                return DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return SPREADSHEET_XLS;
            }
            throw new UnreadableFileException("unsupported_format",
                    "unsupported format: an OLE2 container that is neither a Word nor an Excel file");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("corrupt_file", "corrupt OLE2 container: " + e.getMessage());
        }
    }

    private static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading()
                .replaceFirst("^\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
                && start.contains("urn:schemas-microsoft-com:office");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
