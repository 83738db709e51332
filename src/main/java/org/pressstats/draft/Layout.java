package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
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
        Heading {
            text = text.replaceAll("\\s*\n\\s*", " "); // a heading wrapped onto two lines reads as one
        }
    }

    private static final Pattern CITY_LINE_YEAR = Pattern.compile("\\s*[—–,:-]?\\s*((?:19|20)\\d{2})(?:\\s*(?:год|г\\.))?\\s*$");

    /** «Новочеркасск. Итоги работы …», «Петрозаводск: итоги 2021 года …», «ЮЖНО-САХАЛИНСК | итоги 2024»: a name, a mark, a title. */
    private static final Pattern CITY_THEN_TITLE = Pattern.compile("(\\p{Lu}[^.,:\\d—–|/·\\p{So}]{1,59}?)(?:[.,:|/·]|\\s[—–-]|\\s\\p{So})\\s+(.+)");
    private static final Pattern SUBJECT = Pattern.compile("(?iu)(?:тема|subject|re|fwd?)\\s*:\\s*");
    private static final Pattern YEAR_LINE = Pattern.compile("(?:19|20)\\d{2}(?:\\s*(?:год|г\\.))?");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.;!?…][»)\"]?$");
    /** How far into the text a report says whose it is, at most. */
    private static final int OPENING = 600;
    /** A line this long is prose, not a letterhead's. */
    private static final int PROSE_LINE = 120;
    /** A line that ends a sentence is prose («… 2025 г.» in an approval block is not). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!(?:^|[^\\p{L}])\\p{L}{1,2})[.!?…]\\s*$");

    final String text;
    final Span cityLine;
    /** Every heading line, also a title that another heading took the place of. */
    final List<Heading> headings = new ArrayList<>();
    private final Heading summaryHeading;
    private final Heading plansHeading;
    final Span summary;
    final Span plans;
    /** A web page's footer after the report (byline, tags, links), or null. */
    final Span footer;
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
        String previous = "";
        boolean titleLine = false; // the results' heading is a title after the city's name on the first line
        for (int k = 0; k < lines.size(); k++) {
            Span line = lines.get(k);
            String content = text.substring(line.start(), line.end()).strip();
            if (content.isEmpty()) {
                blankBefore = true;
                continue;
            }
            // without blank lines, a heading stands after a line that ends a sentence (a wrapped line ends mid-sentence)
            boolean apart = blankBefore || !prose || ENDS_SENTENCE.matcher(previous).find() && Character.isUpperCase(content.charAt(0));
            Role role = apart ? Headings.role(content) : null;
            if (apart && role == null && wrapsOntoTheNextLine(lines, k, content)) { // «Что наиболее значительное удалось сделать в области информационной» / «политики в 2023 году»
                line = new Span(line.start(), lines.get(++k).end());
                content = text.substring(line.start(), line.end()).strip(); // as the text has it: offsets into it hold
                role = Headings.role(content);
            }
            int tail = role == null && apart ? Headings.plansTail(content) : -1;
            if (tail > 0) {
                role = Role.PLANS; // a paragraph that a plans heading ran into (a PDF's lines joined)
            }
            Matcher subject = SUBJECT.matcher(content); // «Тема: Чита — итоги …» of an e-mail
            Matcher titled = CITY_THEN_TITLE.matcher(content).region(subject.lookingAt() ? subject.end() : 0, content.length());
            if (role == Role.SUMMARY && !prose && city == null && summaryHeading == null && titled.matches()
                    && isCityLine(titled.group(1)) && Headings.role(titled.group(2)) == Role.SUMMARY
                    && !Headings.namesASection(titled.group(1))) {
                // «Новочеркасск. Итоги работы пресс-службы за 2024 год»: the city's name, then the report's title
                int at = contentStart(line, content);
                city = trim(new Span(at + titled.start(1), at + titled.end(1)));
                summaryHeading = new Heading(trim(new Span(at + titled.start(2), line.end())), titled.group(2), role);
                headings.add(summaryHeading);
                titleLine = true;
            } else if (role == Role.SUMMARY && !prose && (summaryHeading == null || titleLine
                    || Headings.isQuestion(content) && !Headings.isQuestion(summaryHeading.text()))) {
                // a heading of the results right under such a title, or the question under a title, heads them instead
                summaryHeading = new Heading(trim(line), Headings.unnumbered(content), role);
                headings.add(summaryHeading);
                titleLine = false;
            } else if (role == Role.PLANS && plansHeading == null && (prose || summaryHeading != null)) {
                plansHeading = heading(line, content, tail > 0 ? tail : Headings.plansTail(content));
                headings.add(plansHeading);
            } else if (!prose && city == null && summaryHeading == null && isCityLine(content)) {
                city = trim(line);
            } else if (!prose && city != null && summaryHeading == null && YEAR_LINE.matcher(content).matches()) {
                city = new Span(city.start(), trim(line).end()); // «Зеленодольск» over «2025»: the year of the city's line
            } else if (!prose && city != null && summaryHeading == null && Headings.isLetterhead(content)) {
                // «Пресс-служба» under «Администрация города Тамбова», above «Итоги 2022 года»: the sender, neither heading nor prose
            } else {
                prose = true;
            }
            blankBefore = false;
            previous = content;
        }
        this.cityLine = city;
        this.summaryHeading = summaryHeading;
        this.plansHeading = plansHeading;
        int summaryStart = summaryHeading != null ? summaryHeading.span().end() : cityLine != null ? cityLine.end() : 0;
        int end = Math.max(summaryStart, Footer.start(text)); // «Автор: …», «Теги: …», «Читайте также:»: the page's, not the report's
        this.footer = end < text.length() ? new Span(end, text.length()) : null;
        int summaryEnd = plansHeading != null ? plansHeading.span().start() : end;
        Span plansSpan = plansHeading == null ? null : trim(new Span(plansHeading.span().end(), Math.max(plansHeading.span().end(), end)));
        if (plansHeading == null) {
            // «Задачи на 2022 год: …», «В 2025 году хотим …»: a last paragraph that opens with the tasks is the plans
            for (Span paragraph : paragraphs(new Span(summaryStart, summaryEnd))) {
                String opening = text.substring(paragraph.start(), paragraph.end());
                if (paragraph.start() > summaryStart && Headings.opensPlans(opening) && afterTheReportsYear(opening)) {
                    summaryEnd = paragraph.start();
                    plansSpan = trim(new Span(paragraph.start(), end));
                    plansOpener = text.substring(paragraph.start(), Math.min(paragraph.end(), paragraph.start() + 120));
                    break;
                }
            }
        }
        this.summary = trim(new Span(summaryStart, Math.max(summaryStart, summaryEnd)));
        this.plans = plansSpan;
    }

    /**
     * The plans' heading on a line, without the sentences before it on that line: «… 1 100 ответов на запросы
     * журналистов. Какие задачи стоят в 2023 году» (a heading that ran into the paragraph above it) heads with its
     * last sentence, when that sentence alone says it heads the plans; {@code tail} is where it starts (see
     * Headings.plansTail), or -1.
     */
    private Heading heading(Span line, String content, int tail) {
        if (tail > 0) {
            Span span = trim(new Span(contentStart(line, content) + tail, line.end()));
            return new Heading(span, textOf(span), Role.PLANS);
        }
        return new Heading(trim(line), Headings.unnumbered(content), Role.PLANS);
    }

    /** Where a line's stripped content starts in the text. */
    private int contentStart(Span line, String content) {
        return line.start() + text.substring(line.start(), line.end()).indexOf(content);
    }

    Heading heading(Role role) {
        return role == Role.SUMMARY ? summaryHeading : plansHeading;
    }

    /**
     * The line that names the city; with none, or a document's form or a district there, what the opening lines say
     * (CityMention: an address, «администрации города Орла» in a title or the first sentence).
     */
    String cityNamed() {
        String line = cityLineText();
        boolean named = cityLine != null && CityLine.name(line) != null;
        // «Город Абакан: информация о работе пресс-службы»: the title after the name is no document's form of the line
        String head = line == null ? null : line.split(":| [—–-] | \\| ", 2)[0];
        if (named && !CityMention.isWeak(head)) {
            return line;
        }
        String said = CityMention.find(letterhead());
        said = said != null ? said : CityMention.find(opening());
        said = said != null ? said : CityMention.findFurther(text.substring(0, Math.min(OPENING, text.length())));
        if (said != null && (!named || CityMention.isDocument(line) || said.startsWith("г."))) {
            return said; // «УТВЕРЖДАЮ», «Информационная справка», a district over its address's «г. Старый Оскол»
        }
        return CityMention.isDocument(head) ? null : line; // «Сведения» names no city
    }

    /** The short lines a text opens with, before its first line of prose (a letterhead, an address, an approval block). */
    private String letterhead() {
        int end = 0;
        for (Span line : lines(text)) {
            if (line.end() - line.start() >= PROSE_LINE || line.end() > 2 * OPENING
                    || SENTENCE_END.matcher(text.substring(line.start(), line.end())).find()) {
                break;
            }
            end = line.end();
        }
        return text.substring(0, end);
    }

    /** The lines before the prose and its first paragraph: where a report says whose it is. */
    private String opening() {
        int prose = text.length();
        for (Span line : lines(text)) {
            Span content = trim(line);
            boolean heading = headings.stream().anyMatch(h -> h.span().end() == content.end());
            boolean greeting = !content.isEmpty() && text.charAt(content.end() - 1) == '!'; // «Уважаемые коллеги!»
            if (!content.isEmpty() && !heading && !greeting && (cityLine == null || content.start() >= cityLine.end())) {
                prose = content.start();
                break;
            }
        }
        if (prose >= OPENING) {
            return text.substring(0, Math.min(OPENING, text.length()));
        }
        String rest = text.substring(prose, Math.min(prose + OPENING, text.length()));
        int end = rest.indexOf("\n\n");
        return text.substring(0, prose) + (end >= 0 ? rest.substring(0, end) : rest);
    }

    String cityLineText() {
        return cityLine == null ? null : CITY_LINE_YEAR.matcher(text.substring(cityLine.start(), cityLine.end())).replaceFirst("");
    }

    String textOf(Span span) {
        return span == null || span.isEmpty() ? null : text.substring(span.start(), span.end());
    }

    /** A heading wrapped onto a second line that ends its paragraph: the two lines joined head a section. */
    private boolean wrapsOntoTheNextLine(List<Span> lines, int k, String content) {
        if (k + 1 >= lines.size() || ENDS_SENTENCE.matcher(content).find()) {
            return false;
        }
        String next = text.substring(lines.get(k + 1).start(), lines.get(k + 1).end()).strip();
        boolean endsParagraph = k + 2 >= lines.size() || text.substring(lines.get(k + 2).start(), lines.get(k + 2).end()).isBlank();
        return !next.isEmpty() && endsParagraph && Character.isLowerCase(next.charAt(0))
                && Headings.role(content + " " + next) != null;
    }

    /** «В 2024 году запланировано и проведено …» under «Итоги 2024 года» is the year's; plans are of a later one. */
    private boolean afterTheReportsYear(String opening) {
        Integer year = Headings.yearIn(opening.substring(0, Math.min(opening.length(), 40)));
        Integer titled = cityLineYear();
        for (Heading h : headings) {
            Integer y = h.role() == Role.SUMMARY ? Headings.yearIn(h.text()) : null;
            if (y != null && (titled == null || y > titled)) {
                titled = y;
            }
        }
        return year == null || titled == null || year > titled;
    }

    /** The heading of a role if it names a year; else the last other heading of that role that does (a title); else null. */
    Heading yearHeading(Role role) {
        Heading heading = heading(role);
        if (heading == null || Headings.yearIn(heading.text()) != null) {
            return heading;
        }
        for (int i = headings.size() - 1; i >= 0; i--) {
            if (headings.get(i).role() == role && Headings.yearIn(headings.get(i).text()) != null) {
                return headings.get(i);
            }
        }
        return heading;
    }

    private static boolean isCityLine(String line) {
        String name = CITY_LINE_YEAR.matcher(line).replaceFirst("");
        return !name.isEmpty() && name.length() <= 120 && !name.endsWith(".") && !name.endsWith("!") && !name.endsWith("?")
                && name.codePoints().noneMatch(Character::isDigit);
    }

    /** The year a city line gives after the name: «Воркута — 2021», «Братск, 2023 год». */
    Integer cityLineYear() {
        Matcher m = CITY_LINE_YEAR.matcher(cityLine == null ? "" : text.substring(cityLine.start(), cityLine.end()));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Paragraphs of a span: blocks between blank lines. */
    List<Span> paragraphs(Span within) {
        return Spans.paragraphs(text, within);
    }

    /** Sentences of a paragraph (see {@link SentenceSplitter}). */
    List<Span> sentences(Span paragraph) {
        return new SentenceSplitter(text).sentences(paragraph);
    }

    private Span trim(Span span) {
        return Spans.trim(text, span);
    }

    private static List<Span> lines(String text) {
        return Spans.lines(text, new Span(0, text.length()));
    }
}
