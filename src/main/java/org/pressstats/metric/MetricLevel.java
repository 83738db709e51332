package org.pressstats.metric;

/** A level below the city's total at which reports give a metric: whose accounts, or which platform. */
public enum MetricLevel {
    OWNER,
    PLATFORM
}
