package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits a paragraph of a narrative into sentences. */
final class SentenceSplitter {

    private static final Pattern OUTLINE_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*");


    /** «просмотры: около 14,6 млн», «подписчики — 17 480»: a line of a list of labels and their numbers. */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*\\p{L}[\\p{L} ,.()-]{0,40}[:—–-]\\s*(?:около|более|свыше|\\+|~)?\\s*\\d");

    /** «-----|------|----», «+----+----+»: the rule under a table's header, no list item. */
    private static final Pattern RULE = Pattern.compile("[-–—=+|: ]*-{3,}[-–—=+|: ]*");

    /** The longest sentence read as one, in characters. */
    static final int LONGEST = 2000;

    /** «комментариев Главы …» under «организовано 185»: a word of three letters or more, no abbreviation, goes on a line. */
    private static final Pattern WORD_GOES_ON = Pattern.compile("\\p{Ll}{3,}+(?![.\\p{L}])");

    /** «1 977», «📰 2 310», «~60», «свыше 300», «13,7 млн»: a line holding one number alone, as a slide's tile does. */
    private static final Pattern TILE_VALUE = Pattern.compile("[^\\p{L}\\p{N}]*(?:(?:около|более|свыше|порядка|почти|примерно)\\s+)?"
            + "[~≈>+]?\\s*\\d[\\d \u00A0\u2009.,]*(?:\\s*(?:тыс|млн|млрд)\\.?|[кКkKM])?\\s*\\*?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final String text;

    SentenceSplitter(String text) {
        this.text = text;
    }

    /**
     * Sentences of a paragraph: they end at «.», «!», «?», «…» before a capital, a digit or a quote, unless the
     * full stop ends an abbreviation or an initial («г. Братск», «С.В. Серебренникова»); a line break ends one
     * unless the line ends with «:», «;» or «,» or the next line is a list item.
     */
    List<Layout.Span> sentences(Layout.Span paragraph) {
        List<Layout.Span> sentences = new ArrayList<>();
        int start = paragraph.start();
        int quotes = 0;
        boolean wrapped = hardWrapped(paragraph);
        RowLines rows = new RowLines();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean end = false;
            quotes += c == '«' ? 1 : c == '»' && quotes > 0 ? -1 : 0;
            if (quotes > 0 && c != '\n') {
                continue; // «Нерюнгри. Важное» is a name, not two sentences
            }
            int leader = c == '.' || c == '…' ? TypedColumns.leaderEnd(text, i) : -1;
            if (leader > 0) {
                i = leader - 1; // «Фоторепортажи ........ 248»: a leader ends no sentence
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int next = skipSpaces(i + 1, paragraph.end());
                if (next >= paragraph.end()) {
                    continue;
                }
                char n = text.charAt(next);
                boolean opens = Character.isUpperCase(n) || Character.isDigit(n) || "«\"(—–-•".indexOf(n) >= 0;
                // «63 тыс. (+7 тыс. за год)»: a bracket after a scale's full stop goes on with the number
                // «Количество просмотров, тыс. — 1 900»: so does a label's dash after its unit
                opens &= "(—–-".indexOf(n) < 0 || !NumberWords.isScaleAbbreviation(Tokenizer.normalize(FullStops.wordBefore(text, i)));
                end = next > i + 1 && opens && (c != '.' || !FullStops.endsAnAbbreviation(text, i)
                        && !fillsTheScale(i, next, paragraph.end())
                        && !closesAListMarker(i, paragraph.start()) && !endsACell(i)) && !rows.inRow(i);
            } else if (c == '\n') {
                end = !wrapped && lineEndsSentence(i, paragraph) && !wrapsANumber(i, paragraph.end());
                quotes = 0;
            }
            if (end) {
                sentences.add(Spans.trim(text, new Layout.Span(start, i + 1)));
                start = i + 1;
            }
        }
        Layout.Span last = Spans.trim(text, new Layout.Span(start, paragraph.end()));
        if (!last.isEmpty()) {
            sentences.add(last);
        }
        sentences.removeIf(Layout.Span::isEmpty);
        return bounded(sentences);
    }

