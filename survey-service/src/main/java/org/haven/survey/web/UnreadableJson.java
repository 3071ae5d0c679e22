package org.haven.survey.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.haven.survey.problem.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a JSON body Jackson could not read, in terms a researcher can act on: the field, the
 * line and column of a syntax error, the accepted values of a choice, an example of a date. It quotes at most a
 * short value the client sent, never the body.
 */
final class UnreadableJson {

    /** An ISO-8601 instant: the form every date and time in the API takes. */
    static final String INSTANT_EXAMPLE = "2027-03-01T00:00:00Z";
    private static final int QUOTED_VALUE_LIMIT = 40;

    private UnreadableJson() {
    }

    static Violation describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new Violation(path(unknown), "unknown field '" + quoted(unknown.getPropertyName()) + "'"
                    + (known.isEmpty() ? "" : "; the fields here are " + known));
        }
        if (cause instanceof InvalidTypeIdException typeId) {
            return typeId(typeId);
        }
        if (cause instanceof ValueInstantiationException invalid) {
            Throwable reason = invalid.getCause() != null ? invalid.getCause() : invalid;
            return new Violation(path(invalid), reason.getMessage());
        }
        if (cause instanceof InvalidFormatException format) {
            return new Violation(path(format), "'" + quoted(format.getValue()) + "' is not " + expected(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException empty && String.valueOf(empty.getMessage())
                .startsWith("No content to map")) {
            return new Violation("", "the request body is empty; send a JSON object");
        }
        if (cause instanceof MismatchedInputException trailing && String.valueOf(trailing.getMessage())
                .startsWith("Trailing token")) {
            return new Violation("", "the request body is not valid JSON" + at(trailing.getLocation())
                    + ": something follows the end of the object");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return new Violation(path(mismatch), "expected " + expected(mismatch.getTargetType()) + " here");
        }
        if (cause == null) {
            // Spring reads a literal null as a missing body
            return new Violation("", "the request body is empty or null; send a JSON object");
        }
        JsonProcessingException syntax = syntaxError(cause);
        String field = cause instanceof JsonMappingException mapping ? path(mapping) : "";
        if (syntax != null) {
            return new Violation(field, "the request body is not valid JSON" + at(syntax.getLocation()) + ": "
                    + firstLine(syntax.getOriginalMessage()));
        }
        return new Violation(field, "the request body is not valid JSON: " + firstLine(cause.getMessage()));
    }

    private static Violation typeId(InvalidTypeIdException typeId) {
        Class<?> base = typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass();
        JsonSubTypes subtypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        String accepted = subtypes == null ? "" : "; accepted: " + Arrays.stream(subtypes.value())
                .map(JsonSubTypes.Type::name).collect(Collectors.joining(", "));
        String field = path(typeId);
        String named = field.isEmpty() ? "type" : field + ".type";
        return typeId.getTypeId() == null
                ? new Violation(named, "the 'type' is missing" + accepted)
                : new Violation(named, "unknown type '" + quoted(typeId.getTypeId()) + "'" + accepted);
    }

    /** What a value of this type looks like, with the accepted values or an example. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Instant.class) {
            return "a date and time in ISO-8601 with its offset, e.g. " + INSTANT_EXAMPLE;
        }
        if (type == LocalDate.class) {
            return "a date in ISO-8601, e.g. 2027-03-01";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a JSON object (" + type.getSimpleName() + ")";
    }

    private static JsonProcessingException syntaxError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException processing && !(t instanceof JsonMappingException)
                    && processing.getLocation() != null) {
                return processing;
            }
        }
        return cause instanceof JsonProcessingException processing && processing.getLocation() != null
                ? processing : null;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        return String.valueOf(message).lines().findFirst().orElse("")
                .replaceAll("\\s*\\(for [^)]*\\[Source:.*$", "").replaceAll("\\s*at \\[Source:.*$", "");
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return text.length() <= QUOTED_VALUE_LIMIT ? text : text.substring(0, QUOTED_VALUE_LIMIT) + "…";
    }

    static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
