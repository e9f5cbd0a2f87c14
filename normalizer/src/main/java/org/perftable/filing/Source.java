package org.perftable.filing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The file a filing was read from. */
@JsonPropertyOrder({"file", "sha256", "format", "pages"})
public record Source(String file, String sha256, String format, int pages) {
}
