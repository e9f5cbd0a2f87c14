package org.perftable.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The one place where POI's defences against hostile Office files are set. Filings come from outside,
 * so a file may be built to exhaust memory (a zip bomb, a record claiming a huge length) rather than
 * to be read. Every Office reader calls {@link #apply()} before it opens a file.
 *
 * <p>The limits are process-wide POI settings. {@link #apply()} is idempotent: it sets a limit only
 * when POI's current value differs, so calling it per file is cheap, re-asserts the limits should
 * something else have changed them, and logs POI's "risky" warning at most once.
 *
 * <p>POI defaults kept on purpose: at most 1000 entries per ZIP package ({@code setMaxFileCount}),
 * and no ratio check for entries that inflate to less than 100 KiB ({@code setGraceEntrySize}).
 * The XML parsers POI uses already refuse DOCTYPE declarations, so external entities (XXE) are
 * not expanded.
 */
final class OfficeLimits {

    /**
     * An OOXML part may inflate to at most 100 times its compressed size (POI's default, set here so
     * it is a decision, not an accident). Real sheet and document XML compresses 5 to 20 times; a
     * zip bomb compresses about 1000 times, and POI refuses it after the first 100 KiB inflated,
     * before memory is spent on it.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /**
     * An OOXML part may inflate to at most 256 MiB (POI's default is 4 GiB). The largest budget
     * forms are a few MB of sheet XML; 256 MiB leaves room for a huge workbook while keeping one
     * parsed part well inside a normal JVM heap. This also stops a bomb that keeps under the ratio.
     */
    static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

    /**
     * POI's text extractors stop after 64 Mi characters (POI's default is 10 Mi characters and POI
     * logs a warning when it is raised). A filing's text is kilobytes; the limit is raised only so a
     * very large but honest document is not cut off, and still bounds the extracted string to about
     * 128 MB of heap.
     */
    static final long MAX_TEXT_SIZE = 64L * 1024 * 1024;

    /**
     * No single byte array POI allocates while parsing may exceed 256 MiB. A binary (OLE2) record
     * states its own length, and a crafted length makes POI allocate that much before reading a byte.
     * Note that the override replaces POI's per-record-type caps in both directions: it lowers those
     * that default to {@code Integer.MAX_VALUE} and raises those below 256 MiB (HSSF records default
     * to 100,000 bytes), so a legitimately large embedded picture or record is still read, while no
     * one allocation can take more than 256 MiB.
     */
    static final int BYTE_ARRAY_MAX_OVERRIDE = 256 * 1024 * 1024;

    private OfficeLimits() {
    }

    /** Sets the limits for the whole process; safe to call any number of times from any thread. */
    static synchronized void apply() {
        if (ZipSecureFile.getMinInflateRatio() != MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() != MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
        if (ZipSecureFile.getMaxTextSize() != MAX_TEXT_SIZE) {
            ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
        }
        if (IOUtils.getByteArrayMaxOverride() != BYTE_ARRAY_MAX_OVERRIDE) {
            IOUtils.setByteArrayMaxOverride(BYTE_ARRAY_MAX_OVERRIDE);
        }
    }
}
