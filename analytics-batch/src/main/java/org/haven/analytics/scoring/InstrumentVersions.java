package org.haven.analytics.scoring;

import org.haven.instrument.Instrument;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instrument versions of a study in publication order. "Latest" always means later in that order,
 * never a higher version number read from the data, so that a study's own publication history decides.
 */
public final class InstrumentVersions {

    private final Map<String, Instrument> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> rank = new LinkedHashMap<>();

    public InstrumentVersions(List<Instrument> published) {
        for (Instrument instrument : published) {
            String key = key(instrument.id(), instrument.version());
            if (byKey.putIfAbsent(key, instrument) != null) {
                throw new IllegalArgumentException("instrument " + key + " is listed twice");
            }
            rank.put(key, rank.size());
        }
    }

    /** The version a response names; a response to an unlisted version is a bug upstream, not data to skip. */
    public Instrument of(String instrumentId, int version) {
        Instrument instrument = byKey.get(key(instrumentId, version));
        if (instrument == null) {
            throw new IllegalArgumentException("no instrument " + key(instrumentId, version) + " in the study");
        }
        return instrument;
    }

    /** All versions, in publication order. */
    public List<Instrument> all() {
        return List.copyOf(byKey.values());
    }

    /** The last published version, which fixes the order of subscales and items in every output. */
    public Optional<Instrument> latest() {
        return byKey.values().stream().reduce((earlier, later) -> later);
    }

    /** The latest of the given versions (all of them listed here). */
    public Optional<Instrument> latestOf(Collection<Instrument> versions) {
        return versions.stream().max(Comparator.comparingInt(i -> rank.get(key(i.id(), i.version()))));
    }

    private static String key(String id, int version) {
        return id + " v" + version;
    }
}
