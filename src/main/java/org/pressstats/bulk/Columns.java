package org.pressstats.bulk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a long-format table and the reading of its cells: which header names it has and takes, where each
 * stands in the file, and the typed value of a cell or what is wrong with it.
 */
final class Columns {

    private final List<String> names;
    private final Set<String> required;
    private final Map<String, Integer> at = new HashMap<>();
    private int width;

    Columns(List<String> names, Set<String> required) {
        this.names = names;
        this.required = required;
    }

    List<String> names() {
        return names;
    }

    /** Reads a header row; every problem with it goes to {@code errors}. */
    void header(List<String> header, ImportErrors errors) {
        width = header.size();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty() && i == header.size() - 1) {
                width--; // a trailing separator
                continue;
            }
            if (!names.contains(name)) {
                errors.add(1, name, name, "is not a column of this import; the columns are " + String.join(", ", names));
            } else if (at.putIfAbsent(name, i) != null) {
                errors.add(1, name, name, "is a column twice");
            }
        }
        for (String name : names) {
            if (required.contains(name) && !at.containsKey(name)) {
                errors.add(1, name, null, "is a required column and the header has none");
            }
        }
    }

    /** Whether the row has no more fields than the header; a row that has more is reported. */
    boolean fits(int line, List<String> cells, ImportErrors errors) {
        int used = cells.size();
        while (used > width && cells.get(used - 1).isBlank()) {
            used--;
        }
        if (used > width) {
            errors.add(line, null, String.join(",", cells.subList(width, used)), "has " + used + " fields; the header has " + width);
            return false;
        }
        return true;
    }

    /** The name of the column at an index of the file, or its letter position when it has none. */
    String nameAt(int index) {
        return at.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst()
                .orElse("column " + (index + 1));
    }

    /** The cell of a column, stripped; null when empty or when the table has no such column. */
    String cell(List<String> cells, String column) {
        Integer i = at.get(column);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String value = cells.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    /** The cell of a column as the file gives it (prose keeps its spaces); null when empty or absent. */
    String raw(List<String> cells, String column) {
        Integer i = at.get(column);
        if (i == null || i >= cells.size() || cells.get(i).isEmpty()) {
            return null;
        }
        return cells.get(i);
    }

    /** A required cell: reported when empty. */
    String required(int line, List<String> cells, String column, ImportErrors errors) {
        String value = cell(cells, column);
        if (value == null) {
            errors.add(line, column, null, "must not be empty");
        }
        return value;
    }

    /** A whole number; spreadsheets write «3 415» or «3415.0», both are 3415. */
    Long number(int line, String column, String raw, ImportErrors errors) {
        if (raw == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace(',', '.'));
            if (value.stripTrailingZeros().scale() > 0) {
                return fail(line, column, raw, "is not a whole number", errors);
            }
            return value.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return fail(line, column, raw, "is not a number", errors);
        }
    }

    /** An enum constant by name, in any case. */
    <E extends Enum<E>> E constant(int line, String column, String raw, Class<E> type, ImportErrors errors) {
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(line, column, raw, "is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static Long fail(int line, String column, String raw, String message, ImportErrors errors) {
        errors.add(line, column, raw, message);
        return null;
    }

    static List<String> copy(List<String> names) {
        return new ArrayList<>(names);
    }
}
