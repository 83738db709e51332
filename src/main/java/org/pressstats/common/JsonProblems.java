package org.pressstats.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Says in the API's words what was wrong with a JSON body: where (a JSON path) and what, never a Java type. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ProblemException of(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem; // e.g. the body size limit, hit while Jackson was reading
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return field(u, "unknown property; allowed: " + u.getKnownPropertyIds());
        }
        if (e instanceof InvalidNullException n) {
            return field(n, "must not be null");
        }
        if (e instanceof InvalidFormatException f) {
            return field(f, "cannot be read as " + typeName(f.getTargetType()) + ": '" + f.getValue() + "'");
        }
        if (e instanceof MismatchedInputException m) {
            return m.getPath().isEmpty()
                    ? new ProblemException(ProblemType.MALFORMED, "the body must be a JSON object of the documented shape")
                    : field(m, "expected " + typeName(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m) {
            return field(m, m.getCause() instanceof InputCoercionException ? "number out of range" : "invalid value");
        }
        if (e instanceof InputCoercionException c) {
            return new ProblemException(ProblemType.VALIDATION, "number out of range" + at(c));
        }
        if (e instanceof StreamReadException s) {
            return new ProblemException(ProblemType.MALFORMED, "the body is not valid JSON" + at(s));
        }
        return new ProblemException(ProblemType.MALFORMED, "the body is not valid JSON");
    }

    private static ProblemException field(JsonMappingException e, String message) {
        String field = path(e);
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    private static String at(StreamReadException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** figures[1].value from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
