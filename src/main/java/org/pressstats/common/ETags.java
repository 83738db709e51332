package org.pressstats.common;

import java.time.Instant;

import jakarta.ws.rs.core.EntityTag;

/** Strong entity tags from a row's version; the creation instant tells a re-created resource apart. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version, Instant createdAt) {
        return new EntityTag(Long.toString(createdAt.toEpochMilli() * 1000 + createdAt.getNano() / 1000 % 1000, 36)
                + "-" + version);
    }

    /**
     * Checks an If-Match header against the current tag (null when the resource does not exist).
     * Throws 412 when it does not match; absent header means no precondition.
     */
    public static void checkIfMatch(String ifMatch, EntityTag current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String trimmed = ifMatch.trim();
        if (trimmed.equals("*")) {
            if (current == null) {
                throw ProblemException.preconditionFailed("If-Match: * but the resource does not exist");
            }
            return;
        }
        if (current != null) {
            String wanted = "\"" + current.getValue() + "\"";
            for (String tag : trimmed.split(",")) {
                if (tag.trim().equals(wanted)) {
                    return;
                }
            }
        }
        throw ProblemException.preconditionFailed(current == null
                ? "If-Match given but the resource does not exist"
                : "If-Match " + trimmed + " does not match the current ETag " + "\"" + current.getValue() + "\"");
    }

    /** If-Match and If-None-Match: * of a create-or-replace, against the current tag (null: no resource yet). */
    public static void checkWrite(String ifMatch, String ifNoneMatch, EntityTag current) {
        checkIfMatch(ifMatch, current);
        checkIfNoneMatchOnWrite(ifNoneMatch, current);
    }

    /** If-None-Match: * on a write means create only; 412 when the resource exists. */
    private static void checkIfNoneMatchOnWrite(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch != null && ifNoneMatch.trim().equals("*") && current != null) {
            throw ProblemException.preconditionFailed("If-None-Match: * but the resource exists");
        }
    }
}