    /**
     * Sentences cut to at most {@link #LONGEST} characters, at the last break of a cell, an item or a word before it: no
     * report has longer ones, and a text of one endless line must not cost its square.
     */
    private List<Layout.Span> bounded(List<Layout.Span> sentences) {
        if (sentences.stream().allMatch(span -> span.end() - span.start() <= LONGEST)) {
            return sentences;
        }
        List<Layout.Span> bounded = new ArrayList<>();
        for (Layout.Span span : sentences) {
            int start = span.start();
            while (span.end() - start > LONGEST) {
                int cut = start + LONGEST;
                while (cut > start + LONGEST / 2 && "|\t;, \n".indexOf(text.charAt(cut - 1)) < 0) {
                    cut--;
                }
                bounded.add(new Layout.Span(start, cut));
                start = cut;
            }
            bounded.add(new Layout.Span(start, span.end()));
        }
        bounded.removeIf(Layout.Span::isEmpty);
        return bounded;
    }

    private boolean lineEndsSentence(int newline, Layout.Span paragraph) {
        int before = newline - 1;
        while (before >= paragraph.start() && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < paragraph.start()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', before) + 1;
        String line = text.substring(Math.max(lineStart, paragraph.start()), before + 1);
        boolean tableRow = TypedColumns.isRow(line);
        if (":;,".indexOf(text.charAt(before)) >= 0 && !(tableRow && text.charAt(before) == ';')) {
            return false; // a CSV row's last «;» ends it
        }
        if ("-–—".indexOf(text.charAt(before)) >= 0 && before > 0 && text.charAt(before - 1) == ' ' && !tableRow) {
            return false; // «телеграм-канал Мэра ЗАТО Северск -» / «6 480»: a dash at a line's end goes on
        }
        if (".!?…".indexOf(text.charAt(before)) >= 0 || tableRow) {
            return true; // a row is one line: not joined to «1. Работа со СМИ и официальным сайтом» under it
        }
        int next = skipSpaces(newline + 1, paragraph.end());
        int nextEnd = text.indexOf('\n', next);
        String nextLine = next >= paragraph.end() ? "" : text.substring(next, nextEnd < 0 || nextEnd > paragraph.end() ? paragraph.end() : nextEnd);
        if (next < paragraph.end() && !tableRow && isTile(line, nextLine)) {
            return false; // a tile: «Публикации на сайте» over «1 977», or «📰 2 310» over «информационных сообщений»
        }
        boolean broken = text.charAt(before) == '-' && before > 0 && Character.isLetter(text.charAt(before - 1)); // «фото-»
        boolean afterNumber = Character.isDigit(text.charAt(before)) && WORD_GOES_ON.matcher(nextLine).lookingAt(); // not «п. 1.2.»
        if (next < paragraph.end() && (Character.isLetter(text.charAt(before)) || broken || afterNumber) && Character.isLowerCase(text.charAt(next))
                && !tableRow && !LABEL_LINE.matcher(line).find() && !LABEL_LINE.matcher(nextLine).find()) {
            return false; // «салюта в День» / «города - его посмотрели», «организовано 185» / «комментариев»: a wrapped line
        }
        return next < paragraph.end() && ("-–—•*·".indexOf(text.charAt(next)) < 0 || RULE.matcher(nextLine).matches())
                && !isNumberedItem(next, paragraph.end());
    }

    /** A label over its number alone on the next line, or a number alone over the words it counts. */
    private static boolean isTile(String line, String nextLine) {
        String label = line.strip();
        if (TILE_VALUE.matcher(nextLine.strip()).matches()) {
            return !label.isEmpty() && label.chars().anyMatch(Character::isLetter) && label.chars().noneMatch(Character::isDigit)
                    && ".!?…:;".indexOf(label.charAt(label.length() - 1)) < 0;
        }
        String words = nextLine.strip();
        return TILE_VALUE.matcher(label).matches() && !words.isEmpty() && Character.isLowerCase(words.charAt(0));
    }

    /**
     * Prose wrapped at a fixed width, as an e-mail is: lines of 50 to 100 characters but the last, none a list's or a
     * table's; a line break there ends no sentence (its full stops do).
     */
    private boolean hardWrapped(Layout.Span paragraph) {
        String[] lines = text.substring(paragraph.start(), paragraph.end()).split("\n");
        if (lines.length < 2) {
            return false;
        }
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            boolean listLine = !line.isEmpty() && (!Character.isLetterOrDigit(line.charAt(0)) && "«\"(".indexOf(line.charAt(0)) < 0
                    || line.matches("\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s.*")); // «—», «•», «>», an emoji, «2.1.1.»
            if (TypedColumns.isRow(line) || listLine
                    || k < lines.length - 1 && (line.length() < 50 || line.length() > 100)) {
                return false;
            }
        }
        return true;
    }

