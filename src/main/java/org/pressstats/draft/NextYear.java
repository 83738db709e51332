package org.pressstats.draft;

import java.util.Set;

/** A number about next year: a goal, not a result of the report's year. */
final class NextYear {

    private static final Set<String> PLAN_WORDS = Set.of("планируется", "планирует", "планируем", "планах", "предстоит",
            "намечено", "запланировано", "увеличить", "довести", "достичь", "нарастить");

    private NextYear() {
    }

    /** A number about next year is a goal, not a result: a plan word or next year in its item or opening its sentence. */
    static boolean said(Sentence s, NumberMention n, Integer year) {
        for (int i = 0; i < s.to(n.first()); i++) {
            if (!s.sameItem(n.first(), i) && i > 4) {
                i = Math.max(i, s.from(n.first()) - 1);
                continue;
            }
            Token t = s.token(i);
            if (t.lower().startsWith("следующ") && i + 1 < s.size() && s.token(i + 1).lower().startsWith("год")) {
                return true; // «На следующий год задача простая: … канал должен вырасти до 20 тысяч»
            }
            if (PLAN_WORDS.contains(t.lower()) || year != null && t.isDigits() && t.text().equals(String.valueOf(year + 1))
                    && !startOf(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** «- [x] Не менее 1 000 пресс-релизов за год», «- [ ] Выйти на 20 000 подписчиков»: a goal ticked off in a checklist. */
    static boolean inAChecklist(Sentence s, NumberMention n) {
        int i = n.first();
        while (i > 0 && !s.token(i).lineBreakBefore()) {
            i--;
        }
        i += i + 1 < s.size() && s.token(i).isAnyOf("-*+•") ? 1 : 0;
        if (i + 1 >= s.size() || !s.token(i).is("[")) {
            return false;
        }
        String mark = s.token(i + 1).lower();
        return s.token(i + 1).is("]") || (mark.equals("x") || mark.equals("х")) && i + 2 < s.size() && s.token(i + 2).is("]");
    }

    /** «план — 1 000, факт — 1 245», «при плановом значении 900», «(план – 7 500)», «из 50 запланированных»: the plan's number. */
    static boolean isThePlan(Sentence s, NumberMention n) {
        int i = n.first() - 1;
        while (i >= 0 && (s.token(i).isAnyOf("—–-:=(") || s.token(i).lower().startsWith("значени")
                || s.token(i).lower().startsWith("показател"))) {
            i--;
        }
        int next = n.last() + 1;
        return i >= 0 && s.sameItem(n.first(), i) && isPlan(s.token(i).lower())
                || next < s.size() && s.token(next).lower().startsWith("запланированн");
    }

    private static boolean isPlan(String word) {
        return word.equals("план") || word.equals("плане") || word.equals("плану") || word.startsWith("планов")
                || word.startsWith("запланированн") || word.startsWith("целев") || word.startsWith("утвержд"); // «утверждено — 1 400; исполнено — 1 502»
    }

    /** «на 1 января 2024 года», «на начало 2024 года», «на 01.01.2024»: where the report's year ended, not next year. */
    private static boolean startOf(Sentence s, int yearAt) {
        String before = yearAt > 0 ? s.token(yearAt - 1).lower() : "";
        NumberMention date = s.numberAt(yearAt);
        DateOfAYear.Day day = date == null ? null : DateOfAYear.dayAt(s, date.first());
        boolean newYearsDate = day != null && day.year() != null && day.last() == yearAt && day.day() == 1 && day.month() == 1;
        return before.equals("января") && yearAt > 1 && s.token(yearAt - 2).text().equals("1") || before.startsWith("начал")
                || newYearsDate;
    }
}
