package org.perftable.grid;

/** Text outside any table: a title, a {@code 部门名称：…} line, a unit line. */
public record TextLine(String text, int page, String source) implements Block {
}
