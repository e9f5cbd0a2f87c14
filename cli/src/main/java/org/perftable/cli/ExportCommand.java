package org.perftable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.perftable.store.AuditDatabase;
import org.perftable.store.TableExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code perftable export --db FILE|URL [--csv DIR] [--xlsx FILE]}: the audit tables as CSV files or a workbook. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Writes the tables loaded by 'perftable load' as CSV files (one per table) and/or one XLSX workbook.",
                "CSV is UTF-8 with a byte-order mark, so that Excel shows Chinese text correctly; --no-bom leaves it out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the database cannot be read or an output cannot be written"})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "audit.sqlite",
            description = "The SQLite file or JDBC URL loaded by 'perftable load'. Default: ${DEFAULT-VALUE}.")
    String db;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write <table>.csv for every table into DIR.")
    Path csvDirectory;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write one workbook with a sheet per table.")
    Path xlsxFile;

    @Option(names = "--no-bom", description = "CSV files without the UTF-8 byte-order mark.")
    boolean noBom;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (csvDirectory == null && xlsxFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to write: give --csv DIR and/or --xlsx FILE");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!db.startsWith("jdbc:") && !java.nio.file.Files.isRegularFile(Path.of(db))) {
            err.println("perftable: no database " + db + ": run 'perftable load' first");
            return ExtractCommand.OUTPUT_UNWRITABLE;
        }
        try (AuditDatabase database = AuditDatabase.open(db)) {
            TableExport export = new TableExport(database.connection());
            if (csvDirectory != null) {
                export.csv(csvDirectory, !noBom);
            }
            if (xlsxFile != null) {
                export.xlsx(xlsxFile);
            }
            return 0;
        } catch (SQLException | IOException e) {
            err.println("perftable: cannot export " + db + ": " + e.getMessage());
            return ExtractCommand.OUTPUT_UNWRITABLE;
        }
    }
}
