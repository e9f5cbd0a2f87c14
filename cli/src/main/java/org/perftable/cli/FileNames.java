package org.perftable.cli;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * File names as the bytes the file system holds, not as the JVM decodes them. The JVM decodes names
 * with the locale's charset, fixed at its start ({@code sun.jnu.encoding}): a GBK name as unzip leaves
 * a Windows archive's, or any Chinese name under the C locale of a cron job, becomes U+FFFD or
 * {@code ?}, which names no file and makes two names one. A {@link Path} from a directory listing
 * still holds the bytes, and its {@code file:} URI spells them out, each as {@code %XX}; a path made
 * from such a URI holds exactly the bytes spelled. Names that text carries both ways are left to the
 * JVM.
 */
final class FileNames {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private FileNames() {
    }

    /** Whether the JVM's text for the path names this very file, so it can go wherever text goes. */
    static boolean faithful(Path path) {
        try {
            return path.getFileSystem().getPath(path.toString()).equals(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The path for a person and for the report: its text when faithful, else its bytes read as UTF-8
     * with each byte that is not UTF-8 written {@code \xNN}, so that no two names read the same.
     */
    static String text(Path path) {
        return faithful(path) ? path.toString() : escapedUtf8(bytes(path));
    }

    /** The path a name typed as text stands for: the text's UTF-8 bytes when the JVM's charset cannot carry it. */
    static Path of(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            byte[] typed = text.getBytes(StandardCharsets.UTF_8);
            if (text.startsWith("/")) {
                return fromBytes(typed);
            }
            Path here = Path.of("").toAbsolutePath();
            return here.relativize(fromBytes(concat(bytes(here), "/".getBytes(StandardCharsets.US_ASCII), typed)));
        }
    }

    /** The file beside {@code path} named {@code prefix}, its name's bytes, {@code suffix}. */
    static Path sibling(Path path, String prefix, String suffix) {
        if (faithful(path)) {
            return path.resolveSibling(prefix + path.getFileName() + suffix);
        }
        Path absolute = path.toAbsolutePath();
        Path parent = absolute.getParent();
        Path sibling = fromBytes(concat(bytes(parent), parent.getParent() == null ? new byte[0] : new byte[] {'/'},
                prefix.getBytes(StandardCharsets.UTF_8), bytes(absolute.getFileName()), suffix.getBytes(StandardCharsets.UTF_8)));
        return path.isAbsolute() ? sibling : Path.of("").toAbsolutePath().relativize(sibling);
    }

    /** The bytes of the path's name, the length a file system limits. */
    static int nameLength(Path path) {
        return bytes(path.getFileName()).length;
    }

    /** The path's bytes, as the file system holds them. */
    static byte[] bytes(Path path) {
        // a relative path is spelled out under the root, not the working directory, whose own name may not be text
        Path absolute = path.isAbsolute() ? path : path.getFileSystem().getPath("/").resolve(path);
        String spelled = absolute.toUri().getRawPath();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(spelled.length());
        for (int i = 0; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            if (c == '%') {
                bytes.write(HexFormat.fromHexDigits(spelled, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        byte[] all = bytes.toByteArray();
        int from = path.isAbsolute() ? 0 : 1;
        int to = all.length > 1 && all[all.length - 1] == '/' ? all.length - 1 : all.length; // a directory's URI ends in /
        return Arrays.copyOfRange(all, from, Math.max(from, to));
    }

    /** An absolute path of exactly these bytes. */
    private static Path fromBytes(byte[] absolute) {
        StringBuilder spelled = new StringBuilder("file://");
        for (byte b : absolute) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
                spelled.append(c);
            } else {
                spelled.append('%').append(HEX.toHexDigits(b));
            }
        }
        return Path.of(URI.create(spelled.toString()));
    }

    private static String escapedUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                out.put("\\x").put(HEX.toHexDigits(in.get()));
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
