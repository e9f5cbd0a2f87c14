package org.perftable.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;

/**
 * Reads PDF filings on PDFBox: cells recovered from the page's rulings, text outside tables in
 * reading order. A document with no text layer at all (a scan) is an error, not an empty success.
 */
final class PdfReader implements FilingReader {

    /** Files above this size keep PDFBox's stream cache on disk instead of the heap. */
    private static final long LARGE = 64L << 20;

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Grid read(Path file) throws IOException, UnreadableFileException {
        PdfStandInFonts.install();
        StreamCacheCreateFunction cache = Files.size(file) > LARGE
                ? IOUtils.createTempFileOnlyStreamCache()
                : IOUtils.createMemoryOnlyStreamCache();
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null, cache)) {
            PdfPageScanner scanner = new PdfPageScanner();
            List<Page> pages = scanner.scan(document);
            if (!scanner.anyContent()) {
                throw new UnreadableFileException("corrupt_file",
                        "no page has any content (" + pages.size() + " pages): damaged or cut short?");
            }
            if (!scanner.anyText()) {
                throw new UnreadableFileException("no_text_layer",
                        "no text layer on any of its " + pages.size() + " pages (a scan?): run OCR first");
            }
            return new Grid(format(), pages, scanner.notices());
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("encrypted", "encrypted PDF that needs a password");
        } catch (IOException e) {
            throw new UnreadableFileException("corrupt_file", "not a readable PDF: " + e.getMessage());
        }
    }
}
