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

    /** «на 1 января 2024 года», «на начало 2024 года»: where the report's year ended, not next year. */
    private static boolean startOf(Sentence s, int yearAt) {
        String before = yearAt > 0 ? s.token(yearAt - 1).lower() : "";
        return before.equals("января") && yearAt > 1 && s.token(yearAt - 2).text().equals("1") || before.startsWith("начал");
    }
}
