package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tartarus.snowball.ext.RussianStemmer;

/** Splits text into words, digit runs and signs; words get their Snowball Russian stem. Not thread-safe. */
final class Tokenizer {

    /**
     * «640 тыс. просм.», «17,5 тыс. подп.», «комментариев гл. города», «пресс-конф. — 3», «отв. на запр. СМИ — 64»:
     * abbreviations of working notes, stemmed as the word they stand for.
     */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("просм", "просмотров"),
            Map.entry("подп", "подписчиков"), Map.entry("подписч", "подписчиков"), Map.entry("публ", "публикаций"),
            Map.entry("гл", "главы"), Map.entry("адм", "администрации"), Map.entry("админ", "администрации"),
            Map.entry("конф", "конференций"), Map.entry("запр", "запросов"), Map.entry("отв", "ответов"),
            Map.entry("комм", "комментариев"), Map.entry("коммент", "комментариев"), Map.entry("подх", "подходов"),
            Map.entry("фотоотч", "фотоотчетов"), Map.entry("интерв", "интервью"), Map.entry("трансл", "трансляций"),
            Map.entry("сообщ", "сообщений"), Map.entry("акк", "аккаунтов"), Map.entry("информ", "информационных"),
            Map.entry("инф", "информационных"));
    /** «п/р — 1 317», «ф/отч. 212», «комм. рук-ва»: letters, a slash or a hyphen and letters that stand for one word. */
    private static final Map<String, String> SLASHED = Map.of("п/р", "релизов", "ф/отч", "фотоотчетов", "ф/р", "фоторепортажей",
            "рук-ва", "руководства", "рук-ля", "руководителя", "рук-лей", "руководителей");

    private static final String QUOTED_BAR = "¦";
    private static final String LATIN_LOOKALIKES = "aceopxykbhmt"; // «teлеграм» typed with the layout switched midway
    private static final String CYRILLIC_LOOKALIKES = "асеорхуквнмт";
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
            Line at = c == ' ' && i > from ? line(text, i) : null;
            int spaces = at != null ? TypedColumns.gapEnd(text, i, at.columns(), at.fixedWidth()) : -1;
            columnBreak |= spaces > 0 && spaces <= to;
            if (!columnBreak && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD' || c == '\uFEFF'
                    || Character.getType(c) == Character.FORMAT)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            String read = null; // what a scan's lookalikes stand for: «Te1egram», «31 2О0»
            int slashed = Character.isLetter(c) ? slashedEnd(text, i, to) : -1;
            if (slashed > 0) {
                i = slashed;
                kind = Token.Kind.WORD;
            } else if (Character.isLetter(c)) {
                i = skipWhile(text, i, to, true);
                while (i + 1 < to && (text.charAt(i) == '1' || text.charAt(i) == '0') && Character.isLetter(text.charAt(i + 1))) {
                    i = skipWhile(text, i + 1, to, true); // a digit inside a word is a scanned «l» or «o»
                    read = text.substring(start, i).replace('1', 'l').replace('0', 'o');
                }
                kind = Token.Kind.WORD;
            } else if (c >= '0' && c <= '9') {
                boolean scanned = false;
                while (i < to && (text.charAt(i) >= '0' && text.charAt(i) <= '9' || isScannedZero(text, i, to))) {
                    scanned |= text.charAt(i) > '9';
                    i++;
                }
                read = scanned ? text.substring(start, i).replaceAll("[ОOоo]", "0") : null;
                kind = Token.Kind.DIGITS;
            } else {
                int leader = c == '.' || c == '…' ? TypedColumns.leaderEnd(text, i) : -1;
                columnBreak |= leader > 0 && leader <= to || c == ';' && TypedColumns.isSemicolonBreak(text, i, line(text, i).csv());
                int next = i + Character.charCount(text.codePointAt(i));
                i = columnBreak && leader > 0 ? leader : columnBreak && spaces > 0 ? spaces : next;
                kind = Token.Kind.SIGN;
            }
            String raw = read != null ? read : text.substring(start, i);
            String lower = normalize(raw);
            int rest = kind == Token.Kind.WORD ? wrappedRest(text, i, to) : -1;
            if (rest > 0) { // «фото-» / «репортажей»: a word broken at the end of a line is one word
                lower = normalize(raw + text.substring(skipBreak(text, i + 1, to), rest));
                raw = text.substring(start, rest);
                i = rest;
            }
            // «760 подп и Вк 1 900»: the abbreviations are no words, so they stand for their word without a dot too
            String full = slashed > 0 ? SLASHED.get(lower) : ABBREVIATIONS.get(lower);
            String stem = kind == Token.Kind.WORD ? stem(full != null ? full : lower) : columnBreak ? "\t" : lower;
            String gap = text.substring(gapStart, start);
            quoted = c == '«' || quoted && c != '»' && gap.indexOf('\n') < 0;
            int close = c == '|' && quoted ? text.indexOf('»', i) : -1;
            if (close >= 0 && close < lineEnd(text, i, to) || c == '|' && line(text, start).strayBar()) {
                stem = QUOTED_BAR; // «Андрей Ковалёв | Глава Шахт»: a name's bar; «| Администрации преодолён …»: a scan's speck
            }
            tokens.add(new Token(start, i, raw, lower, stem, kind, gap));
            gapStart = i;
        }
        return tokens;
    }

    /** What a line of the text is made of, for its column breaks: read once per line, whatever spans are tokenized. */
    private record Line(String text, int start, int end, boolean csv, boolean columns, boolean strayBar, boolean fixedWidth) {
    }

    private String fixedWidthOf; // the text whose fixed-width table lines are known
    private java.util.Set<Integer> fixedWidthRows;

    /** «2О23», «31 2О0»: a letter O a scan put among a number's digits. */
    private static boolean isScannedZero(String text, int i, int to) {
        return "ОOоo".indexOf(text.charAt(i)) >= 0 && i > 0 && Character.isDigit(text.charAt(i - 1))
                && (i + 1 >= to || Character.isDigit(text.charAt(i + 1)) || !Character.isLetter(text.charAt(i + 1)));
    }

    private Line line;

    private Line line(String text, int i) {
        if (line == null || line.text() != text || i < line.start() || i >= line.end()) {
            int start = text.lastIndexOf('\n', i) + 1;
            int end = text.indexOf('\n', i);
            end = end < 0 ? text.length() : end;
            String content = text.substring(start, end);
            boolean stray = TypedColumns.isStrayBar(content, content.indexOf('|'));
            if (fixedWidthOf != text) {
                fixedWidthOf = text;
                fixedWidthRows = FixedWidth.rowStarts(text);
            }
            line = new Line(text, start, Math.max(end, i + 1), TypedColumns.csvRow(content.strip()),
                    content.indexOf('|') >= 0 && !stray || content.indexOf('\t') >= 0, stray, fixedWidthRows.contains(start));
        }
        return line;
    }

    private static int lineEnd(String text, int i, int to) {
        int end = text.indexOf('\n', i);
        return end < 0 || end > to ? to : end;
    }

    /** The end of a slashed or hyphenated abbreviation («п/р», «ф/отч.», «рук-ва» without its dot) that starts at i, or -1. */
    private static int slashedEnd(String text, int i, int to) {
        int mark = skipWhile(text, i, to, true);
        if (mark - i > 3 || mark + 1 >= to || text.charAt(mark) != '/' && text.charAt(mark) != '-'
                || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return -1;
        }
        int end = skipWhile(text, mark + 1, to, true);
        return end > mark + 1 && (end >= to || text.charAt(end) != '/' && text.charAt(end) != '-')
                && SLASHED.containsKey(normalize(text.substring(i, end))) ? end : -1;
    }

    /** Whether a word before a full stop is an abbreviation this tokenizer reads as the word it stands for. */
    static boolean isAbbreviation(String lowerWord) {
        return ABBREVIATIONS.containsKey(lowerWord) || SLASHED.containsKey(lowerWord);
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
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (lower.chars().anyMatch(c -> c >= 'а' && c <= 'я') && lower.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
            StringBuilder cyrillic = new StringBuilder(lower.length()); // «выeздных» typed with a Latin «e»
            lower.chars().forEach(c -> cyrillic.append((char) (LATIN_LOOKALIKES.indexOf(c) >= 0
                    ? CYRILLIC_LOOKALIKES.charAt(LATIN_LOOKALIKES.indexOf(c)) : c)));
            return cyrillic.toString();
        }
        return lower;
    }

    /** Where the rest of a word broken by «-» and a line break ends, or -1 when the next line goes on with no such rest. */
    private static int wrappedRest(String text, int i, int to) {
        if (i + 1 >= to || text.charAt(i) != '-' || text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r'
                || !Character.UnicodeBlock.of(text.charAt(i - 1)).equals(Character.UnicodeBlock.CYRILLIC)) {
            return -1;
        }
        int j = skipBreak(text, i + 1, to);
        if (j >= to || !Character.isLowerCase(text.charAt(j))
                || !Character.UnicodeBlock.of(text.charAt(j)).equals(Character.UnicodeBlock.CYRILLIC)) {
            return -1;
        }
        return skipWhile(text, j, to, true);
    }

    private static int skipBreak(String text, int i, int to) {
        while (i < to && (text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == ' ')) {
            i++;
        }
        return i;
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
