package org.perftable.normalize;

import java.util.ArrayList;
import java.util.List;
import org.perftable.checks.CheckRules;
import org.perftable.checks.Checker;
import org.perftable.filing.Filing;
import org.perftable.filing.Form;
import org.perftable.filing.Source;
import org.perftable.filing.Warning;
import org.perftable.grid.Block;
import org.perftable.grid.Grid;
import org.perftable.grid.Notice;
import org.perftable.grid.TextLine;

/**
 * Turns a cell grid into a filing: cuts it into forms at their titles, lets the layout that
 * recognises each form read it, carries the reader's notices into the filing's warnings, and runs
 * the audit checks on the records read.
 */
public final class Normalizer {

    private static final List<FormLayout> LAYOUTS = List.of(
            new DepartmentBudgetLayout(),
            new DepartmentExpenditureLayout(),
            new HubeiProjectLayout(),
            new ProjectListLayout(),
            new ProjectFormLayout());

    private final Checker checker;

    /** A normalizer checking by the national default rules. */
    public Normalizer() {
        this(CheckRules.national());
    }

    public Normalizer(CheckRules rules) {
        this.checker = new Checker(rules);
    }

    public Filing normalize(Grid grid, String fileName, String sha256) {
        List<Warning> warnings = new ArrayList<>();
        for (Notice notice : grid.notices()) {
            warnings.add(new Warning(notice.code(), notice.message(), notice.page()));
        }
        grid = WrappedLabels.resolve(grid, warnings);
        List<Form> forms = new ArrayList<>();
        Segment previous = null;
        FormLayout previousLayout = null;
        for (Segment segment : split(grid, warnings)) {
            FormLayout layout = LAYOUTS.stream().filter(l -> l.accepts(segment)).findFirst().orElse(null);
            if (layout == null) {
                warnings.add(new Warning("form_unrecognized", "form titled " + Warnings.quote(segment.title())
                        + " is in no known layout", firstPage(segment)));
                continue;
            }
            if (previousLayout == layout && layout.continues(previous, segment)) {
                List<Block> joined = new ArrayList<>(previous.blocks());
                joined.addAll(segment.blocks());
                previous = new Segment(previous.title(), joined);
                forms.set(forms.size() - 1, layout.read(previous));
                continue;
            }
            forms.add(layout.read(segment));
            previous = segment;
            previousLayout = layout;
        }
        if (forms.isEmpty()) {
            warnings.add(new Warning("no_forms", "no budget performance-target form recognised in the file", null));
        }
        return checker.check(new Filing(Filing.SCHEMA, new Source(fileName, sha256, grid.format(),
                grid.pages().size()), forms, warnings));
    }

    /** Cuts the blocks at form titles, each segment starting with its title block. */
    private static List<Segment> split(Grid grid, List<Warning> warnings) {
        List<Segment> segments = new ArrayList<>();
        String title = null;
        List<Block> blocks = new ArrayList<>();
        int lines = 0;
        int rows = 0;
        for (Block block : (Iterable<Block>) grid.blocks()::iterator) {
            String found = FormTitles.titleOf(block);
            if (found != null) {
                if (title != null) {
                    segments.add(new Segment(title, blocks));
                }
                title = found;
                blocks = new ArrayList<>();
            }
            if (title != null) {
                blocks.add(block);
            } else if (block instanceof TextLine) {
                lines++;
            } else {
                rows++;
            }
        }
        if (title != null) {
            segments.add(new Segment(title, blocks));
        }
        if (lines + rows > 0 && !segments.isEmpty()) {
            warnings.add(new Warning("outside_forms", lines + " text lines and " + rows
                    + " table rows stand before the first form title", 1));
        }
        return segments;
    }

    private static Integer firstPage(Segment segment) {
        return segment.blocks().get(0).page();
    }
}
