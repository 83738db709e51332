package org.pressstats.draft;

import java.util.Set;

/** Whether a full stop ends a sentence or only a word cut short: «г. Братск», «С.В.», «в т.ч. 148», «ед. — 130». */
final class FullStops {

    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "ул", "пр", "им", "т", "д", "см", "стр", "рис", "обл",
            "просп", "пос", "ред", "англ", "тел", "св", "ст", "р", "н", "э", "др", "пл", "адм", "гл", "зам");
    private static final Set<String> UNITS = Set.of("ед", "чел", "шт", "экз");

    private FullStops() {
    }

    /** «г.», «ул.», «С.» of «С.В.», «ч.» of «т.ч.»: a full stop that does not end the sentence. */
    static boolean endsAnAbbreviation(String text, int dot) {
        String word = wordBefore(text, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        int before = dot - 2 >= 0 && text.charAt(dot - 2) == ' ' ? dot - 3 : dot - 2;
        if (word.length() == 1 && before >= 1 && text.charAt(before) == '.' && Character.toLowerCase(text.charAt(before - 1)) == 'т'
                && (before < 2 || !Character.isLetter(text.charAt(before - 2)))) {
            return true; // «в т.ч. 148», «т. е.», «т.п.»
        }
        if (Precision.isAbbreviatedQualifier(word)) {
            return true; // «ок. 300», «св. 1 900»; case-sensitive: «в ОК.» ends a sentence
        }
        int start = dot - word.length();
        String slashed = start >= 2 && text.charAt(start - 1) == '/' ? text.substring(start - 2, dot) : word; // «ф/отч.»
        // «просм. — 4,6 млн», «запр. СМИ — 64» go on; «150 подп. Личные страницы главы …» ends where a word opens with a capital
        // «Количество фоторепортажей, ед. — 130»: a unit's full stop as well
        return ABBREVIATIONS.contains(Tokenizer.normalize(word))
                || Tokenizer.isAbbreviation(Tokenizer.normalize(slashed)) && !capitalizedWordAfter(text, dot)
                || UNITS.contains(Tokenizer.normalize(word)) && !capitalAfter(text, dot);
    }

    /** The next letter or digit after the full stop is a capital one. */
    private static boolean capitalAfter(String text, int dot) {
        int i = dot + 1;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static boolean capitalizedWordAfter(String text, int dot) {
        int i = dot + 1;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i + 1 < text.length() && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1));
    }

    /** The letters right before a full stop. */
    static String wordBefore(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return text.substring(wordStart, dot);
    }
}
