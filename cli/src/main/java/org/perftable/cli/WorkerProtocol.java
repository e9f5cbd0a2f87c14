package org.perftable.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The messages between perftable and its worker processes, over the worker's stdin and stdout. A
 * request is the file's path and SHA-256; a response is a status byte, then the output's counts of forms,
 * indicators and failed checks and its JSON, or the failure's code and message. Strings go as a length and UTF-8 bytes, so a document of any size and
 * any text arrives exactly as the worker wrote it.
 */
final class WorkerProtocol {

    /**
     * What a worker writes once, when it has started and can take requests. Whatever comes before it
     * is passed over: a JVM option such as a flight recording prints its own line on stdout at start.
     */
    private static final byte[] READY = "\0perftable worker ready\n".getBytes(StandardCharsets.US_ASCII);
    /** How much start-up output may precede {@link #READY} before the worker counts as broken. */
    private static final int MOST_BEFORE_READY = 1 << 16;
    private static final byte DOCUMENT = 'D';
    private static final byte FAILURE = 'F';

    private WorkerProtocol() {
    }

    static void writeReady(DataOutputStream out) throws IOException {
        out.write(READY);
        out.flush();
    }

    /** Reads up to the worker's ready mark; false when the stream ends or holds too much before it. */
    static boolean awaitReady(DataInputStream in) throws IOException {
        int matched = 0;
        for (int read = 0; read < MOST_BEFORE_READY + READY.length; read++) {
            byte next = in.readByte();
            // the mark's first byte appears nowhere else in it, so a mismatch restarts the match there
            matched = next == READY[matched] ? matched + 1 : next == READY[0] ? 1 : 0;
            if (matched == READY.length) {
                return true;
            }
        }
        return false;
    }

    static void writeRequest(DataOutputStream out, Path file, String name, String sha256) throws IOException {
        writeString(out, file.toString());
        writeString(out, name);
        writeString(out, sha256);
        out.flush();
    }

    /** The next request's file, name in the filing and hash, or null when perftable has closed the worker's stdin. */
    static String[] readRequest(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        return new String[] {readString(in, length), readString(in, in.readInt()), readString(in, in.readInt())};
    }

    static void writeResponse(DataOutputStream out, Converted converted) throws IOException {
        if (converted.failure() == null) {
            out.writeByte(DOCUMENT);
            out.writeInt(converted.forms());
            out.writeInt(converted.indicators());
            out.writeInt(converted.checksFailed());
            writeBytes(out, converted.document());
        } else {
            out.writeByte(FAILURE);
            writeString(out, converted.failure().code());
            writeString(out, converted.failure().message());
        }
        out.flush();
    }

    static Converted readResponse(DataInputStream in) throws IOException {
        byte status = in.readByte();
        if (status == DOCUMENT) {
            int forms = in.readInt();
            int indicators = in.readInt();
            int checksFailed = in.readInt();
            return new Converted(readBytes(in, in.readInt()), forms, indicators, checksFailed, null);
        }
        if (status == FAILURE) {
            return Converted.failed(new Failure(readString(in, in.readInt()), readString(in, in.readInt())));
        }
        throw new IOException("unexpected worker response byte " + status);
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in, int length) throws IOException {
        return new String(readBytes(in, length), StandardCharsets.UTF_8);
    }

    /** A document stays bytes: perftable writes it to its file as the worker wrote it, never decoding it. */
    private static byte[] readBytes(DataInputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the worker's stream ended inside a message");
        }
        return bytes;
    }
}
