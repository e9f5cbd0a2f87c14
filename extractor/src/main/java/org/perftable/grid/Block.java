package org.perftable.grid;

/** Something on a page in reading order: a line of text or a table row. */
public sealed interface Block permits TextLine, Row {

    int page();

    /** Where the block sits in the source file. */
    String source();
}
