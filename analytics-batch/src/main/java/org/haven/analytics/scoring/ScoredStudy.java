package org.haven.analytics.scoring;

import org.haven.instrument.Instrument;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scored study: the rows of scores_long.csv (every answered participant-wave times every subscale and
 * composite, sorted by pid, wave, then output order), the keyed answers they came from, and the waves.
 * Built by {@link Scoring#score}. The scores are held as one array of doubles (NaN where missing), not as
 * millions of row objects: a 100,000 x 10-wave study has 9 million of them.
 */
public final class ScoredStudy {

    private final InstrumentVersions instruments;
    private final ScoreIds ids;
    private final List<KeyedResponse> responses;
    private final double[] values;
    private final List<Integer> waves;
    private final Map<Integer, List<KeyedResponse>> byWave = new TreeMap<>();
    private final Map<Integer, Instrument> reliabilityInstruments = new TreeMap<>();

    /**
     * {@code responses} sorted by pid then wave; {@code values} holds response i's score on {@code ids.all()}'s
     * j-th id at {@code i * ids.all().size() + j}, NaN where missing.
     */
    ScoredStudy(InstrumentVersions instruments, ScoreIds ids, List<KeyedResponse> responses, double[] values) {
        if (values.length != responses.size() * ids.all().size()) {
            throw new IllegalArgumentException(values.length + " scores for " + responses.size() + " responses x "
                    + ids.all().size() + " subscales and composites");
        }
        this.instruments = instruments;
        this.ids = ids;
        this.responses = List.copyOf(responses);
        this.values = values;
        responses.forEach(response -> byWave.computeIfAbsent(response.wave(), wave -> new ArrayList<>()).add(response));
        byWave.forEach((wave, answered) -> {
            Set<Instrument> versions = Collections.newSetFromMap(new IdentityHashMap<>());
            answered.forEach(response -> versions.add(response.instrument()));
            instruments.latestOf(versions).ifPresent(latest -> reliabilityInstruments.put(wave, latest));
        });
        this.waves = List.copyOf(byWave.keySet());
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

    public boolean isSubscale(String scoreId) {
        return ids.subscales().contains(scoreId);
    }

    /**
     * The rows of scores_long.csv: for every participant-wave answered, one score per subscale and composite
     * (value null when missing), sorted by pid, wave, then subscale in output order.
     */
    public List<Score> scores() {
        int k = ids.all().size();
        return new AbstractList<>() {
            @Override
            public Score get(int row) {
                KeyedResponse response = responses.get(row / k);
                double value = values[row];
                return new Score(response.pid(), response.wave(), ids.all().get(row % k),
                        Double.isNaN(value) ? null : value);
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    /**
     * One subscale's or composite's scores as three arrays (participants in pid order, waves ascending;
     * participants without any score absent). Built on every call: keep the result.
     */
    public ParticipantScores participantScores(String scoreId) {
        int column = ids.all().indexOf(scoreId);
        if (column < 0) {
            throw new IllegalArgumentException("no subscale or composite " + scoreId);
        }
        int k = ids.all().size();
        int present = 0;
        int participants = 0;
        String lastPid = null;
        for (int i = 0; i < responses.size(); i++) {
            if (!Double.isNaN(values[i * k + column])) {
                present++;
                if (!responses.get(i).pid().equals(lastPid)) {
                    participants++;
                    lastPid = responses.get(i).pid();
                }
            }
        }
        String[] pids = new String[participants];
        int[] offsets = new int[participants + 1];
        int[] waves = new int[present];
        double[] scores = new double[present];
        int p = -1;
        int n = 0;
        lastPid = null;
        // responses are sorted by pid, then wave: each participant's scores are one run, waves ascending
        for (int i = 0; i < responses.size(); i++) {
            double value = values[i * k + column];
            if (Double.isNaN(value)) {
                continue;
            }
            KeyedResponse response = responses.get(i);
            if (!response.pid().equals(lastPid)) {
                p++;
                pids[p] = response.pid();
                offsets[p] = n;
                lastPid = response.pid();
            }
            waves[n] = response.wave();
            scores[n++] = value;
        }
        offsets[participants] = n;
        return new ParticipantScores(pids, offsets, waves, scores);
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
