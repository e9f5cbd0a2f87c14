package org.perftable.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Grid;
import org.perftable.grid.Notice;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

class TextExportReaderTest {

    @TempDir
    Path dir;

    private Grid read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return Readers.forFile(file).read(file);
    }

    private Grid read(String text) throws Exception {
        return read("filing.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesWithTabsAreRowsAndOtherLinesAreText() throws Exception {
        Grid grid = read("\n## 部门整体预算绩效目标申报表\n\n部门名称\t某部门\t\t\n\t基本支出\t2,120.40\n");
        List<Block> blocks = grid.pages().get(0).blocks();

        assertEquals(new TextLine("部门整体预算绩效目标申报表", 1, "line 2"), blocks.get(0));
        Row row = (Row) blocks.get(2);
        assertEquals(List.of("", "基本支出", "2,120.40"), row.cells().stream().map(Cell::text).toList());
        assertEquals(2, row.cells().get(2).column());
        assertEquals("line 5 cell 3", row.cells().get(2).source());
        assertEquals(1, grid.pages().size());
        assertEquals(List.of(), grid.notices());
    }

    @Test
    void aBlankLineInterruptingATableStartsAPageAndSaysSo() throws Exception {
        Grid grid = read("标题\n\n绩效指标\t产出指标\n\t\t数量\n\n绩效指标\t产出指标\n");

        assertEquals(2, grid.pages().size());
        assertEquals(2, grid.pages().get(1).blocks().get(0).page());
        assertEquals(List.of("pages_inferred"), grid.notices().stream().map(Notice::code).toList());
    }

    @Test
    void aFormFeedIsAPageBreakWithoutGuessing() throws Exception {
        Grid grid = read("a\tb\n\fc\td\n");

        assertEquals(2, grid.pages().size());
        assertEquals(List.of(), grid.notices());
    }

    @Test
    void cellMarkupBecomesParagraphsAndCheckboxes() throws Exception {
        Grid grid = read("总体绩效目标\t<p>目标1：甲</p> <p>目标2：乙&amp;丙</p>\n"
                + "项目属性\t持续性项目 <input checked=\"\" type=\"checkbox\"/> 新增项目 <input type=\"checkbox\"/>\n");
        List<Block> blocks = grid.pages().get(0).blocks();

        assertEquals("目标1：甲\n\n目标2：乙&丙", ((Row) blocks.get(0)).cells().get(1).text());
        assertEquals("持续性项目 ☑ 新增项目 ☐", ((Row) blocks.get(1)).cells().get(1).text());
    }

    @Test
    void gb18030ExportsAreDecoded() throws Exception {
        Grid grid = read("gbk.txt", "部门名称\t某部门\n".getBytes(Charset.forName("GB18030")));

        assertEquals("部门名称", ((Row) grid.pages().get(0).blocks().get(0)).cells().get(0).text());
    }

    @Test
    void formatsAreChosenByContentAndEmptyFilesFailClearly() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path pdf = Files.write(dir.resolve("form.txt"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Path other = Files.write(dir.resolve("notes.md"), "x".getBytes(StandardCharsets.US_ASCII));

        assertEquals("empty file", assertThrows(UnreadableFileException.class, () -> Readers.forFile(empty)).getMessage());
        assertEquals("pdf", Readers.forFile(pdf).format(), "chosen by content, not by name");
        assertEquals("txt", Readers.forFile(other).format(), "chosen by content, not by name");
    }

    @Test
    void binaryBytesAreNotTakenForText() {
        byte[] bytes = {(byte) 0xff, (byte) 0xfe, 0, 0, (byte) 0x81, 0x30};
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read("random.txt", bytes));
        assertEquals("undecodable_text", e.code());
    }
}
