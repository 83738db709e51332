package org.pressstats.draft;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A form's legend of its numbered columns: «Графы: 1 — уникальный номер …; 5 — утверждено …; 6 — исполнено …». */
final class ColumnLegend {

    private static final Set<String> COLUMNS = Set.of("графы", "графа", "колонки", "столбцы", "гр");

    private ColumnLegend() {
    }

    /** The sentence names the columns and numbers them: «Графы: 1 — …; 2 — …». */
    static boolean describes(Sentence s) {
        return s.tokens.stream().limit(LEGEND_HEAD).anyMatch(t -> COLUMNS.contains(t.lower())) && s.numbers.size() >= 2;
    }

    /** Why each numbered column holds no count of the year, as its description says (the plan, codes, percentages). */
    static Map<Integer, Reason> read(Sentence s) {
        Map<Integer, Reason> apart = new HashMap<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            Token t = s.token(i);
            if (!t.isDigits() || t.text().length() > 2 || !s.token(i + 1).isAnyOf("—–-")) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            int j = i + 2;
            for (; j < s.size() && !s.token(j).isAnyOf(";") && !(s.token(j).isDigits() && j + 1 < s.size()
                    && s.token(j + 1).isAnyOf("—–-") && s.token(j - 1).is(",")); j++) {
                words.append(s.token(j).gap()).append(s.token(j).text());
            }
            Reason reason = TableHeader.apartFor(words.toString().strip());
            if (reason != null) {
                apart.put(Integer.parseInt(t.text()), reason);
            }
            i = j - 1;
        }
        return apart;
    }

    /** The legend's word for columns stands among the sentence's first tokens. */
    private static final int LEGEND_HEAD = 40;
}
