package org.pressstats.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pressstats.metric.MetricKind;
import org.pressstats.metric.MetricLevel;
import org.pressstats.report.FigureDto;
import org.pressstats.report.HighlightDto;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;
import org.pressstats.report.Qualifier;

/**
 * Turns the numbers of the summary, sentence by sentence, into figures: metric, level, qualifier and baseline,
 * with the quote behind each; the others go to the unplaced list with their reason. A sentence that names accounts
 * but no metric («В сетях администрации: ВК – 8 440») continues the previous sentence's metric (MetricCarry).
 */
final class FigureReader {

    private static final BigDecimal MAX = BigDecimal.valueOf(FigureDto.MAX_VALUE);
    private static final int MAX_FIGURES = 1000;

    private final String text;
    private final MetricCatalog catalog;
    private final MetricFinder finder;
    private final Integer year;
    private final NotFigures shapes;
    private final HighlightFinder highlightFinder;
    private final List<Extraction.Unplaced> unplaced;
    private final List<String> warnings;
    private final List<FigureDto> figures = new ArrayList<>();
    private final List<Extraction.Evidence> evidence = new ArrayList<>();
    private final Map<String, Integer> byLevel = new HashMap<>();
    private Levels.Named previousNamed;
    private Platform sectionPlatform; // the network a heading line names over the section («ВКонтакте» / «Группа администрации: …»)
    private int[] pairAbove; // the years of «A / B» pairs, said in a line above them
    private final Tables tables = new Tables();
    private TableHeader.Column column;
    private final MetricCarry carry;
    private final AccountOwners accountOwners = new AccountOwners();
    private final OtherTowns otherTowns;

    FigureReader(String text, MetricCatalog catalog, Integer year, String town, List<Extraction.Unplaced> unplaced,
            List<String> warnings) {
        this.text = text;
        this.catalog = catalog;
        this.finder = new MetricFinder(catalog);
        this.carry = new MetricCarry(catalog, finder);
        this.year = year;
        this.shapes = new NotFigures(text);
        this.otherTowns = new OtherTowns(text, town);
        this.highlightFinder = new HighlightFinder(text);
        this.unplaced = unplaced;
        this.warnings = warnings;
    }

    List<FigureDto> figures() {
        return accountOwners.settled(figures);
    }

    List<Extraction.Evidence> evidence() {
        return List.copyOf(evidence);
    }

    /** @param section the owner of the section the paragraph is in («Аккаунты Главы округа» above it), or null */
    void newParagraph(Levels.Named section) {
        tables.newParagraph(section);
        previousNamed = section;
        sectionPlatform = section == null ? null : section.singlePlatform();
        carry.newParagraph();
    }

    /** Reads one sentence of the summary; answers its highlights. */
    List<HighlightDto> read(Sentence s) {
        List<HighlightFinder.Found> found = highlightFinder.find(s);
        carry.startSentence(s);
        Set<Integer> quantities = new java.util.HashSet<>();
        found.forEach(f -> quantities.add(f.quantityStart()));
        Map<NumberMention, Reason> reasons = new java.util.LinkedHashMap<>();
        Set<NumberMention> counts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int[] ownPair = OtherYear.yearsOfAPair(s); // «ЦИФРЫ ГОДА (2022 / 2023)» holds for the «3 905 / 4 312» lines under it
        pairAbove = ownPair != null ? ownPair : OtherYear.hasAPair(s) ? pairAbove : null;
        int otherTown = otherTowns.namedEnd(s); // the numbers after it are another town's
        for (NumberMention n : s.numbers) {
            Reason reason = shapes.reason(s, n);
            reason = reason != null ? reason : quantities.contains(n.start()) ? Reason.HIGHLIGHT
                    : n.start() >= otherTown ? Reason.OTHER_TOWN : NotOfTheYear.reason(s, n, year, pairAbove);
            reasons.put(n, reason);
            if (reason == null) {
                counts.add(n);
            }
        }
        Levels.Named named = Levels.named(s);
        accountOwners.saw(s, named);
        tables.read(s, !counts.isEmpty(), named, () -> new TableHeader(s, catalog, finder, text, year));
        boolean[] claimed = new boolean[s.size()];
        for (NumberMention n : counts) {
            MetricFinder.Result counted = finder.counted(s, n);
            if (counted.found() && counted.counted()) {
                claimed[counted.anchor()] = true;
            }
        }
        List<Baselines.Found> baselines = Baselines.in(text, s.span.start(), s.span.end(), year);
        Levels.Level lastLevel = null;
        Tables.RowLabel label = tables.rowLabel(s, text, year);
        int since = 0;
        for (NumberMention n : s.numbers) {
            Reason reason = reasons.get(n);
            if (reason != null) {
                leaveOut(n, n.end(), reason, reason.detail);
                continue;
            }
            if (label != null && n.first() > label.end()) {
                leaveOut(n, n.end(), label.reason(), "in a table's row of " + (label.reason() == Reason.PART_OF_YEAR
                        ? "a part of the year" : "another year's end"));
                since = n.last() + 1;
                continue;
            }
            column = tables.columnOf(s, n);
            if (column != null && column.apart() != null) {
                leaveOut(n, n.end(), column.apart(), "in the table's column of " + column.apartWhat());
                since = n.last() + 1;
                continue;
            }
            if (column != null && column.year() != null && !column.year().equals(year)) {
                leaveOut(n, n.end(), Reason.OTHER_YEAR, "in the table's column for " + column.year() + ", not the report's year");
                since = n.last() + 1;
                continue;
            }
            boolean scaled = column != null && column.scale() > 0 && TableUnits.rowScale(s.tokens, n.first()) == 0
                    && NumberReader.isBare(n, s.tokens); // «Подписчики, тыс.» heads the column
            Read read = figure(s, scaled ? n.times(column.scale()) : n, since, counts, claimed, named, baselines);
            if (read != null) {
                carry.read(read.metric());
                lastLevel = read.level() != null ? read.level() : lastLevel;
            }
            since = n.last() + 1;
        }
        // a sentence that took its owner from the one before hands it on: «Администрация:» / «ВК | 71 900» / «ОК | 8 450»
        Levels.Named before = previousNamed;
        previousNamed = lastLevel == null ? named : named.carrying(lastLevel);
        if (s.numbers.isEmpty() && before != null) {
            // «Аккаунты Главы округа» / «Телеграм-канал» / «подписчики — 17 480»: a line that names a platform keeps the owner;
            // «телеграм-канал главы …» / «Канал ведется …» / «число подписчиков канала превысило 15 тысяч»: and the platform
            previousNamed = previousNamed.carrying(new Levels.Level(previousNamed.owners().isEmpty() ? before.singleOwner() : null,
                    previousNamed.platforms().isEmpty() ? before.singlePlatform() : null));
        }
        carry.endSentence(s, !counts.isEmpty());
        return found.stream().map(HighlightFinder.Found::highlight).toList();
    }

