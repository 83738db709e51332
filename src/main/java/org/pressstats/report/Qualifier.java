package org.pressstats.report;

/**
 * How precise a figure is, as the report's wording says: a bare number is exact,
 * «более», «свыше», «порог» mean at least, «около», «порядка», «примерно» mean approximately.
 */
public enum Qualifier {
    EXACT("="),
    AT_LEAST("≥"),
    APPROXIMATE("≈");

    /** The sign shown before a value. */
    public final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }
}
