package org.perftable.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
        String seed = Files.readString(SAMPLES.resolve("seeds/001.txt"));
        Files.write(bombs.resolve("utf16.txt"), seed.getBytes(StandardCharsets.UTF_16LE));
        Charset big5 = Charset.forName("Big5");
        Files.write(bombs.resolve("big5.txt"), seed.replace("绩效", "績效").replace("预算", "預算").replace("目标", "目標")
                .chars().filter(c -> big5.newEncoder().canEncode((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().getBytes(big5));
        Files.write(bombs.resolve("nul.txt"), ("部门整体预算绩效目标申报表\n" + "\0").getBytes(StandardCharsets.UTF_8));
        Path honest = Files.createDirectories(Path.of(args[0], "b-honest"));
        for (String sample : List.of("seeds/000.txt", "seeds/004.txt", "office/002.xlsx", "office/003.docx",
                "pdf/001.writer.pdf", "pdf/002.writer.pdf")) {
            Files.copy(SAMPLES.resolve(sample), honest.resolve(Path.of(sample).getFileName()));
        }
    }
}
