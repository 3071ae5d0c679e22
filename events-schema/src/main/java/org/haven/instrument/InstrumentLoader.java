package org.haven.instrument;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads instrument data files and validates them. Instruments are hand-edited copies of ESTI, so
 * reading is strict: a misspelled, missing or repeated field is an error rather than a default value,
 * because a silently defaulted {@code reverse} would mis-score an item without anyone noticing.
 */
public final class InstrumentLoader {

    public static final String ESTI_RESOURCE = "/instruments/esti-v1.json";

    /** Strict about spelling, lenient about absence: finds misspelled fields. */
    private static final ObjectReader SPELLING = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build()
            .readerFor(Instrument.class);

    /** Also rejects absent fields and {@code null} for an int or boolean, instead of defaulting them. */
    private static final ObjectReader COMPLETE = SPELLING.with(
            DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final List<String> OPTIONAL = List.of("participantTitle", "instructions");

    private InstrumentLoader() {
    }

    /** ESTI v1 as shipped in this jar. */
    public static Instrument esti() {
        try (InputStream in = InstrumentLoader.class.getResourceAsStream(ESTI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + ESTI_RESOURCE + " is missing");
            }
            return fromJson(in, "esti-v1.json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ESTI_RESOURCE, e);
        }
    }

    /** Reads UTF-8, as JSON files are. */
    public static Instrument fromJson(InputStream in, String sourceName) {
        try {
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot read", e);
        }
    }

    public static Instrument fromJson(String json, String sourceName) {
        try {
            // Two passes because Jackson checks absent fields before unknown ones, and a misspelled
            // field is both: its own name is the better hint, so the spelling pass runs first.
            SPELLING.readValue(json);
            return validated(COMPLETE.readValue(withOptionalFields(SPELLING.readTree(json))), sourceName);
        } catch (JsonProcessingException e) {
            throw unreadable(e, sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot read", e); // a String is never unreadable
        }
    }

    /**
     * The complete pass refuses any absent field; the few optional ones (the participant's title and instructions,
     * a scale's wording) are given as null when the file leaves them out. Old files have none of them.
     */
    private static JsonNode withOptionalFields(JsonNode instrument) {
        if (instrument instanceof ObjectNode root) {
            OPTIONAL.forEach(field -> root.putIfAbsent(field, NullNode.getInstance()));
            if (root.get("scales") instanceof ArrayNode scales) {
                scales.forEach(scale -> {
                    if (scale instanceof ObjectNode object) {
                        object.putIfAbsent("wording", NullNode.getInstance());
                    }
                });
            }
        }
        return instrument;
    }

    private static Instrument validated(Instrument instrument, String sourceName) {
        if (instrument == null) {
            throw new InvalidInstrumentException(sourceName, List.of("file holds no instrument"));
        }
        List<String> problems = InstrumentValidator.problems(instrument);
        if (!problems.isEmpty()) {
            throw new InvalidInstrumentException(sourceName, problems);
        }
        return instrument;
    }

    /** Jackson's own wording, plus where in the file: the path for a mapping error, always the line. */
    private static InvalidInstrumentException unreadable(JsonProcessingException e, String sourceName) {
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<JsonMappingException.Reference> path = unknown.getPath();
            problem = "unknown field '" + unknown.getPropertyName() + "'" + in(path.subList(0, path.size() - 1))
                    + " (known fields: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof MismatchedInputException missing
                && e.getOriginalMessage().startsWith("Missing creator property") && !missing.getPath().isEmpty()) {
            List<JsonMappingException.Reference> path = missing.getPath();
            problem = "missing field '" + path.get(path.size() - 1).getFieldName() + "'"
                    + in(path.subList(0, path.size() - 1));
        } else if (e instanceof JsonMappingException mapping) {
            problem = "cannot read" + at(mapping.getPath()) + ": " + e.getOriginalMessage();
        } else {
            problem = "malformed JSON: " + e.getOriginalMessage();
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem += " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        return new InvalidInstrumentException(sourceName, List.of(problem), e);
    }

    private static String in(List<JsonMappingException.Reference> path) {
        return path.isEmpty() ? "" : " in " + jsonPath(path);
    }

    private static String at(List<JsonMappingException.Reference> path) {
        return path.isEmpty() ? "" : " " + jsonPath(path);
    }

    /** Written as in the file, e.g. {@code items[3].reverse}; indexes count from 0. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                where.append('[').append(step.getIndex()).append(']');
            }
        }
        return where.toString();
    }
}
