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
        int lastName = -1;
        for (int i = s.from(at); i < s.to(at); i++) {
            T value = s.sameClause(at, i) && s.numberAt(i) == null ? name.apply(s, i) : null;
            if (value != null && !names.contains(value)) {
                names.add(value);
                lastName = i;
            }
        }
        List<NumberMention> numbers = numbersOfTheClause(s, at, counts::contains);
        T paired = paired(numbers, s.numberAt(at), names);
        boolean namesFirst = !numbers.isEmpty() && lastName < numbers.get(0).first();
        return paired != null || !namesFirst ? paired : inGroups(s, numbers, s.numberAt(at), names);
    }

    /**
     * «страниц администрации и главы … 18 430 и 9 870 соответственно, в Одноклассниках — 6 120 и 2 340»: the names said
     * before the numbers go with each group of as many numbers joined by «и», in order.
     */
    private static <T> T inGroups(Sentence s, List<NumberMention> numbers, NumberMention number, List<T> names) {
        int size = names.size();
        if (size < 2 || numbers.size() <= size || numbers.size() % size != 0) {
            return null;
        }
        for (int k = 0; k < numbers.size(); k++) {
            int and = numbers.get(k).last() + 1; // within a group, «6 120 и 2 340»
            if (k % size != size - 1 && !(s.token(and).lower().equals("и") && numbers.get(k + 1).first() == and + 1)) {
                return null;
            }
        }
        int k = numbers.indexOf(number);
        return k < 0 ? null : names.get(k % size);
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
