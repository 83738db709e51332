package org.pressstats.report;

/** What a highlight of the year is. */
public enum HighlightKind {
    EVENT_COVERED("Освещённое событие"),
    SPECIAL_PROJECT("Спецпроект"),
    PUBLICATION("Издание"),
    MILESTONE("Достижение");

    public final String labelRu;

    HighlightKind(String labelRu) {
        this.labelRu = labelRu;
    }
}
