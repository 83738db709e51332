package org.pressstats.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * page, size and sort from the query string, checked against a whitelist of sortable fields.
 * {@code orderBy} is safe to put in JPQL: it is built only from whitelisted column expressions.
 */
public record PageRequest(int page, int size, String orderBy) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /**
     * @param sortable API field name to JPQL expression, in the order shown to clients
     * @param defaultSort used when no sort is asked for, e.g. "year,desc"
     * @param tieBreaker appended last so that pages are stable
     */
    public static PageRequest of(Integer page, Integer size, List<String> sort,
            Map<String, String> sortable, String defaultSort, String tieBreaker) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.badRequest("page", "must be 0 or greater");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        // the offset, page × size, is an int in the queries: a page past it cannot exist
        if ((long) p * s > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("page", "must be at most " + Integer.MAX_VALUE / s + " with size " + s);
        }
        List<String> asked = sort == null || sort.isEmpty() ? List.of(defaultSort) : sort;
        Map<String, String> order = new LinkedHashMap<>();
        for (String item : asked) {
            String[] parts = item.split(",", -1);
            String field = parts[0].trim();
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
            if (!sortable.containsKey(field) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                throw ProblemException.badRequest("sort", "'" + item + "' is not one of field,asc|desc with field in "
                        + String.join(", ", sortable.keySet()));
            }
            order.putIfAbsent(sortable.get(field), direction);
        }
        order.putIfAbsent(tieBreaker, "asc");
        List<String> clauses = new ArrayList<>();
        order.forEach((column, direction) -> clauses.add(column + " " + direction));
        return new PageRequest(p, s, String.join(", ", clauses));
    }

    public int offset() {
        return page * size;
    }
}
