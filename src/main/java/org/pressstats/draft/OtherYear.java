package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A number the text gives for another year than the report's: «(в 2021 году — 398 тыс.)», «против 2 100 в 2021
 * году», «годом ранее — 140», «Если в 2024 году было 1 870 пресс-релизов, то в 2025 году — 2 105», and the value a
 * change started from, «с 9 800 до 14 250». The year is said in the number's own part of the sentence (between
 * commas, in its own brackets), before it or right after it.
 */
final class OtherYear {

    private enum When {
        THIS_YEAR, ANOTHER_YEAR
    }

    /** A word of time and where it ends. */
    private record Marker(When when, int last) {
    }

    // a year said of a time: «в 2021 году», «за 2021 год», «по итогам 2021 года», «на конец 2021 года», «в 2021-м»
    private static final Set<String> BEFORE_A_YEAR = Set.of("в", "во", "за", "итогам", "конец", "концу", "начало", "началу");
    private static final Set<String> YEAR_WORDS = Set.of("год", "года", "году", "г");
    private static final Set<String> PAST = Set.of("прошлом", "прошлый", "прошлого", "предыдущем", "предыдущий",
            "предыдущего", "позапрошлом", "позапрошлый", "позапрошлого");
    private static final Set<String> PRESENT = Set.of("этом", "текущем", "отчетном", "этот", "текущий", "отчетный");
    private static final Set<String> NOW = Set.of("сейчас", "сегодня", "ныне", "теперь");
    // a new value after an old one: «с 5 в 2024 году до 9», «…, а в 2025 году — …», «если …, то …»
    private static final Set<String> TURNS = Set.of("до", "а", "но", "то", "тогда", "против");
    private static final int REACH = 10;
    /** Words of a value's precision between «/» and the value: «свыше 550 / свыше 600». */
    private static final Set<String> PRECISION_WORDS = Set.of("свыше", "более", "около", "порядка", "примерно", "почти",
            "не", "менее", "~");

    private OtherYear() {
    }

    /**
     * The year a number of an «A / B» pair stands for, when the sentence names two years so («(2023 / 2024)»): the
     * first year for A, the second for B; null when it is no such pair.
     */
    static Integer yearOfAPair(Sentence s, NumberMention n, int[] above) {
        if (beside(s, n) == null) {
            return null;
        }
        int[] years = Objects.requireNonNullElse(yearsOfAPair(s), Objects.requireNonNullElse(above, new int[0]));
        int index = 0;
        for (NumberMention p = previous(s, n); p != null && index <= years.length; p = previous(s, p)) {
            index++;
        }
        return years.length < 2 || index >= years.length ? null : years[index];
    }

