package org.haven.survey.importing;

import org.haven.instrument.Instrument;

import java.util.AbstractList;
import java.util.List;

/**
 * The valid participant-waves of a plan, each turned into an {@link ImportUnit} only when asked for: the import
 * stores them one by one, so their answer maps never exist all at once.
 */
final class UnitList extends AbstractList<ImportUnit> {

    private final List<UnitRows> units;
    private final Instrument instrument;

    UnitList(List<UnitRows> units, Instrument instrument) {
        this.units = units;
        this.instrument = instrument;
    }

    @Override
    public ImportUnit get(int index) {
        return units.get(index).toUnit(instrument);
    }

    @Override
    public int size() {
        return units.size();
    }
}
