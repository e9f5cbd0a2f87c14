package org.perftable.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FilingJsonTest {

    /** A cell longer than Jackson's default string cap (20 million characters) is read back whole. */
    @Test
    void readsBackTextLongerThanJacksonsDefaultCap() throws IOException {
        String text = "长".repeat(20_000_001);
        JsonNode read = FilingJson.mapper().readTree(FilingJson.mapper().writeValueAsString(new String[] {text}));
        assertEquals(text.length(), read.get(0).asText().length());
    }
}
