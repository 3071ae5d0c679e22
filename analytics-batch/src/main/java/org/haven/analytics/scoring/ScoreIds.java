package org.haven.analytics.scoring;

import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.Subscale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The subscales and composites reported, in output order: the latest version's subscales in instrument order,
 * then any subscale only earlier versions had (in publication order); composites likewise, after all subscales.
 */
public record ScoreIds(List<String> subscales, List<String> composites) {

    public ScoreIds {
        subscales = List.copyOf(subscales);
        composites = List.copyOf(composites);
    }

    public static ScoreIds of(InstrumentVersions versions) {
        List<Instrument> latestFirst = new ArrayList<>(versions.all());
        if (!latestFirst.isEmpty()) {
            latestFirst.add(0, latestFirst.remove(latestFirst.size() - 1));
        }
        Set<String> subscales = new LinkedHashSet<>();
        Set<String> composites = new LinkedHashSet<>();
        for (Instrument instrument : latestFirst) {
            instrument.subscales().stream().map(Subscale::id).forEach(subscales::add);
        }
        for (Instrument instrument : latestFirst) {
            instrument.composites().stream().map(Composite::id).filter(id -> !subscales.contains(id))
                    .forEach(composites::add);
        }
        return new ScoreIds(new ArrayList<>(subscales), new ArrayList<>(composites));
    }

    public List<String> all() {
        List<String> all = new ArrayList<>(subscales);
        all.addAll(composites);
        return all;
    }
}
