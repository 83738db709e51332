package org.pressstats.metric;

/** How a metric's figures may be added up. */
public enum MetricKind {
    /** Output over the year: adds up over cities, accounts and years. */
    FLOW("Поток за год"),
    /** Level at the end of the year (subscribers): adds up over cities and accounts, never over years. */
    STOCK("Значение на конец года"),
    /** A change against the baseline recorded with each figure; combined only when baselines agree. */
    GROWTH("Прирост к базе");

    public final String labelRu;

    MetricKind(String labelRu) {
        this.labelRu = labelRu;
    }
}
