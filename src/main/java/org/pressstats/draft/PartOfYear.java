package org.pressstats.draft;

import java.util.Set;

/**
 * A count said of a part of the year: «в декабре опубликовано 300 постов», «за первое полугодие — 900 пресс-релизов»,
 * «за 9 месяцев». Said in the number's own part of the sentence, before it or right after it. «С января по декабрь»
 * is the whole year; a level on a date («на 1 декабря») is not a count, and FigureReader asks only for counts.
 */
final class PartOfYear {

    private static final Set<String> MONTHS = Set.of("январе", "январь", "января", "феврале", "февраль", "февраля", "марте",
            "март", "марта", "апреле", "апрель", "апреля", "мае", "май", "мая", "июне", "июнь", "июня", "июле", "июль", "июля",
            "августе", "август", "августа", "сентябре", "сентябрь", "сентября", "октябре", "октябрь", "октября", "ноябре",
            "ноябрь", "ноября", "декабре", "декабрь", "декабря");
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен",
            "сент", "окт", "ноя", "нояб", "дек");
    private static final Set<String> PARTS = Set.of("квартале", "квартал", "квартала", "полугодии", "полугодие", "полугодия");
    private static final Set<String> PERIOD_PREPOSITIONS = Set.of("в", "во", "за", "течение");
    private static final int REACH = 4;

    private PartOfYear() {
    }

    static boolean said(Sentence s, NumberMention n) {
        int from = Math.max(0, n.first() - Sentence.WINDOW);
        int to = Math.min(s.size(), n.last() + REACH + 1);
        boolean january = false;
        boolean december = false;
        for (int i = from; i < to; i++) {
            january |= s.token(i).lower().startsWith("январ");
            december |= s.token(i).lower().startsWith("декабр");
        }
        if (january && december) {
            return false; // «с января по декабрь»: the whole year
        }
        for (int i = from; i < n.first(); i++) {
            if (s.bracket(i) != s.bracket(n.first()) || !marks(s, i)) {
                continue;
            }
            boolean near = s.sameItem(i, n.first()) || i >= n.first() - 12 && s.sameClause(i, n.first())
                    && !Neighbourhood.countBetween(s, i, n.first()) && !wholeYearBetween(s, i, n.first());
            if (near) {
                return true; // «Только в мае, в дни празднования 80-летия Победы, вышло 520 публикаций»
            }
        }
        for (int i = n.last() + 1; i < s.size() && i <= n.last() + REACH && s.sameItem(n.first(), i); i++) {
            if (s.numberAt(i) != null) {
                return false;
            }
            if (marks(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** «В мае запущен канал, за год в нём вышло 520 постов»: the whole year said between the month and the number. */
    private static boolean wholeYearBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            String w = s.token(i).lower();
            if ((w.equals("за") || w.equals("течение")) && s.token(i + 1).lower().startsWith("год")) {
                return true;
            }
        }
        return false;
    }

    /** «всего за 2021 год создан 31», «за год — 31»: the sentence gives a count of the whole year too. */
    static boolean wholeYearIn(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            NumberMention year = s.numberAt(i + 1);
            if (s.token(i).lower().equals("за") && year != null && year.looksLikeYear() || Lexicon.isTotalWord(s.token(i))) {
                return true;
            }
        }
        return wholeYearBetween(s, -1, s.size());
    }

    /**
     * «на 01.07 — 3 480», «5 100 подписчиков на 1 марта 2022 года»: a level on a date before November of the report's
     * year («на» or «к» it), said in the number's item, is no level at the year's end (one counted in November or
     * December is the report's).
     */
    static boolean onADateInTheYear(Sentence s, NumberMention n, Integer year) {
        int from = n.first();
        while (from > 0 && from > n.first() - Sentence.WINDOW && s.sameItem(from - 1, n.first())) {
            from--;
        }
        for (int i = Math.max(1, from); i < s.size() && i <= n.last() + REACH && s.sameItem(i, n.first()); i++) {
            DateOfAYear.Day date = s.numberAt(i) != n && DateOfAYear.ON_A_DAY.contains(s.token(i - 1).lower())
                    ? DateOfAYear.dayAt(s, i) : null;
            if (date == null) {
                continue;
            }
            Integer said = date.year() != null ? date.year() : year;
            boolean newYearsDay = date.day() == 1 && date.month() == 1;
            if (date.month() >= 1 && date.month() <= 10 && date.day() >= 1 && date.day() <= 31 && !newYearsDay
                    && java.util.Objects.equals(said, year)) {
                return true;
            }
        }
        return false;
    }

    /** A month's name in any case. */
    static boolean isMonth(Token t) {
        return MONTHS.contains(t.lower());
    }

    /** A table's header cell of a part of the year: «I кв.», «3 квартал», «Январь», «янв», «1 полугодие». */
    static boolean heads(java.util.List<Token> cell) {
        return cell.stream().anyMatch(t -> MONTHS.contains(t.lower()) || PARTS.contains(t.lower()) || t.lower().equals("кв")
                || t.lower().startsWith("полугод") || t.isWord() && MONTH_ABBREVIATIONS.contains(t.lower())) || monthsRun(cell);
    }

    /** «3 мес.», «9 месяцев»: a cell of fewer months than twelve, counted from the year's start. */
    private static boolean monthsRun(java.util.List<Token> cell) {
        boolean months = cell.stream().anyMatch(t -> t.lower().equals("мес") || t.lower().startsWith("месяц"));
        return months && cell.stream().anyMatch(t -> t.isDigits() && t.text().length() <= 2 && Integer.parseInt(t.text()) < 12)
                && cell.stream().noneMatch(t -> t.isDigits() && t.text().length() <= 2 && Integer.parseInt(t.text()) >= 12);
    }

    /** What a date in a table's cell says: a part of the year, or the end of a year (that year; null: the report's). */
    record DateCell(boolean part, Integer year) {
    }

    /** «на 31.01» → a part of the year; «на 31.12» → the year's end; «на 01.01.2024» → the end of 2023; null: no date. */
    static DateCell ofCell(String cell, Integer reportYear) {
        java.util.regex.Matcher date = DAY_AND_MONTH.matcher(cell);
        if (!date.find()) {
            return null;
        }
        int day = Integer.parseInt(date.group(1));
        int month = Integer.parseInt(date.group(2));
        Integer year = date.group(3) == null ? null : Integer.valueOf(DateOfAYear.fullYear(date.group(3)));
        if (day == 31 && month == 12) {
            return new DateCell(false, year != null ? year : reportYear);
        }
        if (day == 1 && month == 1 && year != null) {
            return new DateCell(false, year - 1);
        }
        return new DateCell(true, year);
    }

    private static final java.util.regex.Pattern DAY_AND_MONTH = java.util.regex.Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{2})(?:\\.((?:19|20)\\d{2}|\\d{2}))?(?![\\d.]|,\\d)");

    private static boolean isQuarter(Token t) {
        return Set.of("i", "ii", "iii", "iv", "1", "2", "3", "4").contains(t.lower());
    }

    /** «в декабре», «за май», «в первом квартале», «за первое полугодие», «за 9 месяцев» at token i. */
    private static boolean marks(Sentence s, int i) {
        String w = s.token(i).lower();
        String before = i > 0 ? s.token(i - 1).lower() : "";
        if (MONTHS.contains(w)) {
            boolean named = (w.endsWith("ь") || w.equals("март") || w.equals("май") || w.equals("август")) && i + 1 < s.size()
                    && s.token(i + 1).isAnyOf("-–—:"); // «Рекордным стал сентябрь - 187 публикаций»
            return PERIOD_PREPOSITIONS.contains(before) || named;
        }
        if (PARTS.contains(w)) {
            return true;
        }
        if (MONTH_ABBREVIATIONS.contains(w) && PERIOD_PREPOSITIONS.contains(before) && i + 1 < s.size() && s.token(i + 1).is(".")) {
            return true; // «9 — в дек.»
        }
        if (w.equals("кв") && i + 1 < s.size() && s.token(i + 1).is(".")) { // «кв. IV: п/р 356», «IV кв.», «4 кв.»
            return i > 0 && isQuarter(s.token(i - 1)) || i + 2 < s.size() && isQuarter(s.token(i + 2));
        }
        if ((w.equals("месяцев") || w.equals("месяца")) && i > 1 && s.numberAt(i - 1) != null) {
            NumberMention months = s.numberAt(i - 1);
            return months.first() > 0 && s.token(months.first() - 1).lower().equals("за") && months.value().intValue() < 12;
        }
        return false;
    }
}
