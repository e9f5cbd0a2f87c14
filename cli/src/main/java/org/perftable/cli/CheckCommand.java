package org.perftable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perftable check FILE...}: the failed audit checks of filings, one line each, for a person or a
 * nightly job. Filing documents are converted and checked here, by the rules given; extracted JSON is
 * taken with the checks it was written with.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Prints the failed audit checks of filings: file, page, rule, expected against printed.",
                "Filing documents, and directories of them searched as extract does, are converted and checked "
                        + "by the rules in force; .json and .jsonl files written by extract keep the checks they hold."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check of every filing passes (or has nothing to apply to)",
                "1:some inputs could not be read or converted (each named on stderr)", "2:usage error",
                "4:every input was read and some check fails"})
final class CheckCommand implements Callable<Integer> {

    static final int CHECKS_FAILED = 4;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Filing documents or directories of them, extract's .json outputs, or .jsonl files.")
    List<Path> inputs;

    @CommandLine.Mixin
    RulesOption rules;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on stderr.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        rules.properties(spec).forEach(System::setProperty);
        List<Path> json = new ArrayList<>();
        List<Path> jsonLines = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            String name = input.getFileName() == null ? "" : input.getFileName().toString();
            if (Files.isRegularFile(input) && name.endsWith(".json")) {
                json.add(input);
            } else if (Files.isRegularFile(input) && name.endsWith(".jsonl")) {
                jsonLines.add(input);
            } else {
                documents.add(input);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tally tally = new Tally();
        FilingDocuments.Sink report = document -> {
            if (document.error() != null) {
                err.println("perftable: " + document.name() + ": " + document.error());
                tally.unreadable++;
                return;
            }
            JsonNode filing = document.filing();
            if (!hasChecks(filing)) {
                err.println("perftable: " + document.name() + ": holds no checks: extract it again with this perftable");
                tally.unreadable++;
                return;
            }
            tally.filings++;
            Map<String, Integer> pages = pagesById(filing);
            String file = filing.at("/source/file").asText(document.name());
            for (JsonNode form : filing.path("forms")) {
                for (JsonNode check : form.path("checks")) {
                    tally.checks++;
                    if (check.path("status").asText().equals("fail")) {
                        tally.failed++;
                        out.println(line(file, form, check, pages));
                    }
                }
            }
            out.flush();
        };
        FilingDocuments.jsonFiles(json, report);
        FilingDocuments.jsonLines(jsonLines, report);
        FilingDocuments.converted(documents, VersionProvider.version(), report);
        if (!quiet) {
            err.println("perftable: " + tally.filings + (tally.filings == 1 ? " filing" : " filings") + " checked: " + tally.checks + " checks, " + tally.failed
                    + " failed" + (tally.unreadable == 0 ? "" : "; " + tally.unreadable + " inputs could not be checked"));
        }
        err.flush();
        return tally.unreadable > 0 ? ExtractCommand.FAILED : tally.failed > 0 ? CHECKS_FAILED : 0;
    }

    /** What the inputs gave: filings checked, inputs that could not be, checks run and checks failed. */
    private static final class Tally {
        int filings;
        int unreadable;
        int checks;
        int failed;
    }

    /** {@code file:page: rule: message (expected …, printed …) [records]}. */
    private static String line(String file, JsonNode form, JsonNode check, Map<String, Integer> pages) {
        Integer page = null;
        for (JsonNode record : check.path("records")) {
            page = pages.get(record.asText());
            if (page != null) {
                break;
            }
        }
        if (page == null && form.path("pages").path(0).canConvertToInt()) {
            page = form.path("pages").path(0).asInt();
        }
        StringBuilder line = new StringBuilder(file).append(':');
        line.append(page == null ? "" : page).append(": ").append(check.path("rule").asText()).append(": ")
                .append(check.path("message").asText());
        if (!check.path("expected").isNull() || !check.path("actual").isNull()) {
            line.append(" (expected ").append(text(check.path("expected"))).append(", printed ")
                    .append(text(check.path("actual"))).append(')');
        }
        List<String> records = new ArrayList<>();
        check.path("records").forEach(record -> records.add(record.asText()));
        if (!records.isEmpty()) {
            line.append(" [").append(String.join(" ", records)).append(']');
        }
        return line.toString();
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "nothing" : value.asText();
    }

    /** Whether every form has a checks list: written by a perftable that runs the checks. */
    private static boolean hasChecks(JsonNode filing) {
        for (JsonNode form : filing.path("forms")) {
            if (!form.path("checks").isArray()) {
                return false;
            }
        }
        return true;
    }

    /** The page of every record with an id, a form's first page for the form. */
    private static Map<String, Integer> pagesById(JsonNode filing) {
        Map<String, Integer> pages = new HashMap<>();
        collect(filing.path("forms"), pages);
        return pages;
    }

    private static void collect(JsonNode node, Map<String, Integer> pages) {
        if (node.isObject()) {
            if (node.path("id").isTextual()) {
                JsonNode page = node.path("page").canConvertToInt() ? node.path("page") : node.path("pages").path(0);
                if (page.canConvertToInt()) {
                    pages.putIfAbsent(node.path("id").asText(), page.asInt());
                }
            }
            node.forEach(child -> collect(child, pages));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, pages));
        }
    }
}
