package org.perftable.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.perftable.cli.hostile.Bombs;

/**
 * Writes one input tree holding every bomb and hostile file the tests build, under {@code a-bombs/}, and
 * the honest filings after them, under {@code b-honest/}: the batch whose peak memory
 * {@code scripts/bomb-memory.sh} measures. Run in {@code cli/}, with the packaged jar and the test classes on the class path.
 */
public final class BombArchive {

    private static final Path SAMPLES = HostileFiles.SAMPLE_PDF.getParent().getParent();

    private BombArchive() {
    }

    public static void main(String[] args) throws IOException {
        PerftableCommand.quietLibraryLogging();
        Path bombs = Files.createDirectories(Path.of(args[0], "a-bombs"));
        Bombs.slowPdf(bombs.resolve("slow.pdf"), 100_000);
        Bombs.rulingsPdf(bombs.resolve("rulings.pdf"), 50_000);
        Bombs.declaredCountPdf(SAMPLES.resolve("pdf/000.writer.pdf"), bombs.resolve("count.pdf"), 100_000_000);
        Bombs.sharedStringsXlsx(bombs.resolve("shared-strings.xlsx"));
        Bombs.longLineText(bombs.resolve("long-cell.txt"), 1_200_000);
        Bombs.regexBombText(SAMPLES.resolve("seeds/001.txt"), bombs.resolve("regex.txt"));
        Bombs.largeText(bombs.resolve("large.txt"), 40);
        HostileFiles.empty(bombs.resolve("empty.txt"));
        HostileFiles.truncatedPdf(bombs.resolve("truncated.pdf"));
        HostileFiles.brokenXrefPdf(bombs.resolve("broken-xref.pdf"));
        HostileFiles.encryptedPdf(bombs.resolve("encrypted.pdf"));
        HostileFiles.imageOnlyPdf(bombs.resolve("scan.pdf"));
        HostileFiles.zipBombXlsx(bombs.resolve("zip-bomb.xlsx"));
        HostileFiles.externalEntityDocx(bombs.resolve("entity.docx"));
        HostileFiles.manyPagesPdf(bombs.resolve("3000-pages.pdf"), 3000);
        HostileFiles.randomBytes(bombs.resolve("noise.pdf"));
        Bombs.utf16Text(SAMPLES.resolve("seeds/001.txt"), bombs.resolve("utf16.txt"));
        Bombs.big5Text(SAMPLES.resolve("seeds/001.txt"), bombs.resolve("big5.txt"));
        Bombs.nulText(bombs.resolve("nul.txt"));
        Path honest = Files.createDirectories(Path.of(args[0], "b-honest"));
        for (String sample : List.of("seeds/000.txt", "seeds/004.txt", "office/002.xlsx", "office/003.docx",
                "pdf/001.writer.pdf", "pdf/002.writer.pdf")) {
            Files.copy(SAMPLES.resolve(sample), honest.resolve(Path.of(sample).getFileName()));
        }
    }
}
