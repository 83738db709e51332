package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressstats.report.HighlightDto;
import org.pressstats.report.ReportDto;
import org.pressstats.report.ReportRules;

/**
 * Reads a Russian press-service narrative into a draft report: the summary and plans verbatim, a figure for
 * every number that counts something the catalog knows, with the words behind it, and every other number with
 * the reason it was left out. Plain Java; one instance per text.
 */
final class Extractor {

    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*(?:году|год|г\\.|г(?![\\p{L}\\d]))");
    /** «по сравнению с 2022 годом», «к 2024 году», «для сравнения в 2020 году»: a year the text compares with. */
    private static final Pattern COMPARED = Pattern.compile(
            "(?iu)(?:сравнени\\p{L}*(?:\\s+с)?|(?<!\\p{L})к|против|относительно)\\s+(?:\\p{L}+\\s+){0,2}$");
    private static final Pattern FOR_REFERENCE = Pattern.compile("(?iu)\\s*\\(\\s*(?:справочно|для сравнения)");
    private static final int MAX_HIGHLIGHTS = 500;

    private final String text;
    private final MetricCatalog catalog;
    private final int currentYear;
    private final Tokenizer tokenizer = new Tokenizer();
    private final List<String> warnings = new ArrayList<>();
    private final List<Extraction.Unplaced> unplaced = new ArrayList<>();

    /**
     * @param text the narrative as submitted
     * @param catalog the metric catalog: code, kind and the words that name each metric
     * @param currentYear this year, for the allowed range of report years
     */
    Extractor(String text, List<MetricCatalog.Entry> catalog, int currentYear) {
        this.text = text;
        this.catalog = new MetricCatalog(catalog, tokenizer);
        this.currentYear = currentYear;
    }

