package org.perftable.cli;

/** Tells the person running a batch how far it has got. {@link #fileDone} is called from worker threads. */
interface Progress extends AutoCloseable {

    void fileDone();

    /** A line for the person, such as why a file failed, printed where it does not break the display. */
    void note(String line);

    @Override
    void close();
}
