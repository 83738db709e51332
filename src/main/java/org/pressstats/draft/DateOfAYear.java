package org.pressstats.draft;

import java.util.Set;

/**
 * A time said with a date or a bare year: «на 31.12.2019», «на 31 декабря 2019 года», «в декабре 2019», «за 2019».
 * Answers the year whose state or count it gives (the first of January is where the year before ended).
 */
final class DateOfAYear {

    /** The year a date at token i is of, and its last token. */
    record Said(int year, int last) {
    }

    private static final Set<String> ON_A_DAY = Set.of("на", "к");
    private static final Set<String> IN_A_MONTH = Set.of("в", "во", "на");
    private static final Set<String> IN_A_YEAR = Set.of("в", "во", "за");
    private static final Set<String> YEAR_WORDS = Set.of("год", "года", "году", "г");

    private DateOfAYear() {
    }

    /** The date or year said from token i on («на», «в», «за» and what follows), or null. */
    static Said at(Sentence s, int i) {
        String w = s.token(i).lower();
        NumberMention next = i + 1 < s.size() ? s.numberAt(i + 1) : null;
        if (ON_A_DAY.contains(w) && next != null && next.first() == i + 1 && next.shape() == NumberMention.Shape.DATE
                && next.last() == i + 5) {
            // «на 31.12.2019», «к 01.01.2020»
            int yy = Integer.parseInt(s.token(i + 5).text());
            return said(s, yy < 100 ? 2000 + yy : yy, Integer.parseInt(s.token(i + 1).text()),
                    Integer.parseInt(s.token(i + 3).text()), i + 5);
        }
        if (ON_A_DAY.contains(w) && i + 3 < s.size() && s.token(i + 1).isDigits() && s.token(i + 1).text().length() <= 2
                && PartOfYear.isMonth(s.token(i + 2)) && isYear(s, i + 3)) {
            // «на 31 декабря 2019 года»
            int month = s.token(i + 2).lower().startsWith("январ") ? 1 : 0;
            return said(s, Integer.parseInt(s.token(i + 3).text()), Integer.parseInt(s.token(i + 1).text()), month, i + 3);
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

    /** Four digits of a year read alone, not part of a longer number. */
    private static boolean isYear(Sentence s, int i) {
        NumberMention n = i < s.size() ? s.numberAt(i) : null;
        return n != null && n.first() == i && n.last() == i && n.looksLikeYear();
    }
}
