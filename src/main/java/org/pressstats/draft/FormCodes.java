package org.pressstats.draft;

import java.util.Set;

/**
 * Numbers that name a part of the document or a code of a form, and count nothing: a document's own numbering
 * («Таблица 1», «см. приложение 3», «рис. 5», «п. 4.2»), a unit's code («ОКЕИ 642», «ед. (642)»), a row's or a column's
 * number («стр. 200», «гр. 7», «строка 010»), a work's code in a register («код 0291»).
 */
final class FormCodes {

    /** A document's own parts, numbered: «Таблица 1», «приложение 3», «раздел 4», «слайд 7». */
    private static final Set<String> REFERENCES = Set.of("таблица", "таблице", "таблицу", "таблицы", "приложение",
            "приложения", "приложении", "приложению", "рисунок", "рисунке", "раздел", "разделе", "раздела", "пункт",
            "пункте", "пункта", "слайд", "слайде", "диаграмма", "диаграмме", "график", "графике");
    /** The same cut short, with their full stop: «табл. 2», «рис. 5», «п. 4.2». */
    private static final Set<String> REFERENCES_CUT_SHORT = Set.of("табл", "рис", "п", "пп");
    /** Words whose number is a code: of a unit, a register, a row or a column of the form. */
    private static final Set<String> CODE_WORDS = Set.of("океи", "код", "кода", "коду", "строка", "строки", "строке", "строку",
            "графа", "графы", "графе", "графу");
    /** The same cut short: «стр. 200», «гр. 7». */
    private static final Set<String> CUT_SHORT = Set.of("стр", "гр");
    /** Units whose code may follow in brackets: «ед. (642)», «чел. (792)». */
    private static final Set<String> UNITS = Set.of("ед", "чел", "шт");

    private FormCodes() {
    }

    /** «Уникальный номер реестровой записи: 639100.Р.38…», «Код работы: 0291»: the value of a number's or a code's label. */
    private static boolean labelled(Sentence s, int before) {
        if (before < 1 || !s.token(before).is(":")) {
            return false;
        }
        for (int i = before - 1; i >= 0 && before - i <= LABEL_WORDS; i--) {
            String w = s.token(i).lower();
            if (w.equals("номер") || w.equals("код")) {
                return true;
            }
            if (s.token(i).lineBreakBefore() || s.token(i).isColumnBreak()) {
                return false;
            }
        }
        return false;
    }

    /** «639100.Р.38.1.02910002000», «Р.42.1.0291.0001.001»: a register's code, its parts glued by full stops. */
    private static boolean inADottedCode(Sentence s, NumberMention n) {
        int from = n.first();
        while (from > 0 && n.first() - from < CODE_TOKENS && s.token(from).adjacent() && codePart(s.token(from - 1))) {
            from--;
        }
        int to = n.first();
        while (to + 1 < s.size() && to - n.first() < CODE_TOKENS && s.token(to + 1).adjacent() && codePart(s.token(to + 1))) {
            to++;
        }
        int dots = 0;
        boolean letters = false;
        for (int i = from; i <= to; i++) {
            dots += s.token(i).is(".") ? 1 : 0;
            letters |= s.token(i).isWord();
        }
        return dots >= 2 && letters;
    }

    /** Token k is a form's word for one of its parts followed by the part's number: «гр. 3», «стр. 200», «графа 4». */
    static boolean refersToAPart(Sentence s, int k) {
        boolean dot = k + 1 < s.size() && s.token(k + 1).is(".") && s.token(k + 1).adjacent();
        int number = dot ? k + 2 : k + 1;
        return number < s.size() && s.numberAt(number) != null && partBefore(s, number, CODE_WORDS, CUT_SHORT);
    }

    /**
     * The word before token {@code number} names a part: one of {@code written} right before it, or one of
     * {@code cutShort} with its full stop («табл. 2» with its dot, «таблица 2» without).
     */
    private static boolean partBefore(Sentence s, int number, Set<String> written, Set<String> cutShort) {
        int i = number - 1;
        boolean dot = i > 0 && s.token(i).is(".") && s.token(i).adjacent();
        String word = i < 0 ? null : s.token(dot ? i - 1 : i).lower();
        return word != null && (dot ? cutShort.contains(word) : written.contains(word));
    }

