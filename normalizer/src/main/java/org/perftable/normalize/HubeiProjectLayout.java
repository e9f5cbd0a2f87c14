package org.perftable.normalize;

import org.perftable.filing.Form;

final class HubeiProjectLayout implements FormLayout {

    @Override
    public boolean accepts(Segment segment) {
        return false;
    }

    @Override
    public Form read(Segment segment) {
        throw new UnsupportedOperationException();
    }
}
