package org.perftable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Notice;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;
import org.perftable.read.Readers;
import org.perftable.read.UnreadableFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code perftable inspect FILE}: the cell grid a reader recovered, for a person to check. */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Shows the pages, text lines and table cells read from a file, before any form is recognised.",
                "Cells are shown as [column] or [column +colspan xrowspan] followed by their text."})
final class InspectCommand implements Callable<Integer> {

    enum Format { text, html }

    @Parameters(paramLabel = "FILE", description = "A filing file.")
    Path file;

    @Option(names = "--page", paramLabel = "N", description = "Only this page (1-based).")
    Integer page;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or html (tables with rowspan/colspan). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--png", paramLabel = "DIR",
            description = "For a PDF: also draw the cells found over each rendered page, as PNG files in DIR.")
    Path pngDirectory;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Grid grid;
        try {
            grid = Readers.read(file);
        } catch (UnreadableFileException | IOException e) {
            spec.commandLine().getErr().println("perftable: " + file + ": " + e.getMessage());
            return ExtractCommand.FAILED;
        }
        if (page != null && (page < 1 || page > grid.pages().size())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--page " + page + " is out of range: the file has " + grid.pages().size() + " pages");
        }
        List<Page> pages = page == null ? grid.pages() : List.of(grid.pages().get(page - 1));
        if (pngDirectory != null) {
            if (!grid.format().equals("pdf")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--png draws over PDF pages only");
            }
            try {
                CellOverlay.write(file, pages, pngDirectory);
            } catch (IOException e) {
                spec.commandLine().getErr().println("perftable: " + pngDirectory + ": cannot write pages: " + e.getMessage());
                return ExtractCommand.OUTPUT_UNWRITABLE;
            }
        }
        if (format == Format.html) {
            html(out, grid, pages);
        } else {
            text(out, grid, pages);
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, Grid grid, List<Page> pages) {
        out.println(grid.format() + ", " + grid.pages().size() + " pages");
        for (Notice notice : grid.notices()) {
            out.println("! " + notice.code() + ": " + notice.message());
        }
        for (Page p : pages) {
            out.println();
            out.println("== page " + p.number());
            for (Block block : p.blocks()) {
                if (block instanceof TextLine line) {
                    out.println("text  " + oneLine(line.text()));
                } else {
                    StringBuilder row = new StringBuilder("row  ");
                    for (Cell cell : ((Row) block).cells()) {
                        row.append(" [").append(cell.column());
                        if (cell.colSpan() > 1) {
                            row.append(" +").append(cell.colSpan());
                        }
                        if (cell.rowSpan() > 1) {
                            row.append(" x").append(cell.rowSpan());
                        }
                        row.append("] ").append(oneLine(cell.text()));
                    }
                    out.println(row);
                }
            }
        }
    }

    private static void html(PrintWriter out, Grid grid, List<Page> pages) {
        out.println("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                + "table{border-collapse:collapse;margin:8px 0}td{border:1px solid #888;padding:2px 4px;"
                + "vertical-align:top;font-size:12px;white-space:pre-wrap}</style></head><body>");
        out.println("<p>" + escape(grid.format()) + ", " + grid.pages().size() + " pages</p>");
        for (Page p : pages) {
            out.println("<h2>page " + p.number() + "</h2>");
            boolean inTable = false;
            for (Block block : p.blocks()) {
                if (block instanceof TextLine line) {
                    if (inTable) {
                        out.println("</table>");
                        inTable = false;
                    }
                    out.println("<p>" + escape(line.text()) + "</p>");
                } else {
                    if (!inTable) {
                        out.println("<table>");
                        inTable = true;
                    }
                    out.print("<tr>");
                    for (Cell cell : ((Row) block).cells()) {
                        out.print("<td" + (cell.colSpan() > 1 ? " colspan=\"" + cell.colSpan() + "\"" : "")
                                + (cell.rowSpan() > 1 ? " rowspan=\"" + cell.rowSpan() + "\"" : "") + ">"
                                + escape(cell.text()) + "</td>");
                    }
                    out.println("</tr>");
                }
            }
            if (inTable) {
                out.println("</table>");
            }
        }
        out.println("</body></html>");
    }

    private static String oneLine(String text) {
        return text.replace("\n", "⏎");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