    /** «1 | 2 | 3 | 4 | 5 | 6» under a form's header: the columns' numbers, each cell one number counting up by one. */
    static boolean numbersTheColumns(Sentence s) {
        if (!s.isTableRow() || s.numbers.size() < 3 || s.numbers.get(0).first() != Tables.firstCell(s)
                || s.numbers.get(0).value().longValue() > 1) {
            return false; // a row of labels and values, told at its first cell: no pass over it for each of its numbers
        }
        long expected = s.numbers.get(0).value().longValue();
        int cells = 0;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.isColumnBreak()) {
                continue;
            }
            NumberMention n = s.numberAt(i);
            if (n == null || n.first() != i || n.value().longValue() != expected++ || !t.isDigits()) {
                return false;
            }
            i = n.last();
            cells++;
        }
        return cells == s.numbers.size();
    }

    /** «130 Прирост подписчиков …, чел. — 3 120»: a row's code opening its line, before the label and the row's value. */
    private static boolean opensALineOfTheForm(Sentence s, NumberMention n) {
        Token first = s.token(n.first());
        if (n.first() != n.last() || first.text().length() < 2 || first.text().length() > 3 || !first.isDigits()
                || n.first() > 0 && !first.lineBreakBefore() || n.last() + 1 >= s.size()
                || !s.token(n.last() + 1).isWord() || !s.token(n.last() + 1).isUpperCase()) {
            return false;
        }
        for (int i = n.last() + 1; i < s.size() && !s.token(i).lineBreakBefore(); i++) {
            if (s.numberAt(i) != null) {
                return true;
            }
        }
        return false;
    }

    /** A register's code is read this many tokens either side of a number: «1.2.3.…» glued for pages costs no square. */
    private static final int CODE_TOKENS = 16;

    /** «Графы: 1 — уникальный номер …; 2 — наименование …»: the number of a column the legend describes. */
    private static boolean numbersALegendsColumn(Sentence s, NumberMention n) {
        Token t = s.token(n.first());
        return n.first() == n.last() && t.isDigits() && t.text().length() <= 2 && n.last() + 1 < s.size()
                && s.token(n.last() + 1).isAnyOf("—–-") && ColumnLegend.describes(s);
    }

    private static boolean codePart(Token t) {
        return t.isWord() || t.isDigits() || t.is(".");
    }

    /** A label's words looked at back from its colon. */
    private static final int LABEL_WORDS = 6;

    /** The number names a part of the document («Таблица 1», «рис. 5») or is a code of a form. */
    static boolean isCode(Sentence s, NumberMention n) {
        return partBefore(s, n.first(), REFERENCES, REFERENCES_CUT_SHORT) || isFormCode(s, n);
    }

    private static boolean isFormCode(Sentence s, NumberMention n) {
        int i = n.first() - 1;
        if (i >= 1 && s.token(i).isAnyOf("–—-,") && s.numberAt(i - 1) != null) {
            NumberMention before = s.numberAt(i - 1);
            if (before.last() == i - 1 && isFormCode(s, before)) {
                return true; // «стр. 210–214», «стр. 020, 040–060»
            }
        }
        if (partBefore(s, n.first(), CODE_WORDS, CUT_SHORT)) {
            return true;
        }
        if (labelled(s, i) || inADottedCode(s, n) || opensALineOfTheForm(s, n) || numbersALegendsColumn(s, n)) {
            return true;
        }
        // «ед. (642)»: a unit's code in brackets alone after the unit
        return i >= 2 && s.token(i).is("(") && s.token(i - 1).is(".") && UNITS.contains(s.token(i - 2).lower())
                && n.last() + 1 < s.size() && s.token(n.last() + 1).is(")") && s.token(n.first()).text().length() == 3;
    }
}
