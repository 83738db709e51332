package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a narrative report: the line that names the city, the heading of the year's results,
 * the results (summary), the heading of next year's tasks and the tasks (plans); paragraphs and sentences.
 */
final class Layout {

    /** A range of the text. */
    record Span(int start, int end) {
        boolean isEmpty() {
            return end <= start;
        }

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    enum Role {
        SUMMARY, PLANS
    }

    /** A heading line and what it introduces. */
    record Heading(Span span, String text, Role role) {
    }

    private static final Pattern CITY_LINE_YEAR = Pattern.compile("\\s*[—–,:-]?\\s*((?:19|20)\\d{2})(?:\\s*(?:год|г\\.))?\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])");
    private static final Pattern PLANS_WORDS = Pattern.compile(
            "(?iu)(задач|план|перспектив|цел[иьей]|приоритет|намечен|предстоит|следующ[а-я]* год)");
    private static final Pattern SUMMARY_WORDS = Pattern.compile(
            "(?iu)(удалось|сделан|сделать|итог|результат|достижени|достигнут|выполнен|проделан|отч[её]т|работ[аыу]|деятельност)");
    private static final Pattern PLANS_OPENER = Pattern.compile("(?iu)(?:(?:основные\\s+|главные\\s+)?(?:задачи|планы|"
            + "перспективы|приоритеты)[^.\\n]{0,80}?(?:19|20)\\d{2}|в\\s+планах|в\\s+(?:19|20)\\d{2}\\s+году\\s+(?:мы\\s+)?"
            + "(?:планиру|хотим|предстоит|намерен|намечен|собираемся|будем|задач|нам\\s+предстоит))");
    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "ул", "пр", "им", "т", "д", "см", "стр", "рис", "обл",
            "просп", "пос", "ред", "англ", "тел", "св", "ст", "р", "н", "э", "др", "пл");

    final String text;
    final Span cityLine;
    final List<Heading> headings = new ArrayList<>();
    final Span summary;
    final Span plans;
    /** The opening words of a plans paragraph that had no heading, else null. */
    String plansOpener;

    Layout(String text) {
        this.text = text;
        List<Span> lines = lines(text);
        Span city = null;
        Heading summaryHeading = null;
        Heading plansHeading = null;
        boolean prose = false;
        boolean blankBefore = true;
        for (Span line : lines) {
            String content = text.substring(line.start(), line.end()).strip();
            if (content.isEmpty()) {
                blankBefore = true;
                continue;
            }
            Role role = blankBefore || !prose ? headingRole(content) : null;
            if (role == Role.SUMMARY && !prose && summaryHeading == null) {
                summaryHeading = new Heading(trim(line), content, role);
                headings.add(summaryHeading);
            } else if (role == Role.PLANS && plansHeading == null && (prose || summaryHeading != null)) {
                plansHeading = new Heading(trim(line), content, role);
                headings.add(plansHeading);
            } else if (!prose && city == null && summaryHeading == null && isCityLine(content)) {
                city = trim(line);
            } else {
                prose = true;
            }
            blankBefore = false;
        }
        this.cityLine = city;
        int summaryStart = summaryHeading != null ? summaryHeading.span().end() : cityLine != null ? cityLine.end() : 0;
        int summaryEnd = plansHeading != null ? plansHeading.span().start() : text.length();
        Span plansSpan = plansHeading == null ? null : trim(new Span(plansHeading.span().end(), text.length()));
        if (plansHeading == null) {
            // «Задачи на 2022 год: …», «В 2025 году хотим …»: a last paragraph that opens with the tasks is the plans
            for (Span paragraph : paragraphs(new Span(summaryStart, summaryEnd))) {
                if (paragraph.start() > summaryStart && PLANS_OPENER.matcher(text.substring(paragraph.start(), paragraph.end())).lookingAt()) {
                    summaryEnd = paragraph.start();
                    plansSpan = trim(new Span(paragraph.start(), text.length()));
                    plansOpener = text.substring(paragraph.start(), Math.min(paragraph.end(), paragraph.start() + 120));
                    break;
                }
            }
        }
        this.summary = trim(new Span(summaryStart, Math.max(summaryStart, summaryEnd)));
        this.plans = plansSpan;
    }

    Heading heading(Role role) {
        return headings.stream().filter(h -> h.role() == role).findFirst().orElse(null);
    }

    String cityLineText() {
        return cityLine == null ? null : CITY_LINE_YEAR.matcher(text.substring(cityLine.start(), cityLine.end())).replaceFirst("");
    }

    String textOf(Span span) {
        return span == null || span.isEmpty() ? null : text.substring(span.start(), span.end());
    }

