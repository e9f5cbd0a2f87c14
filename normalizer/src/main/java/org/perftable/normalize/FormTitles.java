package org.perftable.normalize;

import java.util.List;
import java.util.regex.Pattern;
import org.perftable.grid.Block;
import org.perftable.grid.Cell;
import org.perftable.grid.Row;
import org.perftable.grid.TextLine;

/**
 * Recognises form titles by the title patterns of the {@link Vocabulary}: the core of the title after
 * an 附表N / 附件N before it, a year before it and a note in brackets after it are taken off.
 */
final class FormTitles {

    /** A printed title and the form type it names. */
    record Title(String printed, String type) {
    }

    private static final Pattern ANNEX = Pattern.compile("^(?:附表|附件)[0-9０-９一二三四五六七八九十\\-－]*[:：.、]?");
    private static final Pattern YEAR = Pattern.compile("^[0-9０-９]{4}年度?");
    private static final Pattern NOTE = Pattern.compile("[（(][^（()）]{0,30}[）)]$");

    private FormTitles() {
    }

    /** The printed title a block holds (a text line, or a row with one non-empty cell), or null. */
    static String titleOf(Block block) {
        Title title = of(block);
        return title == null ? null : title.printed();
    }

    /** The title a block holds with its form type, or null. */
    static Title of(Block block) {
        String text = null;
        if (block instanceof TextLine line) {
            text = line.text();
        } else if (block instanceof Row row) {
            List<Cell> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
            text = filled.size() == 1 ? filled.get(0).text() : null;
        }
        if (text == null || text.length() > 80) {
            return null;
        }
        String unwrapped = CjkText.unwrap(text);
        String type = typeOf(Labels.key(unwrapped));
        return type == null ? null : new Title(unwrapped, type);
    }

    /** The form type a title's key names, or null. */
    static String typeOf(String key) {
        String core = ANNEX.matcher(key).replaceFirst("");
        core = YEAR.matcher(core).replaceFirst("");
        core = NOTE.matcher(core).replaceFirst("");
        for (Vocabulary.TitlePattern title : Vocabulary.standard().titles()) {
            if (title.pattern().matcher(core).matches()) {
                return title.type();
            }
        }
        return null;
    }
}
