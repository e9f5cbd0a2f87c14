package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something inferred or left unplaced.
 *
 * @param code    stable code, e.g. {@code level1_inferred}
 * @param message what happened, naming the printed text concerned
 * @param page    the page concerned, null for the whole file
 */
@JsonPropertyOrder({"code", "message", "page"})
public record Warning(String code, String message, Integer page) {
}
