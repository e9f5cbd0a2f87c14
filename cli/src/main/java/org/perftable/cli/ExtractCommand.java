package org.perftable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.perftable.filing.Filing;
import org.perftable.filing.FilingJson;
import org.perftable.read.Readers;
import org.perftable.read.UnreadableFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perftable extract INPUT... [-o DIR]}: one JSON document per input file. Exit 0 when every
 * input converted, 1 when some failed (the others are still written), 2 for usage errors, 3 when the
 * output directory cannot be written.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Converts filings to canonical JSON, one document per input file.",
                "Directories are searched recursively for .txt, .tsv, .docx, .doc, .xlsx and .xls files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input converted", "1:some inputs failed (each named on stderr)",
                "2:usage error", "3:the output directory cannot be written"})
final class ExtractCommand implements Callable<Integer> {

    static final int FAILED = 1;
    static final int OUTPUT_UNWRITABLE = 3;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Filing files or directories.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write <input file name>.json files here (default: stdout for a single file).")
    Path outputDirectory;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Input> files = expand();
        if (outputDirectory == null && files.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    files.size() + " input files need an output directory: add -o DIR");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (outputDirectory != null) {
            try {
                Files.createDirectories(outputDirectory);
            } catch (IOException e) {
                err.println("perftable: cannot create output directory " + outputDirectory + ": " + e.getMessage());
                return OUTPUT_UNWRITABLE;
            }
        }
        Extraction extraction = new Extraction();
        int failures = 0;
        for (Input input : files) {
            try {
                String json = FilingJson.toJson(extraction.extract(input.file()));
                if (outputDirectory == null) {
                    spec.commandLine().getOut().print(json);
                    spec.commandLine().getOut().flush();
                } else {
                    writeAtomically(outputDirectory.resolve(input.outputName()), json);
                }
            } catch (UnreadableFileException e) {
                err.println("perftable: " + input.file() + ": " + e.getMessage());
                failures++;
            } catch (IOException e) {
                err.println("perftable: " + input.file() + ": cannot read or write: " + e.getMessage());
                failures++;
            } catch (RuntimeException e) {
                // a defect, not bad input: one line with where it happened, and the batch goes on
                StackTraceElement[] trace = e.getStackTrace();
                err.println("perftable: " + input.file() + ": internal error: " + e
                        + (trace.length > 0 ? " at " + trace[0] : ""));
                failures++;
            }
        }
        err.flush();
        return failures == 0 ? 0 : FAILED;
    }

    /** The files to convert, in a stable order, each with the name of its output. */
    private List<Input> expand() throws IOException {
        List<Input> files = new ArrayList<>();
        Set<String> outputs = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    for (Path file : walk.filter(Files::isRegularFile).filter(Readers::readableByName)
                            .sorted().toList()) {
                        add(files, outputs, new Input(file, input.relativize(file).toString() + ".json"));
                    }
                }
            } else {
                add(files, outputs, new Input(input, input.getFileName() + ".json"));
            }
        }
        return files;
    }

    private void add(List<Input> files, Set<String> outputs, Input input) {
        if (outputDirectory != null && !outputs.add(input.outputName())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "two inputs would both write " + input.outputName() + ": convert them in separate runs");
        }
        files.add(input);
    }

    /** Writes through a temporary file and a rename, so a reader never sees half a document. */
    private static void writeAtomically(Path target, String json) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".perftable-", ".tmp");
        try {
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private record Input(Path file, String outputName) {
    }
}
