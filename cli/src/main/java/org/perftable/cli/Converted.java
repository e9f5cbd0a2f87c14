package org.perftable.cli;

/**
 * What reading and converting one file gave: its output JSON, or the failure that stopped it.
 *
 * @param document the output JSON, or null when it failed
 * @param failure  why there is no output, or null
 */
record Converted(String document, Failure failure) {

    static Converted of(String document) {
        return new Converted(document, null);
    }

    static Converted failed(Failure failure) {
        return new Converted(null, failure);
    }
}
