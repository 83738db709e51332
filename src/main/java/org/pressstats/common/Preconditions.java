package org.pressstats.common;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** RFC 9110 conditional GET: If-None-Match (strong or weak comparison) wins over If-Modified-Since. */
public final class Preconditions {

    private Preconditions() {
    }

    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String currentTag, Instant changedAt) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(currentTag) || (tag.startsWith("W/") && tag.substring(2).equals(currentTag))) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !changedAt.isAfter(since.plusSeconds(1).minusNanos(1));
            } catch (DateTimeParseException e) {
                return false; // an unreadable date is ignored, as the RFC says
            }
        }
        return false;
    }
}
