package org.perftable.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.perftable.store.AuditDatabase;
import org.perftable.store.FilingRows;
import org.perftable.store.LoadOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perftable load [--db FILE|URL] JSON...}: filing JSON into the audit tables, each filing in
 * its own transaction, keyed by its path; a filing whose JSON is unchanged keeps its rows.
 */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Loads filing JSON into relational tables: a SQLite file or a PostgreSQL database.",
                "Each filing is one transaction: a filing already loaded from the same JSON is kept,",
                "one whose JSON changed has its rows replaced; a killed load leaves no filing half loaded."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every filing loaded (or kept as unchanged)",
                "1:some inputs could not be read or loaded (each named on stderr)", "2:usage error",
                "3:the database cannot be opened or written"})
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "JSON",
            description = "Filing JSON files, or directories searched recursively for .json files (as written by extract -o).")
    List<Path> jsonInputs = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE", description = "A JSON Lines file of filings (extract --jsonl). Repeatable.")
    List<Path> jsonlFiles = new ArrayList<>();

    @Option(names = "--convert", paramLabel = "INPUT",
            description = "Filing files or directories to convert on the fly, as extract would, and load. Repeatable.")
    List<Path> convertInputs = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "audit.sqlite",
            description = "A SQLite file (created when missing) or a JDBC URL such as "
                    + "jdbc:postgresql://host/db?user=u&password=p. Default: ${DEFAULT-VALUE}.")
    String db;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr; failures are still named.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (jsonInputs.isEmpty() && jsonlFiles.isEmpty() && convertInputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to load: give JSON, --jsonl or --convert");
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Map<LoadOutcome, Integer> outcomes = new EnumMap<>(LoadOutcome.class);
        int[] failed = {0};
        long[] rows = {0};
        AuditDatabase database;
        try {
            database = AuditDatabase.open(db);
        } catch (SQLException e) {
            err.println("perftable: cannot open database " + db + ": " + e.getMessage());
            return ExtractCommand.OUTPUT_UNWRITABLE;
        }
        try (database) {
            FilingDocuments.Sink load = document -> {
                if (document.error() != null) {
                    err.println("perftable: " + document.name() + ": " + document.error());
                    failed[0]++;
                    return;
                }
                FilingRows filing;
                try {
                    filing = FilingRows.of(document.filing());
                } catch (IllegalArgumentException e) {
                    err.println("perftable: " + document.name() + ": " + e.getMessage());
                    failed[0]++;
                    return;
                }
                LoadOutcome outcome = database.load(filing);
                outcomes.merge(outcome, 1, Integer::sum);
                if (outcome != LoadOutcome.UNCHANGED) {
                    rows[0] += filing.rowCount();
                }
            };
            FilingDocuments.jsonFiles(jsonInputs, load);
            FilingDocuments.jsonLines(jsonlFiles, load);
            FilingDocuments.converted(convertInputs, VersionProvider.version(), load);
        } catch (SQLException e) {
            err.println("perftable: cannot write database " + db + ": " + e.getMessage());
            return ExtractCommand.OUTPUT_UNWRITABLE;
        }
        if (!quiet) {
            double seconds = (System.nanoTime() - start) / 1e9;
            int filings = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            err.println(String.format(Locale.ROOT,
                    "perftable: %d filings in %.1f s: %d added, %d replaced, %d unchanged, %d failed; "
                            + "%d rows written (%.1f files/s, %.0f rows/s)",
                    filings, seconds, outcomes.getOrDefault(LoadOutcome.ADDED, 0),
                    outcomes.getOrDefault(LoadOutcome.REPLACED, 0), outcomes.getOrDefault(LoadOutcome.UNCHANGED, 0),
                    failed[0], rows[0], filings / seconds, rows[0] / seconds));
        }
        err.flush();
        return failed[0] > 0 ? ExtractCommand.FAILED : 0;
    }
}
