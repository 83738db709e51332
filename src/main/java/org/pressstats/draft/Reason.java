package org.pressstats.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a number of the text did not become a figure. */
@Schema(name = "DraftReason", description = "Why a number is not a figure: not a metric of the catalog, a year, a date, a "
        + "time, a phone, a URL, a percentage, money, an ordinal, part of a name, a list marker, a duplicate of an earlier "
        + "figure, next year's plans, a heading, a highlight's quantity, a change without a baseline, out of range, "
        + "negative, a measurement, a part of the number before, a part of the year, a ratio, another year's figure, a value the "
        + "text corrects, another town's figure")
public enum Reason {
    /** It counts something the metric catalog has no metric for, or no metric is named near it. */
    NOT_A_METRIC("it counts something the metric catalog has no metric for"),
    YEAR("a year"),
    DATE("a date"),
    TIME("a time of day"),
    PHONE("part of a phone number"),
    URL("part of a web or mail address or an account's handle"),
    PERCENT("a percentage"),
    MONEY("a sum of money"),
    /** «3-й», «370-летие», «№ 5». */
    ORDINAL("an ordinal or part of a word («3-й», «370-летие», «№ 5»)"),
    /** Part of a name in quotes: «Чита – 370». */
    NAME("part of a name in quotes"),
    LIST_MARKER("the number of a list item"),
    /** The same metric at the same level was already taken from earlier in the text. */
    DUPLICATE("the same figure again"),
    /** A number of next year's plans, or the year's plan beside its fact: a goal, not a result of the year. */
    PLANS("a goal or a plan (next year's, or the year's beside its fact), not a result of the year"),
    /** Outside the report's two sections: the city line or a heading. */
    HEADING("in a heading"),
    /** The quantity of a highlight (a print run), not a figure. */
    HIGHLIGHT("the quantity of a highlight (a print run)"),
    /** A change with no baseline in the text; a growth figure needs one. */
    NO_BASELINE("a change with no baseline"),
    /** Not a whole number, or beyond 10^13. */
    OUT_OF_RANGE("not a whole number from 0 to 10^13"),
    /** Below zero: «−50 °C». */
    NEGATIVE("a negative number"),
    /** A measurement: degrees, distances. */
    MEASURE("a measurement (degrees, distance, a span of years or months)"),
    /** A part of the number before it («из них 20», «в том числе 40») with no level of its own, or one named item's count. */
    PART("a part: of the number before it («из них», «в том числе»), or one named item's count («самый популярный пост», "
            + "«марафон «…», который посмотрели»)"),
    /** A count of a part of the year: «в декабре — 300 постов», «за первое полугодие», «за 9 месяцев». */
    PART_OF_YEAR("a count of a part of the year («в декабре», «за первое полугодие»)"),
    /** «вырос в 3 раза», and rates: «в среднем 5 тысяч», «20 постов в день». */
    RATIO("a ratio or a rate («в 3 раза», «в среднем», «в день»)"),
    /** A figure of another year than the report's: «(в 2024 году — 1 870)», «с 9 800 до 14 250», a table's column for the year before. */
    OTHER_YEAR("a figure of another year"),
    /** A value the text corrects: «указано не 12 400, а 12 040», «указан 4 500, верно – 5 400». */
    CORRECTED("a value the text itself corrects («не 168, а 186», «указано 212, верно – 122»)"),
    /** A figure of another town the text compares with: «Для сравнения: у … город Камышин … 26 тыс.». */
    OTHER_TOWN("a figure of another town the text compares with");

    /** What the reason means, for the unplaced entry's detail. */
    public final String detail;

    Reason(String detail) {
        this.detail = detail;
    }
}
