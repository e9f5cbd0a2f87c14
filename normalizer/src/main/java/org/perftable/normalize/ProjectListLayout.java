package org.perftable.normalize;

import org.perftable.filing.Form;

final class ProjectListLayout implements FormLayout {

    @Override
    public boolean accepts(Segment segment) {
        return false;
    }

    @Override
    public Form read(Segment segment) {
        throw new UnsupportedOperationException();
    }
}
