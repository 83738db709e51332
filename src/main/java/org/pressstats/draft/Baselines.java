package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a change is measured against: «по сравнению с 2021 годом» → "2021", «с начала 2023 года» and «на начало 2023
 * года» → "2023-01-01", «за год», «на начало года» → the start of the report's year, «по сравнению с прошлым годом» →
 * the year before, «с 1 марта» → that day of the report's year, «за два года» → the year two before.
 */
final class Baselines {

    /** A baseline found in the text, where it stands. */
    record Found(String baseline, int start, int end) {
    }

    private static final String Y = "((?:19|20)\\d{2})";
    private static final Pattern START_OF_YEAR = Pattern.compile("(?iu)(?:(?:с|со)\\s+начала|(?:на|к)\\s+начал[оу])\\s+" + Y
            + "\\s*(?:года|г\\.?)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?:с|со|по состоянию на|относительно|по сравнению с)\\s+(\\d{1,2})(?:-?го)?\\s+"
            + "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\\s+" + Y);
    /** «С 1 января аудитория выросла на 5 600»: a day and month with no year is of the report's year. */
    private static final Pattern DAY_MONTH_OF_YEAR = Pattern.compile("(?iu)(?<!\\p{L})(?:с|со|относительно|по сравнению с)\\s+(\\d{1,2})(?:-?го)?\\s+"
            + "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?!\\s+(?:19|20)\\d{2})(?![\\p{L}\\d])");
    /** «прирост с 01.01 — +3 950»: a day and month in digits with no year is of the report's year (a time «с 10.00» is none). */
    private static final Pattern NUMERIC_DAY_MONTH_OF_YEAR = Pattern.compile("(?iu)(?<!\\p{L})(?:с|со|относительно)\\s+"
            + "(0[1-9]|[12]\\d|3[01])\\.(0[1-9]|1[0-2])(?![.\\d])");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?iu)(?:с|со|относительно|по сравнению с)\\s+(\\d{2})\\.(\\d{2})\\.((?:19|20)\\d{2})");
    private static final Pattern AGAINST_YEAR = Pattern.compile("(?iu)(?:по\\s+сравнению\\s+с|в\\s+сравнении\\s+с|относительно|против|"
            + "к\\s+уровню|к|с)\\s+" + Y + "(?:\\s*(?:годом|года|году|г\\.?))");
    /** «+9 800 к 2022», «Прирост к 2023»: a slide's or a header's short comparison, with no «году» after the year. */
    private static final Pattern AGAINST_BARE_YEAR = Pattern.compile("(?iu)(?<!\\p{L})(?:относительно|против|к)\\s+" + Y
            + "(?![\\d\\p{L}–-])(?!\\s*(?:годом|года|году|год|г\\.?)(?!\\p{L}))");
    /** «прирост за два года — 9 400»: the years before the report's, counted back from its end. */
    private static final Pattern DURING_YEARS = Pattern.compile("(?iu)(?<!\\p{L})за\\s+(?:последние\\s+)?(два|три|четыре|пять|[2-5])\\s+(?:года|лет)(?!\\p{L})");
    private static final Map<String, Integer> COUNTS = Map.of("два", 2, "три", 3, "четыре", 4, "пять", 5, "2", 2, "3", 3, "4", 4,
            "5", 5);
    private static final Pattern DURING_YEAR = Pattern.compile("(?iu)(?:за|в\\s+течение)\\s+" + Y + "\\s*(?:год|года|г\\.?)");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("(?iu)(?:по\\s+сравнению\\s+с|в\\s+сравнении\\s+с|относительно|к)\\s+"
            + "(?:аналогичным\\s+периодом\\s+)?(?:прошл|предыдущ|прошедш)[а-я]*\\s+(?:годом|года|году|год)"
            + "|чем\\s+(?:годом\\s+(?:ранее|раньше)|год\\s+назад|в\\s+(?:прошлом|предыдущем)\\s+году)");
    private static final Pattern THIS_YEAR = Pattern.compile("(?iu)(?:(?:с\\s+начала|на\\s+начало|к\\s+началу)\\s+"
            + "(?:отч[её]тного\\s+|текущего\\s+|этого\\s+)?года"
            + "|за\\s+(?:отч[её]тный\\s+|прошедший\\s+|минувший\\s+|истекший\\s+)?(?:год|период)|в\\s+течение\\s+года)");

    private Baselines() {
    }

    /** Every baseline wording in the span of the text, in order. */
    static List<Found> in(String text, int start, int end, Integer reportYear) {
        String part = text.substring(start, end);
        List<Found> found = new ArrayList<>();
        collect(found, START_OF_YEAR.matcher(part), start, m -> m.group(1) + "-01-01");
        collect(found, DAY_MONTH.matcher(part), start,
                m -> String.format("%s-%02d-%02d", m.group(3), DateOfAYear.monthOf(m.group(2).toLowerCase()), Integer.parseInt(m.group(1))));
        collect(found, NUMERIC_DATE.matcher(part), start, m -> m.group(3) + "-" + m.group(2) + "-" + m.group(1));
        collect(found, DURING_YEAR.matcher(part), start, m -> m.group(1) + "-01-01");
        collect(found, AGAINST_YEAR.matcher(part), start, m -> m.group(1));
        collect(found, AGAINST_BARE_YEAR.matcher(part), start, m -> m.group(1));
        if (reportYear != null) {
            collect(found, DAY_MONTH_OF_YEAR.matcher(part), start, m -> String.format("%d-%02d-%02d", reportYear,
                    DateOfAYear.monthOf(m.group(2).toLowerCase()), Integer.parseInt(m.group(1))));
            collect(found, NUMERIC_DAY_MONTH_OF_YEAR.matcher(part), start, m -> reportYear + "-" + m.group(2) + "-" + m.group(1));
            collect(found, PREVIOUS_YEAR.matcher(part), start, m -> String.valueOf(reportYear - 1));
            collect(found, DURING_YEARS.matcher(part), start, m -> String.valueOf(reportYear - COUNTS.get(m.group(1).toLowerCase())));
            collect(found, THIS_YEAR.matcher(part), start, m -> reportYear + "-01-01");
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        // a wording inside a longer one already read («с начала 2023 года» holds «с … 2023 года») is the same baseline
        List<Found> distinct = new ArrayList<>();
        for (Found f : found) {
            if (distinct.stream().noneMatch(d -> f.start() < d.end() && d.start() < f.end())) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    private static void collect(List<Found> into, Matcher m, int offset, java.util.function.Function<Matcher, String> value) {
        while (m.find()) {
            into.add(new Found(value.apply(m), offset + m.start(), offset + m.end()));
        }
    }

    /**
     * The baseline nearest to a number among those of its sentence; not one after another number, which is that number's
     * («выросла на 5 200 человек — это на 20 % больше, чем годом ранее»).
     */
    static Found nearest(List<Found> candidates, NumberMention number, Sentence s) {
        Found best = null;
        int numberStart = number.start();
        for (Found f : candidates) { // a bracket's number is an aside: «+4,2 тыс. (+18 %) за год»
            if (s.numbers.stream().anyMatch(m -> m.start() >= number.end() && m.end() <= f.start() && s.bracket(m.first()) < 0)) {
                continue;
            }
            int from = Math.min(number.end(), f.end());
            int to = Math.max(number.start(), f.start());
            // «Подписчики (в скобках — прирост с начала года): — ВК: 38 905 (+6 240); — ТГ: …»: a list's head holds for its items
            boolean head = s.colon() >= 0 && f.end() <= s.token(s.colon()).start() && number.start() > s.token(s.colon()).start();
            if (!head && s.tokens.stream().anyMatch(t -> t.is(";") && t.start() >= from && t.start() < to)) {
                continue; // «прирост … составил 17 тыс.; по сравнению с 2022 годом аудитория выросла вдвое»: another statement's
            }
            if (best == null || distance(f, numberStart) < distance(best, numberStart)) {
                best = f;
            }
        }
        return best;
    }

    private static int distance(Found f, int at) {
        return at >= f.end() ? at - f.end() : Math.max(0, f.start() - at);
    }
}
