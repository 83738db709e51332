package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** «…соответственно»: the names of a clause go with its numbers in order, when there are as many of each. */
final class Respectively {

    private static final String STEM = new Tokenizer().stem("соответственно");

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
        List<T> names = new ArrayList<>();
        for (int i = s.from(at); i < s.to(at); i++) {
            T value = s.sameClause(at, i) && s.numberAt(i) == null ? name.apply(s, i) : null;
            if (value != null && !names.contains(value)) {
                names.add(value);
            }
        }
        return paired(numbersOfTheClause(s, at, counts::contains), s.numberAt(at), names);
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
        List<String> codes = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>();
        for (int i = s.from(at); i < s.to(at); i++) {
            boolean word = s.sameClause(at, i) && s.numberAt(i) == null && s.token(i).isWord();
            String code = word && catalog.isKeyword(s.token(i).stem()) ? finder.choose(s, i) : null;
            if (code != null && !codes.contains(code)) {
                codes.add(code);
                anchors.add(i);
            }
        }
        List<NumberMention> numbers = numbersOfTheClause(s, at,
                m -> m.shape() == NumberMention.Shape.NUMBER && !m.looksLikeYear());
        Integer anchor = paired(numbers, number, anchors);
        return anchor == null ? null : new MetricFinder.Result(codes.get(anchors.indexOf(anchor)), anchor, false, null);
    }

    /** The numbers of the clause of token {@code at}, in order, that {@code counted} takes. */
    private static List<NumberMention> numbersOfTheClause(Sentence s, int at, Predicate<NumberMention> counted) {
        List<NumberMention> numbers = new ArrayList<>();
        for (int i = s.from(at); i < s.to(at); i++) {
            NumberMention m = s.numberAt(i);
            if (m != null && m.first() == i && s.sameClause(at, i) && counted.test(m)) {
                numbers.add(m);
            }
        }
        return numbers;
    }

    /** The name that stands at the number's place, when there are two or more numbers and as many names; else null. */
    private static <T> T paired(List<NumberMention> numbers, NumberMention number, List<T> names) {
        int k = numbers.indexOf(number);
        return numbers.size() > 1 && names.size() == numbers.size() && k >= 0 ? names.get(k) : null;
    }

    private static boolean said(Sentence s, int at) {
        if (s.positions(STEM).isEmpty()) {
            return false; // most sentences: no scan of the window for each number
        }
        for (int i = s.from(at); i < s.to(at); i++) {
            if (s.sameClause(at, i) && s.token(i).lower().equals("соответственно")) {
                return true;
            }
        }
        return false;
    }
}
