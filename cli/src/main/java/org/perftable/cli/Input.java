package org.perftable.cli;

import java.nio.file.Path;

/**
 * One file to convert, or an entry of an input directory that cannot be.
 *
 * @param file       where to read it
 * @param name       how the report names it: the path relative to its input directory, or as given
 *                   (see {@link FileNames#text})
 * @param outputBase where its output goes, relative to the output directory, before {@code .json} is added:
 *                   the path relative to its input directory, or the file name of a file given
 * @param problem    why the directory walk could not take it (a dangling link, a link loop, an
 *                   unreadable directory, a named pipe), or null for a file to convert
 */
record Input(Path file, String name, Path outputBase, Failure problem) {

    Input(Path file, String name, Path outputBase) {
        this(file, name, outputBase, null);
    }

    /** Its output's name relative to the output directory, {@code <name>.json}: for the report, the state and messages. */
    String outputName() {
        return FileNames.text(outputBase) + ".json";
    }

    /** Its output file in the directory: named by the bytes of the input's name, whatever text they make. */
    Path output(Path outputDirectory) {
        return FileNames.sibling(outputDirectory.resolve(outputBase), "", ".json");
    }

    /** Whether the problem leaves the entry out without failing the run: a link to nothing, or in a loop. */
    boolean passedOver() {
        return problem != null && (problem.code().equals(Failure.DANGLING_LINK) || problem.code().equals(Failure.LINK_LOOP));
    }
}
