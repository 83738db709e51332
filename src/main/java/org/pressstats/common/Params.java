package org.pressstats.common;

import java.util.Arrays;

/**
 * Query and path parameters parsed here rather than by JAX-RS, whose conversion failures are a bare 404;
 * a bad value is a 400 that names the parameter.
 */
public final class Params {

    private Params() {
    }

    public static Integer integer(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "'" + raw + "' is not a whole number");
        }
    }

    public static int requiredInteger(String name, String raw) {
        Integer value = integer(name, raw);
        if (value == null) {
            throw ProblemException.badRequest(name, "is required");
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "'" + raw + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
