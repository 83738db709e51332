package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** «…соответственно»: the names of a clause go with its numbers in order, when there are as many of each. */
final class Respectively {

    private Respectively() {
    }

    /**
     * «во ВКонтакте и Одноклассниках … соответственно 45 тыс. и 12 тыс.»: as many names as counts in the clause, in
     * order; the name of the number at token {@code at}, or null.
     */
    static <T> T name(Sentence s, int at, Set<NumberMention> counts, BiFunction<Sentence, Integer, T> name) {
        if (!said(s, at)) {
            return null;
        }
        List<NumberMention> inClause = new ArrayList<>();
        for (int i = s.from(at); i < s.to(at); i++) {
            NumberMention m = s.numberAt(i);
            if (m != null && m.first() == i && counts.contains(m) && s.sameClause(at, i)) {
                inClause.add(m);
            }
        }
        List<T> names = new ArrayList<>();
        for (int i = s.from(at); i < s.to(at); i++) {
            T value = s.sameClause(at, i) && s.numberAt(i) == null ? name.apply(s, i) : null;
            if (value != null && !names.contains(value)) {
                names.add(value);
            }
        }
        int k = inClause.indexOf(s.numberAt(at));
        return inClause.size() > 1 && names.size() == inClause.size() && k >= 0 ? names.get(k) : null;
    }

    /**
     * «3 950 и 610 пресс-релизов и фоторепортажей соответственно»: the metric of the number at its place among the
     * clause's numbers, or null.
     */
    static MetricFinder.Result metric(Sentence s, NumberMention number, MetricCatalog catalog, MetricFinder finder) {
        int at = number.first();
        if (!said(s, at)) {
            return null;
        }
        List<NumberMention> numbers = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>();
        for (int i = s.from(at); i < s.to(at); i++) {
            NumberMention m = s.numberAt(i);
            if (!s.sameClause(at, i)) {
                continue;
            }
            if (m != null && m.first() == i && m.shape() == NumberMention.Shape.NUMBER && !m.looksLikeYear()) {
                numbers.add(m);
            }
            String code = m == null && s.token(i).isWord() && catalog.isKeyword(s.token(i).stem()) ? finder.choose(s, i) : null;
            if (code != null && !codes.contains(code)) {
                codes.add(code);
                anchors.add(i);
            }
        }
        int k = numbers.indexOf(number);
        return numbers.size() > 1 && codes.size() == numbers.size() && k >= 0
                ? new MetricFinder.Result(codes.get(k), anchors.get(k), false, null) : null;
    }

    private static boolean said(Sentence s, int at) {
        for (int i = s.from(at); i < s.to(at); i++) {
            if (s.sameClause(at, i) && s.token(i).lower().equals("соответственно")) {
                return true;
            }
        }
        return false;
    }
}