    /** The year a heading names, or null. */
    static Integer yearIn(String heading) {
        Matcher m = YEAR.matcher(heading);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A short line without a full stop that speaks of the year's results or of next year's tasks. */
    static Role headingRole(String line) {
        if (line.length() > 200 || line.endsWith(".") || line.endsWith(";") || line.endsWith(",")) {
            return null;
        }
        boolean aboutAYear = YEAR.matcher(line).find() || line.endsWith("?") || line.endsWith(":")
                || line.toLowerCase().contains("год");
        if (!aboutAYear) {
            return null;
        }
        if (PLANS_WORDS.matcher(line).find()) {
            return Role.PLANS;
        }
        return SUMMARY_WORDS.matcher(line).find() ? Role.SUMMARY : null;
    }

    private static boolean isCityLine(String line) {
        String name = CITY_LINE_YEAR.matcher(line).replaceFirst("");
        return name.length() <= 120 && !name.isEmpty() && !name.endsWith(".") && name.codePoints().noneMatch(Character::isDigit);
    }

    /** The year a city line gives after the name: «Воркута — 2021», «Братск, 2023 год». */
    Integer cityLineYear() {
        Matcher m = CITY_LINE_YEAR.matcher(cityLineText() == null ? "" : cityLineText());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Paragraphs of a span: blocks between blank lines. */
    List<Span> paragraphs(Span within) {
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int lastEnd = within.start();
        for (Span line : lines(text, within)) {
            boolean blank = text.substring(line.start(), line.end()).isBlank();
            if (blank) {
                if (start >= 0) {
                    paragraphs.add(trim(new Span(start, lastEnd)));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = line.start();
                }
                lastEnd = line.end();
            }
        }
        if (start >= 0) {
            paragraphs.add(trim(new Span(start, lastEnd)));
        }
        return paragraphs;
    }

    /**
     * Sentences of a paragraph: they end at «.», «!», «?», «…» before a capital, a digit or a quote, unless the
     * full stop ends an abbreviation or an initial («г. Братск», «С.В. Серебренникова»); a line break ends one
     * unless the line ends with «:», «;» or «,» or the next line is a list item.
     */
    List<Span> sentences(Span paragraph) {
        List<Span> sentences = new ArrayList<>();
        int start = paragraph.start();
        int quotes = 0;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean end = false;
            quotes += c == '«' ? 1 : c == '»' && quotes > 0 ? -1 : 0;
            if (quotes > 0 && c != '\n') {
                continue; // «Нерюнгри. Важное» is a name, not two sentences
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int next = skipSpaces(i + 1, paragraph.end());
                if (next >= paragraph.end()) {
                    continue;
                }
                char n = text.charAt(next);
                boolean opens = Character.isUpperCase(n) || Character.isDigit(n) || "«\"(—–-•".indexOf(n) >= 0;
                end = next > i + 1 && opens && (c != '.' || !isAbbreviation(i) && !fillsTheScale(i, next, paragraph.end()));
            } else if (c == '\n') {
                end = lineEndsSentence(i, paragraph);
                quotes = 0;
            }
            if (end) {
                sentences.add(trim(new Span(start, i + 1)));
                start = i + 1;
            }
        }
        Span last = trim(new Span(start, paragraph.end()));
        if (!last.isEmpty()) {
            sentences.add(last);
        }
        sentences.removeIf(Span::isEmpty);
        return sentences;
    }

    private boolean lineEndsSentence(int newline, Span paragraph) {
        int before = newline - 1;
        while (before >= paragraph.start() && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < paragraph.start() || ":;,".indexOf(text.charAt(before)) >= 0) {
            return false;
        }
        if (".!?…".indexOf(text.charAt(before)) >= 0) {
            return true;
        }
        int next = skipSpaces(newline + 1, paragraph.end());
        return next < paragraph.end() && "-–—•*·".indexOf(text.charAt(next)) < 0 && !isNumberedItem(next, paragraph.end());
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
        if (!NumberWords.isScaleAbbreviation(Tokenizer.normalize(wordBefore(dot)))) {
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

    /** The letters right before a full stop. */
    private String wordBefore(int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return text.substring(wordStart, dot);
    }

    /** «г.», «ул.», «С.» of «С.В.»: a full stop that does not end the sentence. */
    private boolean isAbbreviation(int dot) {
        String word = wordBefore(dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(Tokenizer.normalize(word));
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

    private Span trim(Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static List<Span> lines(String text) {
        return lines(text, new Span(0, text.length()));
    }

    private static List<Span> lines(String text, Span within) {
        List<Span> lines = new ArrayList<>();
        int start = within.start();
        for (int i = within.start(); i < within.end(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(new Span(start, i));
                start = i + 1;
            }
        }
        lines.add(new Span(start, within.end()));
        return lines;
    }
}
