package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;

import org.pressstats.report.Owner;
import org.pressstats.report.Platform;

/**
 * The header row of a table in a narrative («Площадка | Мэрия | Мэр», «Показатель | 2022 | 2023»,
 * «Аккаунт | Подписчики | Публикаций»): what each column holds — a level, a metric, a year.
 */
final class TableHeader {

    /**
     * What a column's header names; null parts name nothing. The baseline is its changes' («Рост за год»); the scale
     * its numbers' («Подписчики, тыс.»; the first column's scale holds for all), else 0; apart says why a column holds
     * no count of the year: a part of the year («I кв.», «Январь»), the plan («План», «Целевое значение») or
     * percentages («% исполнения»), else null; total: the header says «Итого», «Всего».
     */
    record Column(Levels.Level level, String metric, Integer year, String baseline, long scale, Reason apart, boolean total) {

        String apartWhat() {
            return apart == Reason.PART_OF_YEAR ? "a part of the year" : apart == Reason.PLANS ? "the plan"
                    : apart == Reason.ORDINAL ? "codes" : "percentages";
        }
    }

    /** «План 2023», «Плановое значение», «Откл.»: a plan's column, or its deviation; a fact's («Факт») never. */
    private static final java.util.regex.Pattern PLAN = java.util.regex.Pattern.compile(
            "(?iu)(?:план|целев|цель|прогноз|отклонени|откл\\.|утв)"); // «Утверждено в муниципальном задании», «Утв.»

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?iu)^код(?![\\p{L}])|океи");

    private final List<Column> columns = new ArrayList<>();
    private boolean periodsInRows; // the first cell is a word or two of a part of the year: «Квартал», «Месяц»

    TableHeader(Sentence row, MetricCatalog catalog, MetricFinder finder, String text, Integer reportYear) {
        List<Token> cell = new ArrayList<>();
        List<PartOfYear.DateCell> dates = new ArrayList<>();
        int start = row.span.start();
        boolean tabbed = start > 0 && text.charAt(start - 1) == '\t' && (start == 1 || text.charAt(start - 2) == '\n');
        if (tabbed || indentedOverRows(text, row)) {
            // «⇥ВК⇥ОК»: an empty first cell
            columns.add(new Column(new Levels.Level(null, null), null, null, null, 0, null, false));
            dates.add(null);
        }
        for (int i = 0; i <= row.size(); i++) {
            if (i < row.size() && !row.token(i).isColumnBreak()) {
                cell.add(row.token(i));
                continue;
            }
            Sentence part = new Sentence(-1, -1, row.span, List.copyOf(cell));
            Owner owner = null;
            Platform platform = null;
            String metric = null;
            for (int j = 0; j < part.size(); j++) {
                owner = owner != null ? owner : part.owner(j);
                platform = platform != null ? platform : part.platform(j);
                metric = metric != null || !catalog.isKeyword(part.token(j).stem()) ? metric : finder.choose(part, j);
            }
            List<Baselines.Found> since = cell.isEmpty() ? List.of()
                    : Baselines.in(text, cell.get(0).start(), cell.get(cell.size() - 1).end(), reportYear);
            // «Прирост с 01.01.2024» and «Прирост к 2023» say what a change is measured against, not the column's year
            PartOfYear.DateCell date = cell.isEmpty() || !since.isEmpty() ? null
                    : PartOfYear.ofCell(text.substring(cell.get(0).start(), cell.get(cell.size() - 1).end()), reportYear);
            Integer year = !since.isEmpty() ? null : part.numbers.stream().filter(NumberMention::looksLikeYear)
                    .map(m -> m.value().intValue()).findFirst().orElse(date != null && !date.part() ? date.year() : null);
            // «Просмотры публикаций за 2023 г., тыс.»: a year in the header is no number its scale goes with
            long scale = part.numbers.stream().allMatch(NumberMention::looksLikeYear) ? TableUnits.cellScale(cell) : 0;
            scale = scale > 0 || columns.isEmpty() ? scale : columns.get(0).scale();
            columns.add(new Column(new Levels.Level(owner, platform), metric, year, since.isEmpty() ? null : since.get(0).baseline(),
                    scale, apart(cell, text, date), cell.stream().anyMatch(Lexicon::isTotalWord)));
            dates.add(date);
            periodsInRows |= columns.size() == 1 && cell.size() <= 2 && PartOfYear.heads(cell);
            cell.clear();
        }
        if (dates.stream().filter(java.util.Objects::nonNull).count() == 1) {
            for (int k = 0; k < columns.size(); k++) { // one date alone, «Подписчики на 20.12.2023», is when the year was counted
                Column c = columns.get(k);
                if (dates.get(k) != null && dates.get(k).part()) {
                    columns.set(k, new Column(c.level(), c.metric(), c.year(), c.baseline(), c.scale(), null, c.total()));
                }
            }
        }
    }

    private static Reason apart(List<Token> cell, String text, PartOfYear.DateCell date) {
        if (PartOfYear.heads(cell) || date != null && date.part()) {
            return Reason.PART_OF_YEAR; // «на 31.01»: a month's end
        }
        return apartFor(cell.isEmpty() ? "" : text.substring(cell.get(0).start(), cell.get(cell.size() - 1).end()));
    }

    /** Why a column headed with these words holds no count of the year: the plan, percentages, codes; else null. */
    static Reason apartFor(String header) {
        String words = header.toLowerCase();
        if (words.contains("факт")) {
            return null;
        }
        if (CODE.matcher(words).find()) {
            return Reason.ORDINAL; // «Код по ОКЕИ», «Код строки»: a form's codes
        }
        return words.contains("%") ? Reason.PERCENT : PLAN.matcher(words).lookingAt() ? Reason.PLANS : null;
    }

    /** «Графы: … 5 — утверждено …» over «1 | 2 | … | 9»: what a legend says a numbered column holds. */
    void apart(int index, Reason reason) {
        Column c = columns.get(index);
        columns.set(index, new Column(c.level(), c.metric(), c.year(), c.baseline(), c.scale(), reason, c.total()));
    }

    int size() {
        return columns.size();
    }

    /** «ВКонтакте | Одноклассники | Итого»: a column of the total of the columns of accounts beside it. */
    boolean totalOfAccounts(Column column) {
        return column.total() && columns.stream().anyMatch(c -> c.level().owner() != null || c.level().platform() != null);
    }

    /** «Квартал | ВКонтакте | …» over «I | 312 | …»: the rows' labels are parts of the year. */
    boolean periodsInRows() {
        return periodsInRows;
    }

    /** The owner the header of the rows' labels names («Аккаунты администрации» over «ВКонтакте», «Одноклассники»), or null. */
    Owner labelsOwner() {
        return columns.size() < 2 ? null : columns.get(0).level().owner();
    }

    /** A second header row under a first («Глава города» over «подписчики | публикации»): each column named by both. */
    TableHeader under(TableHeader above) {
        for (int k = 0; k < columns.size() && k < above.columns.size(); k++) {
            Column c = columns.get(k);
            Column a = above.columns.get(k);
            Levels.Level level = new Levels.Level(either(c.level().owner(), a.level().owner()),
                    either(c.level().platform(), a.level().platform()));
            columns.set(k, new Column(level, either(c.metric(), a.metric()), either(c.year(), a.year()),
                    either(c.baseline(), a.baseline()), c.scale() > 0 ? c.scale() : a.scale(), either(c.apart(), a.apart()),
                    c.total() || a.total()));
        }
        return this;
    }

    private static <T> T either(T own, T above) {
        return own != null ? own : above;
    }

    /** «            01.04.2019   31.12.2019» over «ВКонтакте    6 120    7 630»: a header typed over the rows' labels. */
    private static boolean indentedOverRows(String text, Sentence row) {
        int lineStart = text.lastIndexOf('\n', row.span.start() - 1) + 1;
        int next = text.indexOf('\n', row.span.end());
        if (next < 0 || !text.substring(lineStart, row.span.start()).isBlank()) {
            return false;
        }
        int nextIndent = next + 1;
        while (nextIndent < text.length() && text.charAt(nextIndent) == ' ') {
            nextIndent++;
        }
        boolean rowBelow = nextIndent < text.length() && text.charAt(nextIndent) != '\n';
        return rowBelow && row.span.start() - lineStart >= nextIndent - next - 1 + 2;
    }

    /** The header of the column a number of a row stands in, or null beyond the last. */
    Column of(Sentence row, NumberMention n) {
        int index = 0;
        for (int i = 0; i < n.first(); i++) {
            index += row.token(i).isColumnBreak() ? 1 : 0;
        }
        return index < columns.size() ? columns.get(index) : null;
    }
}