    /** The years a sentence names across «/» («(2022 / 2023)», «(2022 / 2023 / 2024)»), or null. */
    static int[] yearsOfAPair(Sentence s) {
        for (NumberMention first : s.numbers) {
            NumberMention second = first.looksLikeYear() ? next(s, first) : null;
            if (second != null && second.looksLikeYear()) {
                List<Integer> years = new ArrayList<>(List.of(first.value().intValue()));
                for (NumberMention y = second; y != null && y.looksLikeYear() && years.size() < 10; y = next(s, y)) {
                    years.add(y.value().intValue());
                }
                return years.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return null;
    }

    /** Whether a sentence holds an «A / B» pair of numbers. */
    static boolean hasAPair(Sentence s) {
        return s.numbers.stream().anyMatch(n -> beside(s, n) != null);
    }

    /** Whether n is one of two years across a «/»: «(2023 / 2024)». */
    static boolean inAPairOfYears(Sentence s, NumberMention n) {
        NumberMention other = n.looksLikeYear() ? beside(s, n) : null;
        return other != null && other.looksLikeYear();
    }

    /** The number across a «/» from n: «4 120 / 5 030», «свыше 550 / свыше 600». */
    private static NumberMention beside(Sentence s, NumberMention n) {
        NumberMention next = next(s, n);
        return next != null ? next : previous(s, n);
    }

    private static NumberMention next(Sentence s, NumberMention n) {
        int after = n.last() + 2;
        while (after < s.size() && after - n.last() <= 3 && PRECISION_WORDS.contains(s.token(after).lower())) {
            after++;
        }
        return after < s.size() && s.token(n.last() + 1).is("/") && s.numberAt(after) != null ? s.numberAt(after) : null;
    }

    private static NumberMention previous(Sentence s, NumberMention n) {
        int slash = n.first() - 1;
        while (slash >= 0 && n.first() - slash <= 2 && PRECISION_WORDS.contains(s.token(slash).lower())) {
            slash--;
        }
        if (slash >= 1 && s.token(slash).is("/") && s.numberAt(slash - 1) != null) {
            NumberMention before = s.numberAt(slash - 1);
            return before.last() == slash - 1 ? before : null;
        }
        return null;
    }

    /** «(2023 — 6 800)», «2022: 5 400», «: 2021 г. — 1 312; 2022 г. — 1 405»: the year that labels the number, opening its bracket or its item; else null. */
    private static Integer yearLabel(Sentence s, NumberMention n) {
        int sign = n.first() - 1;
        int end = sign - 1;
        end = end >= 1 && s.token(end).is(".") && YEAR_WORDS.contains(s.token(end - 1).lower()) ? end - 2
                : end >= 0 && YEAR_WORDS.contains(s.token(end).lower()) ? end - 1 : end; // «2021 г.», «2021 год»
        NumberMention label = sign >= 1 && end >= 0 && s.token(sign).isAnyOf("—–-:") ? s.numberAt(end) : null;
        if (label == null || !label.looksLikeYear() || label.last() != end) {
            return null;
        }
        int before = label.first() - 1;
        boolean opens = before < 0 || s.token(before).isAnyOf("(,;:") || !s.sameItem(before, label.first());
        return opens ? Integer.valueOf(label.value().intValue()) : null;
    }

    /** «за три года … создали 142 госпаблика», «за 2021–2023 годы — 8 600»: a count of several years, not of the report's. */
    static boolean overSeveralYears(Sentence s, NumberMention n) {
        for (int i = Math.max(0, n.first() - 12); i + 1 < n.first(); i++) {
            NumberMention span = s.numberAt(i + 1);
            boolean over = span != null && span.first() == i + 1 && isSpanOfYears(s, span) && s.sameClause(i, n.first())
                    && !Neighbourhood.numberBetween(s, span.last(), n.first())
                    && !(i > 0 && s.token(i - 1).lower().equals("впервые")); // «Впервые за 10 лет … превысило 1,1 млрд»
            if (over && (span.isRange() || span.value().intValue() > 1 && span.value().intValue() < 50)) {
                return true;
            }
        }
        return false;
    }

    /** «за три года», «за 2021–2023 годы»: a span of years said with «за», no count of anything. */
    static boolean isSpanOfYears(Sentence s, NumberMention span) {
        int unit = span.last() + 1;
        if (span.first() == 0 || !s.token(span.first() - 1).lower().equals("за") || unit >= s.size()) {
            return false;
        }
        String w = s.token(unit).lower();
        return w.equals("года") || w.equals("лет") || w.equals("годы");
    }

    /** «→», «⟶», «➝»: an arrow from an earlier value (or year) to a later one. */
    static boolean isArrow(Token t) {
        return t.isAnyOf("→⟶➝");
    }

    /**
     * True when the sentence says the number of a year other than the report's (null: only «годом ранее» and the like);
     * {@code pairAbove}: the years of the pairs in the lines above («ЦИФРЫ ГОДА (2022 / 2023)»), or null.
     */
    static boolean said(Sentence s, NumberMention n, Integer year, int[] pairAbove) {
        Integer paired = year == null || n.looksLikeYear() ? null : yearOfAPair(s, n, pairAbove);
        if (paired != null) {
            return !paired.equals(year); // «Подписчики (2023 / 2024): ВКонтакте — 4 120 / 5 030»
        }
        if (n.first() > 0 && s.token(n.first() - 1).lower().equals("против")) {
            return true; // «15 200 подписчиков против 12 600»: the number compared with
        }
        // a change over several years is measured against the year before them («прирост за два года — 9 400»)
        if (startsAChange(s, n) || overSeveralYears(s, n) && !Boolean.TRUE.equals(Growth.wording(s, n))) {
            return true;
        }
        Integer labelled = year == null ? null : yearLabel(s, n);
        if (labelled != null) {
            return !labelled.equals(year);
        }
        Marker after = null;
        for (int i = n.last() + 1; i < s.size() && i <= n.last() + REACH && s.sameItem(n.first(), i); i++) {
            Token t = s.token(i);
            if (t.is("(") || s.numberAt(i) != null && !isYearAt(s, i) || TURNS.contains(t.lower())) {
                break;
            }
            after = markerAt(s, i, year);
            if (after != null) {
                break;
            }
        }
        if (after != null) {
            return after.when() == When.ANOTHER_YEAR;
        }
        if (n.first() >= 2 && s.token(n.first() - 1).is("(") && n.last() + 1 < s.size() && s.token(n.last() + 1).is(")")) {
            // «на 12% больше, чем в 2023 году (1 277)»: a number alone in brackets right after a time is that time's
            for (int i = Math.max(0, n.first() - 6); i < n.first() - 1; i++) {
                Marker m = markerAt(s, i, year);
                if (m != null && m.last() == n.first() - 2) {
                    return m.when() == When.ANOTHER_YEAR;
                }
            }
        }
        Marker before = null;
        for (int i = Math.max(0, n.first() - Sentence.WINDOW); i < n.first(); i++) {
            if (!s.sameItem(i, n.first()) || s.bracket(i) != s.bracket(n.first())) {
                continue;
            }
            if (TURNS.contains(s.token(i).lower())) {
                before = null; // the old value's year does not reach past «до», «а», «то»
                continue;
            }
            Marker m = markerAt(s, i, year);
            if (m != null && m.last() < n.first()) {
                before = m;
                i = m.last();
            }
        }
        return before != null && before.when() == When.ANOTHER_YEAR;
    }

    /** «с 9 800 до 14 250», «0 → 16 тыс.»: the value a change started from, with the new one after «до» or the arrow. */
    private static boolean startsAChange(Sentence s, NumberMention n) {
        int arrow = n.last() + 1;
        if (arrow + 1 < s.size() && (isArrow(s.token(arrow)) || s.token(arrow).is("-") && s.token(arrow + 1).is(">")
                && s.token(arrow + 1).adjacent())) {
            int next = s.token(arrow).is("-") ? arrow + 2 : arrow + 1;
            return next < s.size() && s.numberAt(next) != null;
        }
        if (n.first() == 0 || !(s.token(n.first() - 1).lower().equals("с") || s.token(n.first() - 1).lower().equals("со"))) {
            return false;
        }
        for (int i = n.last() + 1; i + 1 < s.size() && i <= n.last() + REACH && s.sameItem(n.first(), i); i++) {
            if (s.token(i).is("(") || s.numberAt(i) != null) {
                return false;
            }
            if (s.token(i).lower().equals("до")) {
                return s.numberAt(i + 1) != null;
            }
        }
        return false;
    }

    /** The time said from token i on, or null. */
    private static Marker markerAt(Sentence s, int i, Integer year) {
        String w = s.token(i).lower();
        String next = i + 1 < s.size() ? s.token(i + 1).lower() : "";
        if (w.equals("годом") && (next.equals("ранее") || next.equals("раньше"))) {
            return new Marker(When.ANOTHER_YEAR, i + 1);
        }
        if (PAST.contains(w) && next.startsWith("год")) {
            return new Marker(When.ANOTHER_YEAR, i + 1);
        }
        if (PRESENT.contains(w) && (next.startsWith("год") || next.equals("период"))) {
            return new Marker(When.THIS_YEAR, i + 1);
        }
        if (NOW.contains(w)) {
            return new Marker(When.THIS_YEAR, i);
        }
        if ((w.equals("начало") || w.equals("начале")) && next.equals("года") && i > 0
                && (s.token(i - 1).lower().equals("на") || s.token(i - 1).lower().equals("в"))) {
            return new Marker(When.ANOTHER_YEAR, i + 1); // «на начало года насчитывало 26 400»: where the year before ended
        }
        // «на 1 января 2023 года»: where 2022 ended, like «на начало 2023 года»
        boolean newYearsDay = w.equals("января") && i >= 2 && s.token(i - 1).text().equals("1")
                && (s.token(i - 2).lower().equals("на") || s.token(i - 2).lower().equals("к"));
        if (year == null || !BEFORE_A_YEAR.contains(w) && !newYearsDay || !isYearAt(s, i + 1)) {
            DateOfAYear.Said date = year == null ? null : DateOfAYear.at(s, i); // «на 31.12.2019», «в декабре 2019»
            return date == null ? null : new Marker(date.year() == year ? When.THIS_YEAR : When.ANOTHER_YEAR, date.last());
        }
        Token digits = s.token(i + 1);
        int said = Integer.parseInt(digits.text());
        if (w.startsWith("начал") || newYearsDay) {
            said--; // «на начало 2025 года»: where 2024 ended
        }
        int last = i + 2 < s.size() && s.token(i + 2).is("-") ? i + 3 : i + 2;
        return new Marker(said == year ? When.THIS_YEAR : When.ANOTHER_YEAR, Math.min(last, s.size() - 1));
    }

    /** «2021 году», «2021 г.», «2021-м»: four digits of a year and the word for one. */
    private static boolean isYearAt(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.token(i).isDigits() || s.token(i).text().length() != 4) {
            return false;
        }
        int value = Integer.parseInt(s.token(i).text());
        Token next = s.token(i + 1);
        boolean yearWord = YEAR_WORDS.contains(next.lower())
                || next.is("-") && next.adjacent() && i + 2 < s.size() && s.token(i + 2).lower().equals("м")
                || (next.isAnyOf("—–") || next.is("-") && !next.adjacent() || next.is(":")) && i + 2 < s.size()
                        && s.numberAt(i + 2) != null; // «(в 2022 — 148)»: the year's value right after it
        return value >= 1990 && value <= 2100 && yearWord;
    }
}
