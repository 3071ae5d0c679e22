package org.haven.analytics.scoring;

import org.haven.instrument.Instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A scored study: the rows of scores_long.csv (every answered participant-wave times every subscale and
 * composite, sorted by pid, wave, then output order), the keyed answers they came from, and the waves.
 * Built by {@link Scoring#score}.
 */
public final class ScoredStudy {

    private final InstrumentVersions instruments;
    private final ScoreIds ids;
    private final List<Score> scores;
    private final List<Integer> waves;
    private final Map<Integer, List<KeyedResponse>> byWave = new TreeMap<>();
    private final Map<Integer, Instrument> reliabilityInstruments = new TreeMap<>();
    private final Map<String, SortedMap<String, SortedMap<Integer, Double>>> byId = new LinkedHashMap<>();

    ScoredStudy(InstrumentVersions instruments, ScoreIds ids, List<KeyedResponse> responses, List<Score> scores) {
        this.instruments = instruments;
        this.ids = ids;
        this.scores = List.copyOf(scores);
        responses.forEach(response -> byWave.computeIfAbsent(response.wave(), wave -> new ArrayList<>()).add(response));
        byWave.forEach((wave, answered) -> {
            Set<Instrument> versions = Collections.newSetFromMap(new IdentityHashMap<>());
            answered.forEach(response -> versions.add(response.instrument()));
            instruments.latestOf(versions).ifPresent(latest -> reliabilityInstruments.put(wave, latest));
        });
        this.waves = List.copyOf(byWave.keySet());
        ids.all().forEach(id -> byId.put(id, new TreeMap<>()));
        for (Score score : scores.stream().filter(Score::isPresent).toList()) {
            byId.get(score.scoreId()).computeIfAbsent(score.pid(), pid -> new TreeMap<>()).put(score.wave(), score.value());
        }
        byId.replaceAll((id, byPid) -> {
            byPid.replaceAll((pid, byWave) -> Collections.unmodifiableSortedMap(byWave));
            return Collections.unmodifiableSortedMap(byPid);
        });
    }

    /** Wave numbers with at least one response, ascending: the first is "first", the last is "last". */
    public List<Integer> waves() {
        return waves;
    }

    /** Subscales then composites, in output order. */
    public List<String> scoreIds() {
        return ids.all();
    }

    public List<String> subscaleIds() {
        return ids.subscales();
    }

    public List<String> compositeIds() {
        return ids.composites();
    }

    public boolean isSubscale(String scoreId) {
        return ids.subscales().contains(scoreId);
    }

    /**
     * The rows of scores_long.csv: for every participant-wave answered, one score per subscale and composite
     * (value null when missing), sorted by pid, wave, then subscale in output order.
     */
    public List<Score> scores() {
        return scores;
    }

    /** pid (sorted) to wave (ascending) to score, for one subscale or composite. */
    public SortedMap<String, SortedMap<Integer, Double>> scoresOf(String scoreId) {
        SortedMap<String, SortedMap<Integer, Double>> scoresById = byId.get(scoreId);
        if (scoresById == null) {
            throw new IllegalArgumentException("no subscale or composite " + scoreId);
        }
        return scoresById;
    }

    /** The keyed answers at a wave, sorted by pid. */
    public List<KeyedResponse> responsesAt(int wave) {
        return Collections.unmodifiableList(byWave.getOrDefault(wave, List.of()));
    }

    /** The latest instrument version answered at a wave: the one its reliability figures use. */
    public Optional<Instrument> reliabilityInstrument(int wave) {
        return Optional.ofNullable(reliabilityInstruments.get(wave));
    }

    public InstrumentVersions instruments() {
        return instruments;
    }
}
