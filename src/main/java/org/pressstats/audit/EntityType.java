package org.pressstats.audit;

/** The kinds of record whose every change is kept. */
public enum EntityType {
    CITY, REPORT, METRIC;

    /** The key of a report in the change log: city slug and year, e.g. {@code bratsk/2023}. */
    public static String reportKey(String citySlug, int year) {
        return citySlug + "/" + year;
    }
}
