package org.perftable.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.perftable.checks.CheckRules;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --rules FILE}: the rules file of the checks, in place of the national default. It reaches
 * the normalizer as a system property, in this JVM and in every worker process, as the reader limits do.
 */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Check by this rules file instead of the national default (see the README's rule table).")
    Path file;

    /**
     * The system property naming the file, after reading it once so that a bad file is a usage error;
     * empty without the option, so that a run in this JVM does not keep the rules of an earlier one.
     */
    Map<String, String> properties(CommandLine.Model.CommandSpec spec) {
        if (file == null) {
            return Map.of(CheckRules.PROPERTY, "");
        }
        try {
            CheckRules.load(file);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rules " + file + ": no such file");
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rules " + file + ": cannot be read: "
                    + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rules " + e.getMessage());
        }
        return Map.of(CheckRules.PROPERTY, file.toAbsolutePath().toString());
    }

    /**
     * The version outputs are recorded with: perftable's own, and with other rules their file's hash, so
     * that outputs checked by other rules are not taken for up to date.
     */
    String version(String perftable) throws IOException {
        if (file == null) {
            return perftable;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return perftable + "+rules-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
