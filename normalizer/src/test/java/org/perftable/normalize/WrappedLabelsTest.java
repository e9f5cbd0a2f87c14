package org.perftable.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftable.filing.Warning;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Page;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

class WrappedLabelsTest {

    private final List<Warning> warnings = new ArrayList<>();

    /** A row of one-row cells from "column:text" pairs; a text starting with "?" may continue the cell above. */
    private static Row row(String... cells) {
        return rowOn(1, cells);
    }

    private static Row rowOn(int page, String... cells) {
        List<Cell> list = new ArrayList<>();
        for (String cell : cells) {
            int colon = cell.indexOf(':');
            String text = cell.substring(colon + 1);
            boolean doubtful = text.startsWith("?");
            list.add(new Cell(doubtful ? text.substring(1) : text, Integer.parseInt(cell.substring(0, colon)), 1, 1, page, "test",
                    doubtful));
        }
        return new Row(list, page, "test");
    }

    private static Grid grid(Block... blocks) {
        return new Grid("pdf", List.of(new Page(1, List.of(blocks))), List.of());
    }

    /** Each row as "column:text xSpan" cells, each text line as "text". */
    private static List<String> shown(Grid grid) {
        List<String> shown = new ArrayList<>();
        for (Block block : grid.pages().get(0).blocks()) {
            if (block instanceof Row row) {
                shown.add(String.join(" | ", row.cells().stream()
                        .map(c -> c.column() + ":" + c.text().replace("\n", "⏎") + (c.rowSpan() > 1 ? " x" + c.rowSpan() : "")
                                + (c.mayContinueAbove() ? " ?" : ""))
                        .toList()));
            } else {
                shown.add(((TextLine) block).text());
            }
        }
        return shown;
    }

    private List<String> codes() {
        return warnings.stream().map(Warning::code).toList();
    }

    @Test
    void aPieceThatOnlyTogetherWithTheLabelAboveNamesACategoryIsItsRest() {
        Grid settled = WrappedLabels.resolve(grid(
                row("0:满意度指标", "1:服务对象满意度", "2:参观人员满意率", "3:≥90%"),
                row("1:?指标", "2:招聘会参与者满意度", "3:收到较好反馈")), warnings);

        assertEquals(List.of("0:满意度指标 | 1:服务对象满意度⏎指标 x2 | 2:参观人员满意率 | 3:≥90%",
                "2:招聘会参与者满意度 | 3:收到较好反馈"), shown(settled));
        assertEquals(List.of("wrapped_label_joined"), codes());
    }

    @Test
    void aLabelWrappedOverThreeRowsIsJoinedPieceByPiece() {
        Grid settled = WrappedLabels.resolve(grid(
                row("0:服务对象", "1:甲", "2:1"),
                row("0:?满意度指", "1:乙", "2:2"),
                row("0:?标", "1:丙", "2:3")), warnings);

        assertEquals(List.of("0:服务对象⏎满意度指⏎标 x3 | 1:甲 | 2:1", "1:乙 | 2:2", "1:丙 | 2:3"), shown(settled));
    }

    @Test
    void aCategoryOfItsOwnUnderAFullLabelStaysApart() {
        Grid settled = WrappedLabels.resolve(grid(
                row("0:效益指标", "1:可持续影响指标", "2:增强党员党性修养", "3:得到提升"),
                row("1:?服务对象满意度", "2:参观人员满意率", "3:≥90%")), warnings);

        assertEquals(List.of("0:效益指标 | 1:可持续影响指标 | 2:增强党员党性修养 | 3:得到提升",
                "1:服务对象满意度 | 2:参观人员满意率 | 3:≥90%"), shown(settled));
        assertEquals(List.of(), codes());
    }

    @Test
    void whereTheVocabularyCannotTellTheTableAndTheTablesItRunsOnIntoStayText() {
        Row before = rowOn(2, "0:项目名称", "1:金额");
        Grid grid = new Grid("pdf", List.of(
                new Page(1, List.of(new TextLine("标题", 1, "t"), row("0:园区对外展示中心", "1:5"), row("0:?运营维护", "1:6"))),
                new Page(2, List.of(rowOn(2, "0:续", "1:7"), new TextLine("附注", 2, "t"), before))), List.of());

        Grid settled = WrappedLabels.resolve(grid, warnings);

        assertEquals(List.of("标题", "园区对外展示中心", "5", "运营维护", "6"),
                settled.pages().get(0).blocks().stream().map(b -> ((TextLine) b).text()).toList());
        List<Block> second = settled.pages().get(1).blocks();
        assertEquals(List.of("续", "7", "附注"), second.subList(0, 3).stream().map(b -> ((TextLine) b).text()).toList());
        assertEquals(before, second.get(3));
        assertEquals(List.of("table_refused"), codes());
    }

    @Test
    void aGridWithoutDoubtfulCellsIsLeftAsItIs() {
        Grid grid = grid(row("0:产出指标", "1:数量指标"));

        assertSame(grid, WrappedLabels.resolve(grid, warnings));
    }
}
