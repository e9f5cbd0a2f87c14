package org.perftable.grid;

/**
 * Something the reader had to guess or could not read, passed on to the filing's warnings.
 *
 * @param code    stable machine-readable code, e.g. {@code pages_inferred}
 * @param message what happened, for a person
 * @param page    the page concerned, or null for the whole file
 */
public record Notice(String code, String message, Integer page) {
}
