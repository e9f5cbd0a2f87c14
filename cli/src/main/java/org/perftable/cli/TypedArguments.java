package org.perftable.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line arguments as typed. The JVM decodes its arguments with the locale's charset, which
 * under the C locale of a cron job or a container without {@code LANG} is ASCII: {@code 部门.txt}
 * arrives as six U+FFFD and a name no file has. Linux keeps the bytes the process was started with in
 * {@code /proc/self/cmdline}, and there they are read as UTF-8, as a UTF-8 locale would have.
 */
final class TypedArguments {

    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    private TypedArguments() {
    }

    /** The arguments read from their bytes when the JVM's charset lost some; else as they are. */
    static String[] of(String[] decoded) {
        String charset = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!Charset.isSupported(charset) || Charset.forName(charset).equals(StandardCharsets.UTF_8)
                || Arrays.stream(decoded).noneMatch(arg -> arg.indexOf('\uFFFD') >= 0)) {
            return decoded;
        }
        Charset platform = Charset.forName(charset);
        List<byte[]> typed;
        try {
            typed = split(Files.readAllBytes(COMMAND_LINE));
        } catch (IOException e) {
            return decoded; // not Linux: nothing better to read
        }
        if (typed.size() < decoded.length) {
            return decoded;
        }
        // the program's arguments end the command line, after the JVM's own; each must be the one decoded
        List<byte[]> own = typed.subList(typed.size() - decoded.length, typed.size());
        String[] recovered = new String[decoded.length];
        for (int i = 0; i < decoded.length; i++) {
            if (!new String(own.get(i), platform).equals(decoded[i])) {
                return decoded; // not the same arguments (an @argfile): leave them
            }
            recovered[i] = new String(own.get(i), StandardCharsets.UTF_8);
        }
        return recovered;
    }

    /** The NUL-terminated strings of a command line. */
    private static List<byte[]> split(byte[] commandLine) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < commandLine.length; i++) {
            if (commandLine[i] == 0) {
                parts.add(Arrays.copyOfRange(commandLine, start, i));
                start = i + 1;
            }
        }
        return parts;
    }
}
