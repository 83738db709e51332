package org.pressstats.draft;

import java.util.Map;
import java.util.Set;

/**
 * A time said with a date or a bare year: «на 31.12.2019», «на 31 декабря 2019 года», «в декабре 2019», «за 2019».
 * Answers the year whose state or count it gives (the first of January is where the year before ended).
 */
final class DateOfAYear {

    /** The year a date at token i is of, and its last token. */
    record Said(int year, int last) {
    }

    /** A day's date whose first token is at {@code first}; its year null when the date does not say it. */
    record Day(int day, int month, Integer year, int last) {
    }

    /** «на 31.12», «к 1 июля»: the words that say a level or a count is of a day. */
    static final Set<String> ON_A_DAY = Set.of("на", "к");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("января", 1), Map.entry("февраля", 2),
            Map.entry("марта", 3), Map.entry("апреля", 4), Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7),
            Map.entry("августа", 8), Map.entry("сентября", 9), Map.entry("октября", 10), Map.entry("ноября", 11),
            Map.entry("декабря", 12));
    private static final Set<String> IN_A_MONTH = Set.of("в", "во", "на");
    private static final Set<String> IN_A_YEAR = Set.of("в", "во", "за");
    private static final Set<String> YEAR_WORDS = Set.of("год", "года", "году", "г");

    private DateOfAYear() {
    }

    /** The date or year said from token i on («на», «в», «за» and what follows), or null. */
    static Said at(Sentence s, int i) {
        String w = s.token(i).lower();
        Day day = ON_A_DAY.contains(w) ? dayAt(s, i + 1) : null;
        if (day != null && day.year() != null) {
            return said(s, day.year(), day.day(), day.month(), day.last()); // «на 31.12.2019», «на 31 декабря 2019 года»
        }
        if (IN_A_MONTH.contains(w) && i + 2 < s.size() && PartOfYear.isMonth(s.token(i + 1)) && isYear(s, i + 2)) {
            return said(s, Integer.parseInt(s.token(i + 2).text()), 0, 0, i + 2); // «в декабре 2019»
        }
        if (IN_A_YEAR.contains(w) && isYear(s, i + 1)) {
            return said(s, Integer.parseInt(s.token(i + 1).text()), 0, 0, i + 1); // «в 2019», «за 2019» with no word for a year
        }
        return null;
    }

    private static Said said(Sentence s, int year, int day, int month, int last) {
        boolean newYearsDay = day == 1 && month == 1;
        boolean word = last + 1 < s.size() && YEAR_WORDS.contains(s.token(last + 1).lower());
        return new Said(newYearsDay ? year - 1 : year, word ? last + 1 : last);
    }

    /** «31.12.2019», «01.07», «1 марта 2022 года», «31 декабря» from token i on; null when no day's date starts there. */
    static Day dayAt(Sentence s, int i) {
        NumberMention n = i < s.size() ? s.numberAt(i) : null;
        if (n == null || n.first() != i) {
            return null;
        }
        if (n.shape() == NumberMention.Shape.DATE) {
            Integer year = n.last() == i + 4 ? Integer.valueOf(fullYear(s.token(i + 4).text())) : null;
            return new Day(Integer.parseInt(s.token(i).text()), Integer.parseInt(s.token(i + 2).text()), year, n.last());
        }
        int month = n.last() == i && i + 1 < s.size() ? monthOf(s.token(i + 1).lower()) : 0;
        if (month == 0 || !s.token(i).isDigits() || s.token(i).text().length() > 2) {
            return null;
        }
        boolean year = isYear(s, i + 2);
        return new Day(Integer.parseInt(s.token(i).text()), month, year ? Integer.valueOf(s.token(i + 2).text()) : null,
                year ? i + 2 : i + 1);
    }

    /** The months' genitives («января», …, «декабря»), for a pattern of dates written out. */
    static Set<String> monthNames() {
        return MONTHS.keySet();
    }

    /** The month a genitive names («марта» → 3), or 0. */
    static int monthOf(String genitive) {
        return MONTHS.getOrDefault(genitive, 0);
    }

    /** «19» → 2019; four digits as they are. */
    static int fullYear(String digits) {
        return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
    }

    /** Four digits of a year read alone, not part of a longer number. */
    private static boolean isYear(Sentence s, int i) {
        NumberMention n = i < s.size() ? s.numberAt(i) : null;
        return n != null && n.first() == i && n.last() == i && n.looksLikeYear();
    }
}
