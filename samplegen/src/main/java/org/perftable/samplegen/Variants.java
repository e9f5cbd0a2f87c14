package org.perftable.samplegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes generated filings with their truth: {@code Variants SEED COUNT OUT_DIR [--borderless] [txt|docx|xlsx …]}
 * writes {@code OUT_DIR/v0001.<format>} … and {@code v0001.truth.json} … (all three formats when
 * none is named); with {@code --borderless} the DOCX and XLSX tables have no borders.
 */
public final class Variants {

    private Variants() {
    }

    public static void main(String[] args) throws IOException {
        long seed = Long.parseLong(args[0]);
        int count = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        List<Variant.Format> formats = new ArrayList<>();
        boolean ruled = true;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--borderless")) {
                ruled = false;
            } else {
                formats.add(Variant.Format.valueOf(args[i].toUpperCase(Locale.ROOT)));
            }
        }
        if (formats.isEmpty()) {
            formats.addAll(List.of(Variant.Format.values()));
        }
        Files.createDirectories(out);
        for (Variant variant : new VariantGenerator(seed).next("v", count)) {
            for (Variant.Format format : formats) {
                variant.write(out, format, ruled);
            }
            variant.writeTruth(out);
        }
        System.out.println("wrote " + count + " filings to " + out);
    }
}
