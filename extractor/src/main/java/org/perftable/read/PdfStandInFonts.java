package org.perftable.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Stands in for fonts a PDF names but does not embed, without looking at the fonts of this machine:
 * every stand-in is the Liberation Sans that PDFBox bundles.
 *
 * <p>Reading text needs a font's Unicode mapping and widths, which the PDF gives itself. PDFBox's
 * default mapper would, on the first font not embedded, scan every installed font and keep their list in
 * the home directory, load an installed font as the stand-in, and let the installed fonts decide a width
 * the PDF leaves out, so the same file could read differently on two machines.
 */
final class PdfStandInFonts implements FontMapper {

    private static final PdfStandInFonts INSTANCE = new PdfStandInFonts();
    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfStandInFonts() {
    }

    /** Makes PDFBox use these stand-ins for the fonts of documents loaded from now on. */
    static void install() {
        FontMappers.set(INSTANCE);
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(Bundled.FONT, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(Bundled.FONT, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, Bundled.FONT, true);
    }

    /** Parsed on first use: most filings embed their fonts. */
    private static final class Bundled {

        static final TrueTypeFont FONT = parse();

        private static TrueTypeFont parse() {
            try (InputStream in = FontMapper.class.getResourceAsStream(LIBERATION_SANS)) {
                if (in == null) {
                    throw new IllegalStateException(LIBERATION_SANS + " is missing from PDFBox");
                }
                return new TTFParser().parse(RandomAccessReadBuffer.createBufferFromStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
