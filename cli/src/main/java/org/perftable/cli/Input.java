package org.perftable.cli;

import java.nio.file.Path;

/**
 * One file to convert, or an entry of an input directory that cannot be.
 *
 * @param file       where to read it
 * @param name       how the report names it: the path relative to its input directory, or as given
 * @param outputName its output's path relative to the output directory, {@code <name>.json}
 * @param problem    why the directory walk could not take it (a dangling link, a link loop, an
 *                   unreadable directory), or null for a file to convert
 */
record Input(Path file, String name, String outputName, Failure problem) {

    Input(Path file, String name, String outputName) {
        this(file, name, outputName, null);
    }

    /** Whether the problem leaves the entry out without failing the run: a link to nothing, or in a loop. */
    boolean passedOver() {
        return problem != null && (problem.code().equals(Failure.DANGLING_LINK) || problem.code().equals(Failure.LINK_LOOP));
    }
}
