package org.pressstats.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pressstats.metric.MetricKind;

/**
 * The rules a report must keep beyond the shape of its JSON: the year range, one figure per
 * (metric, owner, platform), metrics from the catalog, baselines on growth figures only.
 */
public final class ReportRules {

    /** The first year a report may be about. */
    public static final int FIRST_YEAR = 1990;

    /** A broken rule: where (a JSON path in the report) and what. */
    public record Violation(String field, String message) {
    }

    private ReportRules() {
    }

    /** Years from 1990 up to the year after {@code currentYear} (plans are filed ahead). */
    public static boolean isAllowedYear(int year, int currentYear) {
        return year >= FIRST_YEAR && year <= currentYear + 1;
    }

    /**
     * Checks the figures and highlights of a report for {@code year}.
     *
     * @param kinds the catalog's kind of every known metric code among the figures
     * @return the violations, in the order of the figures; empty when the report keeps every rule
     */
    public static List<Violation> check(int year, List<FigureDto> figures, List<HighlightDto> highlights,
            Map<String, MetricKind> kinds) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            FigureDto figure = figures.get(i);
            String at = "figures[" + i + "]";
            Integer earlier = firstAt.putIfAbsent(levelKey(figure), i);
            if (earlier != null) {
                violations.add(new Violation(at, "duplicates figures[" + earlier + "]: both give " + describeLevel(figure)
                        + "; a report has one figure per metric, owner and platform"));
            }
            MetricKind kind = kinds.get(figure.metric());
            if (kind == null) {
                violations.add(new Violation(at + ".metric", "'" + figure.metric() + "' is not in the metric catalog"));
            } else if (kind == MetricKind.GROWTH && figure.baseline() == null) {
                violations.add(new Violation(at + ".baseline", "is required for the growth metric '" + figure.metric()
                        + "': the year or date the change is measured against"));
            } else if (kind != MetricKind.GROWTH && figure.baseline() != null) {
                violations.add(new Violation(at + ".baseline", "is only for growth metrics; '" + figure.metric()
                        + "' is " + kind));
            }
            if (figure.baseline() != null) {
                checkBaseline(figure.baseline(), year, at + ".baseline", violations);
            }
        }
        for (int i = 0; i < highlights.size(); i++) {
            HighlightDto highlight = highlights.get(i);
            if (highlight.unit() != null && highlight.quantity() == null) {
                violations.add(new Violation("highlights[" + i + "].unit", "is only allowed with a quantity"));
            }
        }
        return violations;
    }

    private static void checkBaseline(String baseline, int year, String at, List<Violation> violations) {
        LocalDate start;
        try {
            start = baseline.length() == 4 ? LocalDate.of(Integer.parseInt(baseline), 1, 1) : LocalDate.parse(baseline);
        } catch (DateTimeException | NumberFormatException e) {
            violations.add(new Violation(at, "'" + baseline + "' is not a real year or date"));
            return;
        }
        if (start.getYear() > year) {
            violations.add(new Violation(at, "'" + baseline + "' is after the report's year " + year));
        }
    }

    private static String levelKey(FigureDto figure) {
        return figure.metric() + "|" + figure.owner() + "|" + figure.platform();
    }

    private static String describeLevel(FigureDto figure) {
        return "metric " + figure.metric()
                + ", owner " + (figure.owner() == null ? "(all)" : figure.owner())
                + ", platform " + (figure.platform() == null ? "(all)" : figure.platform());
    }
}