    /** What a number was read as: its metric, and its level when it became a figure. */
    private record Read(String metric, Levels.Level level) {
    }

    /** Makes the number a figure if it is one; answers what it was read as, or null. */
    private Read figure(Sentence s, NumberMention n, int since, Set<NumberMention> counts, boolean[] claimed,
            Levels.Named named, List<Baselines.Found> baselines) {
        if (n.value().stripTrailingZeros().scale() > 0 || n.value().compareTo(MAX) > 0) {
            leaveOut(n, n.end(), Reason.OUT_OF_RANGE, "not a whole number from 0 to 10^13");
            return null;
        }
        MetricFinder.Result result = finder.find(s, n, claimed);
        String code = column != null && column.metric() != null && !result.counted() ? column.metric() : result.code();
        code = code != null ? java.util.Objects.requireNonNullElse(carry.answered(s, n, result), code) : null;
        boolean carried = false;
        if (code == null) {
            boolean accountColumn = column != null && (column.level().owner() != null || column.level().platform() != null
                    || tables.totalOfAccounts(column));
            code = carry.carried(s, n, counts, result, accountColumn);
            carried = code != null;
        }
        if (code == null) {
            Token foreign = result.foreign();
            boolean after = foreign != null && foreign.start() > n.end();
            leaveOut(n, after ? foreign.end() : n.end(), Reason.NOT_A_METRIC, result.whyNot());
            return null;
        }
        if (Neighbourhood.ofTheGovernor(s, n)) {
            leaveOut(n, n.end(), Reason.NOT_A_METRIC, "the governor's account, not the city's");
            return null;
        }
        Boolean growth = Growth.wording(s, n);
        if (!Boolean.FALSE.equals(growth) && Growth.decrease(s, n)) {
            leaveOut(n, n.end(), Reason.NEGATIVE, "a fall («снизилось на», «меньше на», «отписались»): no figure is negative");
            return null;
        }
        if (carried && growth == null) {
            growth = false; // a list item with no word of change is a level: «Страница главы во ВКонтакте — 19,4 тыс.»
        }
        String adjusted = Growth.adjust(catalog, code, growth);
        boolean audience = adjusted == null && Neighbourhood.namesAPlatformBefore(s, n);
        if (audience) {
            // «сообщество … во ВКонтакте … за год прибавило 11 тысяч» after «каждый выезд»: an account grows its audience
            adjusted = Growth.adjust(catalog, catalog.accountAudience(), growth);
        }
        if (adjusted == null) {
            leaveOut(n, n.end(), Reason.NOT_A_METRIC, "a change of " + code + ", and the catalog has no growth metric for it");
            return null;
        }
        code = adjusted;
        // «в декабре 2022 года созданы 62 госпаблика»: accounts opened then are the year's new ones, unless it counts the year
        boolean opened = code.equals(catalog.newAccounts()) && !PartOfYear.wholeYearIn(s);
        if (catalog.kind(code) != MetricKind.STOCK && !opened && PartOfYear.said(s, n)) {
            leaveOut(n, n.end(), Reason.PART_OF_YEAR, Reason.PART_OF_YEAR.detail);
            return new Read(code, null);
        }
        if (PartOfYear.onADateInTheYear(s, n, year)) { // «на 01.07 — 3 480», «нарастающим итогом: на 01.04 — 274»
            leaveOut(n, n.end(), Reason.PART_OF_YEAR, "a level or a count at a date within the year, not at its end");
            return new Read(code, null);
        }
        String baseline = null;
        if (catalog.kind(code) == MetricKind.GROWTH) {
            Baselines.Found b = Baselines.nearest(baselines, n, s);
            if (b == null && column != null && column.baseline() != null) {
                b = new Baselines.Found(column.baseline(), n.start(), n.end()); // «Рост за год» heads the column
            }
            if (b == null) {
                leaveOut(n, n.end(), Reason.NO_BASELINE, "a change (" + code + ") with nothing in its sentence to say since when");
                return new Read(code, null);
            }
            if (year != null && Integer.parseInt(b.baseline().substring(0, 4)) > year) {
                leaveOut(n, n.end(), Reason.NO_BASELINE, "a change measured against " + b.baseline() + ", after the report's year");
                return new Read(code, null);
            }
            baseline = b.baseline();
        }
        Precision.Found precision = Precision.of(s.tokens, n);
        // in a table the column's header, not the row above, gives what the row does not
        Levels.Level found = Levels.of(s, n.first(), since, counts, named, column != null ? null : previousNamed);
        found = column != null ? tables.levelOf(column, found, code) : found;
        found = found.platform() == null && !named.total() && named.platforms().isEmpty() ? found.withPlatform(sectionPlatform) : found;
        Levels.Level level = new Levels.Level(catalog.hasLevel(code, MetricLevel.OWNER) ? found.owner() : null,
                catalog.hasLevel(code, MetricLevel.PLATFORM) ? found.platform() : null);
        tables.rowRead(s, code, level);
        boolean institution = level.owner() == null && catalog.hasLevel(code, MetricLevel.OWNER); // «Аккаунт МБУ «…» – 2 300»
        if ((level.owner() == Owner.DEPARTMENTS || institution) && Neighbourhood.namesOneDepartment(s, n)) {
            leaveOut(n, n.end(), Reason.PART, "one department's or institution's account, not the departments' together");
            return new Read(code, null);
        }
        level = institution ? new Levels.Level(catalog.ownerOfNewAccounts(code), level.platform()) : level;
        int start = Math.min(n.start(), precision.start());
        int end = n.end();
        if (result.anchor() >= 0 && !audience) {
            start = Math.min(start, s.token(result.anchor()).start());
            end = Math.max(end, s.token(FigureNotes.wordsOfTheMetric(s, result.anchor(), catalog)).end());
        } else if (carried || audience) {
            start = Math.min(start, Neighbourhood.itemStart(s, n));
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++; // a row's cell after its tab
        }
        String quote = text.substring(start, end);
        String key = code + "|" + level.owner() + "|" + level.platform();
        Integer earlier = byLevel.get(key);
        if (earlier == null) {
            earlier = restated(code, level, n.value().longValue());
        }
        if (earlier != null) {
            FigureDto first = figures.get(earlier);
            leaveOut(n, n.end(), Reason.DUPLICATE, "figures[" + earlier + "] already gives " + code + " at this level");
            if (first.value() != n.value().longValue()) {
                warnings.add("two values for " + code + " at one level: " + first.value() + " (figures[" + earlier + "]) and "
                        + n.value().longValue() + " («" + quote.strip() + "»); check which is right");
            }
            return new Read(code, level);
        }
        String note = FigureNotes.note(text, s, n, audience ? -1 : result.anchor(), quote, catalog);
        if (figures.size() >= MAX_FIGURES) {
            leaveOut(n, n.end(), Reason.OUT_OF_RANGE, "a report holds at most " + MAX_FIGURES + " figures");
            return new Read(code, level);
        }
        if (level.owner() == null && level.platform() != null && catalog.hasLevel(code, MetricLevel.OWNER) && !named.total()) {
            accountOwners.unowned(figures.size());
        }
        byLevel.put(key, figures.size());
        evidence.add(new Extraction.Evidence(figures.size(), quote, start, end));
        figures.add(new FigureDto(code, level.owner(), level.platform(), n.value().longValueExact(),
                n.isRange() ? Qualifier.AT_LEAST : precision.qualifier(), baseline, note.length() <= 2000 ? note : note.substring(0, 2000)));
        return new Read(code, level);
    }

    /** «Напомним: 26 300 участников в сообществе во ВКонтакте»: the same metric and value again at a level no finer. */
    private Integer restated(String code, Levels.Level level, long value) {
        for (int i = 0; i < figures.size(); i++) {
            FigureDto f = figures.get(i);
            if (f.metric().equals(code) && f.value() == value && (level.owner() == null || level.owner() == f.owner())
                    && (level.platform() == null || level.platform() == f.platform())) {
                return i;
            }
        }
        return null;
    }

    private void leaveOut(NumberMention n, int end, Reason reason, String detail) {
        unplaced.add(new Extraction.Unplaced(text.substring(n.start(), end), n.start(), end, reason, detail));
    }
}
