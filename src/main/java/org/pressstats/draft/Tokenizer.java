package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tartarus.snowball.ext.RussianStemmer;

/** Splits text into words, digit runs and signs; words get their Snowball Russian stem. Not thread-safe. */
final class Tokenizer {

    /** «640 тыс. просм.», «17,5 тыс. подп.»: abbreviations of a unit, stemmed as the word they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("просм", "просмотров", "подп", "подписчиков",
            "подписч", "подписчиков", "публ", "публикаций");

    private static final String QUOTED_BAR = "¦";
    private final RussianStemmer stemmer = new RussianStemmer();

    List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        boolean quoted = false;
        int i = from;
        int gapStart = from;
        while (i < to) {
            char c = text.charAt(i);
            // a tab between cells is a column break, as «|» is; elsewhere it is space
            boolean columnBreak = c == '\t' && i > from && !isLineStart(text, i, from);
            if (!columnBreak && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD' || c == '\uFEFF'
                    || Character.getType(c) == Character.FORMAT)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (Character.isLetter(c)) {
                i = skipWhile(text, i, to, true);
                kind = Token.Kind.WORD;
            } else if (c >= '0' && c <= '9') {
                while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Token.Kind.DIGITS;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Token.Kind.SIGN;
            }
            String raw = text.substring(start, i);
            String lower = normalize(raw);
            String full = i < to && text.charAt(i) == '.' ? ABBREVIATIONS.get(lower) : null;
            String stem = kind == Token.Kind.WORD ? stem(full != null ? full : lower) : lower;
            String gap = text.substring(gapStart, start);
            quoted = c == '«' || quoted && c != '»' && gap.indexOf('\n') < 0;
            int close = c == '|' && quoted ? text.indexOf('»', i) : -1;
            if (close >= 0 && close < lineEnd(text, i, to)) {
                stem = QUOTED_BAR; // «Андрей Ковалёв | Глава Шахт»: a name's bar, no column
            }
            tokens.add(new Token(start, i, raw, lower, stem, kind, gap));
            gapStart = i;
        }
        return tokens;
    }

    private static int lineEnd(String text, int i, int to) {
        int end = text.indexOf('\n', i);
        return end < 0 || end > to ? to : end;
    }

    /** The stem of one word as a keyword or a lookup would use it. */
    String stem(String lowerWord) {
        if (!isCyrillic(lowerWord)) {
            return lowerWord;
        }
        stemmer.setCurrent(lowerWord);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isLineStart(String text, int i, int from) {
        for (int j = i - 1; j >= from; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static int skipWhile(String text, int i, int to, boolean letters) {
        while (i < to) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (letter != letters) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
