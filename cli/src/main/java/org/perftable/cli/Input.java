package org.perftable.cli;

import java.nio.file.Path;

/**
 * One file to convert.
 *
 * @param file       where to read it
 * @param name       how the report names it: the path relative to its input directory, or as given
 * @param outputName its output's path relative to the output directory, {@code <name>.json}
 */
record Input(Path file, String name, String outputName) {
}
