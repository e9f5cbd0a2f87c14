package org.perftable.filing;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * The words of an indicator's name, as HanLP's segmenter finds them. Names of measures hold no
 * person's name, so the segmenter runs without name recognition: its person and transliterated-name
 * models, a tenth of a second to load in every JVM, are never loaded.
 */
public final class Words {

    private static final Segment SEGMENTER = HanLP.newSegment()
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(false);

    private Words() {
    }

    public static List<Term> of(String text) {
        return SEGMENTER.seg(text);
    }
}