    /** Reads the text; {@code givenYear} (nullable) wins over the year the headings name. */
    Extraction extract(Integer givenYear) {
        Layout layout = new Layout(text);
        YearFound year = year(layout, givenYear);
        if (layout.heading(Layout.Role.SUMMARY) == null) {
            warnings.add("no heading of the year's results («Что наиболее значительное удалось сделать … в N году»): "
                    + "the summary is the text " + (layout.cityLine != null ? "after the first line" : "from the start")
                    + (layout.plans != null ? " up to the tasks" : ""));
        }
        if (layout.plans == null) {
            warnings.add("no heading of next year's tasks («Какие задачи стоят в N году»): plans left empty");
        }
        FigureReader reader = new FigureReader(text, catalog, year.value, CityLine.name(layout.cityNamed()), unplaced, warnings);
        List<HighlightDto> highlights = new ArrayList<>();
        int sentenceIndex = 0;
        List<Layout.Span> paragraphs = layout.paragraphs(layout.summary);
        String mayor = MayorName.in(text);
        Levels.Named section = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            section = sectionAt(paragraphs.get(p), mayor, section);
            reader.newParagraph(section);
            for (Layout.Span span : layout.sentences(paragraphs.get(p))) {
                Sentence sentence = new Sentence(sentenceIndex++, p, span, tokenizer.tokenize(text, span.start(), span.end()))
                        .withMayor(mayor);
                highlights.addAll(reader.read(sentence));
            }
        }
        if (highlights.size() > MAX_HIGHLIGHTS) {
            warnings.add(highlights.size() + " highlights found; the first " + MAX_HIGHLIGHTS + " are kept");
            highlights = new ArrayList<>(highlights.subList(0, MAX_HIGHLIGHTS));
        }
        outside(layout);
        unplaced.sort(java.util.Comparator.comparingInt(Extraction.Unplaced::start));
        String summary = prose(layout, layout.summary, "summary");
        String plans = prose(layout, layout.plans, "plans");
        return new Extraction(layout.cityNamed(), year.value, year.from, summary, plans, source(layout),
                reader.figures(), highlights, reader.evidence(), List.copyOf(unplaced), List.copyOf(warnings));
    }

    private record YearFound(Integer value, String from) {
    }

    private YearFound year(Layout layout, Integer given) {
        Layout.Heading results = layout.yearHeading(Layout.Role.SUMMARY);
        Layout.Heading tasks = layout.yearHeading(Layout.Role.PLANS);
        Integer fromResults = results == null ? null : Headings.yearIn(results.text());
        Integer fromTasks = tasks == null ? null : Headings.yearIn(tasks.text());
        Integer fromCityLine = layout.cityLineYear();
        Integer fromOpener = layout.plansOpener == null ? null : Headings.yearIn(layout.plansOpener);
        Integer found = fromResults != null ? fromResults : fromCityLine != null ? fromCityLine
                : fromTasks != null ? Integer.valueOf(fromTasks - 1) : fromOpener != null ? Integer.valueOf(fromOpener - 1) : null;
        String from = fromResults != null ? "the heading «" + results.text() + "»"
                : fromCityLine != null ? "the first line"
                : fromTasks != null ? "the heading «" + tasks.text() + "», the year before it"
                : fromOpener != null ? "the tasks «" + layout.plansOpener.strip() + "…», the year before them" : null;
        if (found == null) {
            found = mostMentionedYear(layout);
            from = found == null ? null : "the year the text mentions most («в " + found + " году»)";
        }
        if (given != null) {
            if (found != null && !found.equals(given)) {
                warnings.add("the text speaks of " + found + " (" + from + ") but year " + given + " was given; the draft is for " + given);
            }
            return new YearFound(given, "QUERY");
        }
        if (found == null) {
            warnings.add("no year found in the headings or the text: give it as ?year=");
            return new YearFound(null, null);
        }
        if (!ReportRules.isAllowedYear(found, currentYear)) {
            warnings.add("the text names " + found + ", outside the years a report may have (" + ReportRules.FIRST_YEAR
                    + " to " + (currentYear + 1) + "): give the year as ?year=");
            return new YearFound(null, null);
        }
        warnings.add("year " + found + " taken from " + from);
        return new YearFound(found, "TEXT");
    }

    private Integer mostMentionedYear(Layout layout) {
        Map<Integer, Integer> counts = new TreeMap<>();
        String summary = layout.textOf(layout.summary) == null ? "" : layout.textOf(layout.summary);
        Matcher m = YEAR_IN_TEXT.matcher(summary);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            String before = summary.substring(Math.max(0, m.start() - 30), m.start());
            // «за 2021г» names the period reported on; a year compared with is another year's
            String after = summary.substring(m.end(), Math.min(summary.length(), m.end() + 20));
            // «2019 г. (справочно)»: a column of the year before, given for comparison
            int weight = COMPARED.matcher(before).find() || FOR_REFERENCE.matcher(after).lookingAt() ? 0
                    : before.endsWith("за ") ? 2 : 1;
            if (ReportRules.isAllowedYear(y, currentYear) && weight > 0) {
                counts.merge(y, weight, Integer::sum);
            }
        }
        // on a tie the earlier year: the later one is usually next year's plans
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed())).map(Map.Entry::getKey).orElse(null);
    }

    /** Numbers of the city line, the headings and the plans are no figures of the year. */
    private void outside(Layout layout) {
        NotFigures shapes = new NotFigures(text);
        if (layout.cityLine != null) {
            outside(shapes, layout.cityLine, Reason.HEADING, "in a heading");
        }
        layout.headings.forEach(h -> outside(shapes, h.span(), Reason.HEADING, "in a heading"));
        if (layout.footer != null) {
            outside(shapes, layout.footer, Reason.HEADING, "in the page's footer (byline, tags, links)");
        }
        if (layout.plans != null) {
            outside(shapes, layout.plans, Reason.PLANS, "in next year's tasks: a goal, not a result of the year");
        }
    }

    /** Every number of the span is left out: for its shape's reason, else for this one. */
    private void outside(NotFigures shapes, Layout.Span span, Reason reason, String detail) {
        Sentence s = new Sentence(-1, -1, span, tokenizer.tokenize(text, span.start(), span.end()));
        for (NumberMention n : s.numbers) {
            Reason shape = shapes.reason(s, n);
            add(n, shape == null ? reason : shape, shape == null ? detail : shape.detail);
        }
    }

    private void add(NumberMention n, Reason reason, String detail) {
        unplaced.add(new Extraction.Unplaced(text.substring(n.start(), n.end()), n.start(), n.end(), reason, detail));
    }

    /** «4.», «2.1)», «IV.», «Таблица 1.», «Раздел 2.»: a section's number, not words of it. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:(?:[Тт]аблица|[Рр]аздел|[Чч]асть)\\s+\\d{1,2}\\.?"
            + "|\\d{1,2}(?:\\.\\d{1,2})*[.)]|[IVX]{1,4}\\.)\\s+");

    /**
     * «Аккаунты Главы округа» on a line of its own: the owner of the accounts in the paragraphs under it, until a heading
     * of another section; a paragraph of prose keeps the section.
     */
    private Levels.Named sectionAt(Layout.Span paragraph, String mayor, Levels.Named section) {
        String line = SECTION_NUMBER.matcher(text.substring(paragraph.start(), paragraph.end()).strip()).replaceFirst("");
        Levels.Named platform = platformHeading(paragraph, line);
        if (platform != null) { // «ВКонтакте» / «Сообщество администрации: 18 940 подписчиков»: the network of the lines under it
            return section == null ? platform : platform.carrying(new Levels.Level(section.singleOwner(), null));
        }
        if (section != null && section.singlePlatform() != null && HEADING_LINE.matcher(line).lookingAt()) {
            // «Госпаблики» / «Создано 23 госпаблика»: another heading ends the network's section, not its owner's
            return section.singleOwner() == null ? null : new Levels.Named(section.owners(), Set.of(), true, false, false);
        }
        // «2.1. Аккаунты администрации:» over a table heads it too, a longer caption of one sentence before its colon as well
        boolean caption = line.endsWith(":") && !line.matches("(?s).*[.!?]\\s.*");
        if (line.length() > (caption ? 120 : 80) || line.contains("\n") || line.matches("(?s).*\\d.*")
                || line.matches("(?s).*[.!?;,]$")) {
            return section;
        }
        Levels.Named named = Levels.named(new Sentence(-1, -1, paragraph, tokenizer.tokenize(text, paragraph.start(),
                paragraph.end())).withMayor(mayor));
        return named.singleOwner() != null ? named : null;
    }

    /** A short first line of words over more lines: «Telegram», «Прямые эфиры», «Госпаблики». */
    private static final Pattern HEADING_LINE = Pattern.compile("\\p{Lu}[^\\d.!?;,:\\n]{0,39}\\n");

    /** A paragraph's first line that names a network and nothing else («Telegram», «Одноклассники»), over lines of its own. */
    private Levels.Named platformHeading(Layout.Span paragraph, String line) {
        if (!HEADING_LINE.matcher(line).lookingAt()) {
            return null;
        }
        int end = line.indexOf('\n');
        int start = paragraph.start() + text.substring(paragraph.start(), paragraph.end()).indexOf(line.substring(0, end));
        List<Token> tokens = tokenizer.tokenize(text, start, start + end);
        boolean onlyNetwork = tokens.stream().allMatch(t -> !t.isWord() || Lexicon.isAccountWord(t) || Lexicon.isFunctionWord(t));
        Levels.Named named = onlyNetwork ? Levels.named(new Sentence(-1, -1, new Layout.Span(start, start + end), tokens)) : null;
        return named != null && named.singlePlatform() != null && named.owners().isEmpty() ? named : null;
    }

    /** A section verbatim; cut at a paragraph when it is longer than a report may hold. */
    private String prose(Layout layout, Layout.Span span, String field) {
        String prose = layout.textOf(span);
        if (prose == null || prose.length() <= ReportDto.MAX_PROSE) {
            return prose;
        }
        int cut = prose.lastIndexOf("\n\n", ReportDto.MAX_PROSE);
        cut = cut > 0 ? cut : ReportDto.MAX_PROSE;
        warnings.add(field + " has " + prose.length() + " characters, more than a report holds (" + ReportDto.MAX_PROSE
                + "): cut after character " + cut + "; shorten it before the PUT");
        return prose.substring(0, cut).strip();
    }

    private static String source(Layout layout) {
        Layout.Heading results = layout.heading(Layout.Role.SUMMARY);
        Layout.Heading tasks = layout.heading(Layout.Role.PLANS);
        if (results == null && tasks == null) {
            return null;
        }
        String source = "Ответ пресс-службы на вопрос" + (results != null && tasks != null ? "ы «" + results.text() + "» и «"
                + tasks.text() + "»" : " «" + (results != null ? results.text() : tasks.text()) + "»");
        return source.length() <= 2000 ? source : source.substring(0, 2000);
    }
}
