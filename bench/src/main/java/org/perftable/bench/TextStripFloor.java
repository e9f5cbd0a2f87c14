package org.perftable.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The floor for any PDFBox-based extractor: load every PDF under the given directories and strip its
 * text with sorted positions, in one JVM. Prints the page count, so pages per second can be derived.
 */
public final class TextStripFloor {

    private TextStripFloor() {
    }

    public static void main(String[] args) throws IOException {
        long pages = 0;
        long characters = 0;
        for (String arg : args) {
            List<Path> pdfs;
            try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                pdfs = walk.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
            }
            for (Path pdf : pdfs) {
                try (PDDocument document = Loader.loadPDF(new File(pdf.toString()))) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setSortByPosition(true);
                    characters += stripper.getText(document).length();
                    pages += document.getNumberOfPages();
                } catch (IOException e) {
                    System.err.println(pdf + ": " + e.getMessage());
                }
            }
        }
        System.out.println("pages " + pages + " characters " + characters);
    }
}
