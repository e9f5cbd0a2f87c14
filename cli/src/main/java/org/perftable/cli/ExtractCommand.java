package org.perftable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perftable extract INPUT... [-o DIR]}: one JSON document per input file. Exit 0 when every
 * input converted (or was already up to date), 1 when some failed (the others are still written),
 * 2 for usage errors, 3 when the output directory, the report or the JSON Lines file cannot be written.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Converts filings to canonical JSON, one document per input file.",
                "Directories are searched recursively for .txt, .tsv, .pdf, .docx, .doc, .xlsx and .xls files.",
                "With -o, an output already converted from the same input bytes by the same version is skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input converted (or skipped as up to date)",
                "1:some inputs failed (each named on stderr)", "2:usage error",
                "3:the output directory, report or JSON Lines file cannot be written",
                "4:another run is writing to the output directory (see --wait-lock)",
                "130:stopped by SIGINT (143: by SIGTERM); the report says which files were done"})
final class ExtractCommand implements Callable<Integer> {

    static final int FAILED = 1;
    static final int OUTPUT_UNWRITABLE = 3;
    static final int OUTPUT_LOCKED = 4;
    static final int INTERRUPTED = 130;
    static final int TERMINATED = 143;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Filing files or directories.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write <input file name>.json files here (default: stdout for a single file).")
    Path outputDirectory;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only files in directories whose path relative to the directory matches this glob "
                    + "(java.nio \"glob:\" syntax: * stays within a directory, ** crosses them). Repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files in directories whose relative path matches this glob. Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files converted at the same time. Default: the number of processors (${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a file after this long and go on with the next. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "Maximum heap of each worker process, as java -Xmx takes it; a file that needs more "
                    + "fails with out_of_memory. Default: ${DEFAULT-VALUE}.")
    String workerHeap;

    @Option(names = "--in-process",
            description = "Convert files in this JVM instead of worker processes. Unprotected: a file that loops "
                    + "keeps running after its timeout and a file that exhausts the heap can fail the files beside it.")
    boolean inProcess;

    @Option(names = "--wait-lock",
            description = "When another run is writing to the output directory, wait for it to end instead of exiting with 4.")
    boolean waitLock;

    @Option(names = "--force", description = "Convert every input again, even when its output is up to date.")
    boolean force;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write a JSON Lines report: one line per input, in input order, then a summary line.")
    Path reportFile;

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "Also write every filing converted or up to date, compact, one per line in input order, into FILE.")
    Path jsonlFile;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on stderr; failures are still named.")
    boolean quiet;

    @CommandLine.Mixin
    ReaderLimitOptions limits;

    @CommandLine.Mixin
    RulesOption rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (jobs < 1 || timeoutSeconds < 1) {
            throw usageError("--jobs and --timeout need a number of at least 1");
        }
        if (!workerHeap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw usageError("--worker-heap takes a size as java -Xmx does, such as 1g or 768m: " + workerHeap);
        }
        if (!limits.valid()) {
            throw usageError("--max-rulings, --max-cells, --max-sheet-text and --max-cell-text need a number of at least 1");
        }
        Map<String, String> properties = new LinkedHashMap<>(limits.properties());
        properties.putAll(rules.properties(spec));
        if (inProcess) {
            properties.forEach(System::setProperty);
        }
        List<Input> files = new InputFiles(FileSystems.getDefault(), includes, excludes).list(inputs);
        boolean toStdout = outputDirectory == null && jsonlFile == null;
        if (toStdout && files.size() != 1) {
            throw usageError(files.size() + " input files need an output directory: add -o DIR");
        }
        if (outputDirectory != null) {
            requireDistinctOutputs(files);
        }
        String collision = OutputPaths.collision(files, outputDirectory, reportFile, jsonlFile);
        if (collision != null) {
            throw usageError(collision + ": give each file a name of its own");
        }
        PrintWriter err = spec.commandLine().getErr();
        WorkerPool workers = inProcess ? null : new WorkerPool(Math.min(jobs, files.size()),
                WorkerCommand.of(Math.min(jobs, files.size()), workerHeap, properties));
        if (workers != null && (force || outputDirectory == null || !Files.exists(outputDirectory.resolve(OutputState.FILE_NAME)))) {
            // every file will be converted: the workers start while this JVM takes the lock and the state
            workers.startAll();
        }
        OutputState state = null;
        OutputLock lock = null;
        if (outputDirectory != null) {
            try {
                Files.createDirectories(outputDirectory);
                lock = OutputLock.acquire(outputDirectory, waitLock);
                if (lock == null) {
                    closeIfAny(workers);
                    err.println("perftable: another run is writing to " + FileNames.text(outputDirectory)
                            + ": run again when it has ended, or pass --wait-lock to wait for it");
                    err.flush();
                    return OUTPUT_LOCKED;
                }
                AtomicFiles.removeStale(outputDirectory, null);
                state = OutputState.open(outputDirectory);
            } catch (IOException e) {
                if (lock != null) {
                    lock.close();
                }
                closeIfAny(workers);
                err.println("perftable: cannot write to output directory " + FileNames.text(outputDirectory) + ": " + e.getMessage());
                return OUTPUT_UNWRITABLE;
            }
        }
        try (OutputLock held = lock;
             WorkerPool pool = workers;
             RunReport report = new RunReport(reportFile);
             JsonLinesFile filings = jsonlFile == null ? null : new JsonLinesFile(jsonlFile)) {
            FileConversion conversion = new FileConversion(outputDirectory, state, force,
                    toStdout || jsonlFile != null, rules.version(VersionProvider.version()), workers);
            String signal;
            try (Progress progress = progress(err, files.size())) {
                BatchRun batch = new BatchRun(files, jobs, Duration.ofSeconds(timeoutSeconds), conversion, progress);
                try (SignalWatch signals = new SignalWatch(name -> batch.interrupt(Failure.interrupted(name)))) {
                    batch.forEachInOrder(result -> {
                        deliver(result, progress, filings);
                        report.add(result);
                    });
                    signal = signals.received();
                }
            }
            if (state != null) {
                state.save();
            }
            if (filings != null && signal == null) {
                filings.commit(); // an interrupted run leaves the last whole run's file
            }
            RunReport.Summary summary = report.finish((System.nanoTime() - start) / 1_000_000, signal);
            if (signal != null) {
                err.println("perftable: stopped by " + signal + " with " + (summary.ok() + summary.noForms()
                        + summary.skipped()) + " of " + files.size() + " files done"
                        + (reportFile == null ? "" : "; the report " + FileNames.text(reportFile) + " names the rest"));
                err.flush();
                return "SIGINT".equals(signal) ? INTERRUPTED : TERMINATED;
            }
            if (!quiet) {
                err.println(summary.humanLine());
            }
            err.flush();
            return summary.failed() == 0 ? 0 : FAILED;
        } catch (IOException e) {
            err.println("perftable: cannot write " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
            err.flush();
            return OUTPUT_UNWRITABLE;
        }
    }

    private static void closeIfAny(WorkerPool workers) {
        if (workers != null) {
            workers.close();
        }
    }

    /** A result where it goes: its JSON to stdout or the JSON Lines file, a failure to the person. */
    private void deliver(FileResult result, Progress progress, JsonLinesFile filings) throws IOException {
        if (result.error() != null) {
            if (!result.error().code().equals(Failure.INTERRUPTED)) { // the closing line speaks for those
                progress.note("perftable: " + FileNames.text(result.input().file()) + ": " + result.error().message());
            }
        } else if (filings != null) {
            filings.appendDocument(result.document());
        } else if (outputDirectory == null) {
            spec.commandLine().getOut().print(new String(result.document(), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
    }

    /** A bar on a terminal, lines in a log, and with --quiet only the failures. */
    private Progress progress(PrintWriter err, int total) {
        if (quiet) {
            return new ProgressLines(err, total, false);
        }
        return System.console() != null ? new ProgressBarDisplay(err, total) : new ProgressLines(err, total, true);
    }

    private void requireDistinctOutputs(List<Input> files) {
        Map<String, Input> outputs = new HashMap<>();
        for (Input input : files) {
            Input earlier = outputs.putIfAbsent(input.outputName(), input);
            if (earlier != null) {
                throw usageError("inputs " + FileNames.text(earlier.file()) + " and " + FileNames.text(input.file()) + " would both write "
                        + input.outputName() + ": convert them in separate runs");
            }
        }
    }

    private CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