    /** «… в СМИ 1» / «284 информационных сообщения»: a line that ends in the first digits of a number the next goes on with. */
    private boolean wrapsANumber(int newline, int end) {
        int before = newline - 1;
        int digits = 0;
        while (before - digits >= 0 && Character.isDigit(text.charAt(before - digits))) {
            digits++;
        }
        int next = newline + 1;
        // «… | 10 945» over «220 | Публикации …», «… — 96» over «030 Количество …»: a row's or a form line's code is its own
        return digits >= 1 && digits <= 3 && before - digits >= 0 && text.charAt(before - digits) == ' '
                && next + 3 < end && text.substring(next, next + 3).chars().allMatch(Character::isDigit)
                && text.charAt(next + 3) == ' ' && (next + 4 >= end || !Character.isUpperCase(text.charAt(next + 4)))
                && !TypedColumns.isRow(text.substring(text.lastIndexOf('\n', before) + 1, newline));
    }

    /** «1)», «2.» opening a line of a numbered list. */
    private boolean isNumberedItem(int i, int end) {
        int j = i;
        while (j < end && j - i < 2 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i && j + 1 < end && (text.charAt(j) == ')' || text.charAt(j) == '.') && text.charAt(j + 1) == ' ';
    }

    /** «6 тыс. 450 человек»: the digits after «тыс.» or «млн.» fill its lower places, and a word in lower case follows. */
    private boolean fillsTheScale(int dot, int next, int end) {
        if (!NumberWords.isScaleAbbreviation(Tokenizer.normalize(FullStops.wordBefore(text, dot)))) {
            return false;
        }
        int j = next;
        while (j < end && j - next < 3 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        int after = skipSpaces(j, end);
        return j > next && (j == end || !Character.isDigit(text.charAt(j))) && after > j && after < end
                && Character.isLowerCase(text.charAt(after));
    }

    /** «Пресс-релизы, ед.⇥1 538»: a full stop at the end of a table's cell, before its tab, ends no sentence. */
    private boolean endsACell(int dot) {
        int j = dot + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        // «12 мес.    236»: a gap of spaces wide enough to part cells follows it too
        return j < text.length() && (text.charAt(j) == '\t' || TypedColumns.leaderEnd(text, j) > 0
                || j - dot - 1 >= TypedColumns.GAP && text.charAt(j) != '\n');
    }

    /** «3.» or «3.1.» opening a line: the number of a list item, not a sentence of its own. */
    private boolean closesAListMarker(int dot, int from) {
        int start = dot;
        while (start > from && dot - start < 16 && text.charAt(start - 1) != '\n') {
            start--; // a marker is short: a long line is not read back to its start at every full stop
        }
        boolean atLineStart = start == from || text.charAt(start - 1) == '\n';
        while (start < dot && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        return atLineStart && isOutlineNumber(text.substring(start, dot));
    }

    /** «3», «12», «3.1», «2.1.4»: the number of a list item, outline numbering included. */
    static boolean isOutlineNumber(String written) {
        return OUTLINE_NUMBER.matcher(written).matches();
    }

    /** Whether a place is on a row of cells parted by tabs or bars, whose full stops end no sentence: the row is read as one. */
    private final class RowLines {
        private int lineEnd = -1;
        private boolean row;

        boolean inRow(int i) {
            if (i >= lineEnd) { // once per line, not per full stop: a text of one endless line must not cost its square
                int lineStart = text.lastIndexOf('\n', i) + 1;
                int end = text.indexOf('\n', i);
                lineEnd = end < 0 ? text.length() : end;
                row = text.substring(lineStart, lineEnd).chars().filter(c -> c == '|' || c == '\t').count() >= 2; // not «—⇥2 780.»
            }
            return row;
        }
    }

    private int skipSpaces(int i, int end) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < end && text.charAt(i) == '\n' || i < end && text.charAt(i) == '\r') {
            return i + 1 < end ? skipSpaces(i + 1, end) : end;
        }
        return i;
    }
}
