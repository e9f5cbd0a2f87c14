package org.perftable.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.grid.Grid;

/**
 * The fixtures are the documents {@link DocxReaderTest} builds, saved as .doc by LibreOffice 7.4
 * ({@code soffice --headless --convert-to doc}), so a .doc must read exactly as its .docx does.
 */
class DocReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSampleFormExactlyAsTheDocxItWasSavedFrom() throws Exception {
        Path file = fixture("sample-form.doc");

        Grid grid = Readers.forFile(file).read(file);

        assertEquals(new Grid("doc", DocxReaderTest.sampleFormPages(), List.of()), grid);
    }

    @Test
    void aSectionMarkIsNoPageBreakButASectionStartingAPageIs() throws Exception {
        Path file = fixture("sections.doc"); // each section ends in a form feed, the section mark

        assertEquals(List.of("1 甲", "1 乙", "2 丙", "3 丁"), DocxReaderTest.pagedLines(new DocReader().read(file)));
    }

    @Test
    void aFormFeedInTheTextStartsAPage() throws Exception {
        Path file = dir.resolve("break.doc");
        try (InputStream in = resource("sample-form.doc"); HWPFDocument doc = new HWPFDocument(in)) {
            Range range = doc.getRange();
            Paragraph last = range.getParagraph(range.numParagraphs() - 1);
            last.replaceText("结束", "结束\f续页", 0);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }

        Grid grid = new DocReader().read(file);

        assertEquals(List.of("1 部门整体支出绩效目标申报表", "1 部门名称：某某局 单位：万元", "2 结束", "3 续页"),
                DocxReaderTest.pagedLines(grid));
    }

    @Test
    void anEncryptedDocumentIsRefusedAsEncrypted() throws Exception {
        Path file = dir.resolve("locked.doc");
        try (InputStream in = resource("sample-form.doc"); HWPFDocument doc = new HWPFDocument(in)) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> Readers.forFile(file).read(file));

        assertEquals("encrypted", e.code());
        assertEquals("encrypted or password-protected Office file", e.getMessage());
    }

    @Test
    void aDocumentMissingItsTableStreamIsACorruptFileWithAShortReason() throws Exception {
        Path file = dir.resolve("broken.doc");
        try (InputStream in = resource("sample-form.doc"); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            DirectoryEntry root = fs.getRoot();
            root.getEntry(root.hasEntry("1Table") ? "1Table" : "0Table").delete();
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> Readers.forFile(file).read(file));

        assertEquals("corrupt_file", e.code());
        assertTrue(e.getMessage().startsWith("corrupt doc file: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\tat "), e.getMessage());
    }

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = resource(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static InputStream resource(String name) {
        return DocReaderTest.class.getResourceAsStream(name);
    }
}
