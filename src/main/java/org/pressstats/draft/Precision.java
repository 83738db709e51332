package org.pressstats.draft;

import java.util.List;
import java.util.Set;

import org.pressstats.report.Qualifier;

/**
 * How precise a number is, from the words before and after it: «более», «свыше», «не менее», «порог в»,
 * «превысило» are at least; «около», «порядка», «примерно», «почти», «~» are about; a bare number is exact.
 */
final class Precision {

    /** The qualifier and where its wording starts (the number's own start when it is bare). */
    record Found(Qualifier qualifier, int start) {
    }

    private static final Set<String> AT_LEAST = Set.of("более", "свыше", "больше", "превысил", "превысило", "превысила",
            "превысили", "превышает", "превышают", "перевалило", "перевалил", "перевалила", "перевалили", "перешагнуло",
            "перешагнул", "перешагнула", "перешагнули", "сверх", "выше", "минимум", "преодолен", "преодолена", "преодолено",
            "преодолели", "преодолела", "преодолело", "преодолел");
    private static final Set<String> AT_LEAST_NOUNS = Set.of("порог", "порога", "рубеж", "рубежа", "отметку", "отметки",
            "планку", "планки");
    private static final Set<String> APPROXIMATE = Set.of("около", "порядка", "примерно", "почти", "приблизительно",
            "ориентировочно", "практически", "~", "≈", "приблиз");
    // lower case only: «ОК» is Odnoklassniki
    private static final Set<String> ABBREVIATED_ABOUT = Set.of("ок", "прибл", "приблиз");
    private static final Set<String> ABBREVIATED_OVER = Set.of("св"); // «св. 1 900»: a form's «свыше»
    // words that may stand between the qualifier and the number: «более чем на 500», «порог в 10 тысяч»
    private static final Set<String> FILLERS = Set.of("чем", "на", "в", "за", "уже", "—", "–", "-", ":", "до", "с",
            "порог", "порога", "рубеж", "рубежа", "отметку", "отметки", "уровень", "уровня", "планку", "составило",
            "составил", "составила", "составили", "составляет", "составляют", "всего", "отметка", "«", "»", "(");

    private Precision() {
    }

    /** «ок», «прибл», «приблиз», «св» as written, before their full stop: «about», «over», which end no sentence. */
    static boolean isAbbreviatedQualifier(String raw) {
        return ABBREVIATED_ABOUT.contains(raw) || ABBREVIATED_OVER.contains(raw);
    }

    /** True for a word that announces a number: «более тысячи», «около миллиона». */
    static boolean isQualifierWord(String lower) {
        return AT_LEAST.contains(lower) || APPROXIMATE.contains(lower) || lower.equals("до") || lower.equals("от");
    }

    static Found of(List<Token> tokens, NumberMention number) {
        if (number.isRange()) {
            return new Found(Qualifier.AT_LEAST, number.start());
        }
        Token after = number.last() + 1 < tokens.size() ? tokens.get(number.last() + 1) : null;
        if (after != null && after.is("+") && after.adjacent()) {
            return new Found(Qualifier.AT_LEAST, number.start());
        }
        if (after != null && after.lower().equals("с") && number.last() + 2 < tokens.size()
                && Set.of("лишним", "небольшим", "гаком").contains(tokens.get(number.last() + 2).lower())) {
            return new Found(Qualifier.AT_LEAST, number.start());
        }
        boolean noun = false;
        for (int i = number.first() - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
            Token t = tokens.get(i);
            String word = t.lower();
            if (t.is(".") && t.adjacent() && i > 0 && isAbbreviatedQualifier(tokens.get(i - 1).text())) {
                boolean over = ABBREVIATED_OVER.contains(tokens.get(i - 1).text()); // «св. 1 900»
                return new Found(over ? Qualifier.AT_LEAST : Qualifier.APPROXIMATE, tokens.get(i - 1).start()); // «ок. 300»
            }
            if (APPROXIMATE.contains(word)) {
                return new Found(Qualifier.APPROXIMATE, t.start());
            }
            if (Growth.comparesBy(tokens, i)) {
                break; // «стало больше на 4 100»: by how much it changed, said exactly
            }
            if (Set.of("больше", "меньше", "выше").contains(word) && i + 1 < number.first() && tokens.get(i + 1).isAnyOf(":—–")) {
                break; // «Пресс-релизов стало больше: 1 450 против 1 210»: the comparison is said, the number is exact
            }
            if (AT_LEAST.contains(word)) {
                // «не более» is an upper bound, which no qualifier says exactly: about is the honest reading
                return new Found(negated(tokens, i) ? Qualifier.APPROXIMATE : Qualifier.AT_LEAST, start(tokens, i));
            }
            if (word.equals("менее") || word.equals("меньше")) {
                return negated(tokens, i) ? new Found(Qualifier.AT_LEAST, tokens.get(i - 1).start())
                        : new Found(Qualifier.APPROXIMATE, t.start());
            }
            if (word.equals("малого") && i > 0 && tokens.get(i - 1).lower().equals("без")) {
                return new Found(Qualifier.APPROXIMATE, tokens.get(i - 1).start());
            }
            if (AT_LEAST_NOUNS.contains(word)) {
                noun = true;
            }
            if (!FILLERS.contains(word)) {
                break;
            }
        }
        // «преодолен порог в 10 тысяч», «рубеж в 5 000»: a threshold passed is at least
        if (noun) {
            return new Found(Qualifier.AT_LEAST, number.start());
        }
        return new Found(Qualifier.EXACT, number.start());
    }

    /** «не менее», «не более»: the particle turns the bound around. */
    private static boolean negated(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).lower().equals("не");
    }

    private static int start(List<Token> tokens, int i) {
        return negated(tokens, i) ? tokens.get(i - 1).start() : tokens.get(i).start();
    }
}
