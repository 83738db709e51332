package org.pressstats.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/** Strong entity tags from a row's version; the creation instant tells a re-created resource apart. */
public final class ETags {

    // RFC 9110 entity-tag: an optional W/ and a quoted string of visible characters other than '"'
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

    private ETags() {
    }

    public static EntityTag of(long version, Instant createdAt) {
        return new EntityTag(Long.toString(createdAt.toEpochMilli() * 1000 + createdAt.getNano() / 1000 % 1000, 36)
                + "-" + version);
    }

    /**
     * Checks an If-Match header against the current tag (null when the resource does not exist).
     * Throws 412 when it does not match, 400 when it is neither * nor a list of entity tags (an empty one included:
     * it must not pass for an absent header); an absent header means no precondition.
     */
    public static void checkIfMatch(String ifMatch, EntityTag current) {
        if (ifMatch == null) {
            return;
        }
        List<String> tags = parse(HttpHeaders.IF_MATCH, ifMatch);
        if (tags.equals(List.of("*"))) {
            if (current == null) {
                throw ProblemException.preconditionFailed("If-Match: * but the resource does not exist");
            }
            return;
        }
        // strong comparison: a weak tag never matches
        if (current != null && tags.contains("\"" + current.getValue() + "\"")) {
            return;
        }
        throw ProblemException.preconditionFailed(current == null
                ? "If-Match given but the resource does not exist"
                : "If-Match " + ifMatch.trim() + " does not match the current ETag " + "\"" + current.getValue() + "\"");
    }

    /** If-Match and If-None-Match of a create-or-replace, against the current tag (null: no resource yet). */
    public static void checkWrite(String ifMatch, String ifNoneMatch, EntityTag current) {
        checkIfMatch(ifMatch, current);
        checkIfNoneMatchOnWrite(ifNoneMatch, current);
    }

    /** If-None-Match on a write: * means create only, tags mean only if none of them is current; 412 otherwise. */
    private static void checkIfNoneMatchOnWrite(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null) {
            return;
        }
        List<String> tags = parse(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        if (current == null) {
            return;
        }
        if (tags.equals(List.of("*"))) {
            throw ProblemException.preconditionFailed("If-None-Match: * but the resource exists");
        }
        // weak comparison, as RFC 9110 has it for If-None-Match
        String now = "\"" + current.getValue() + "\"";
        if (tags.stream().anyMatch(tag -> tag.replaceFirst("^W/", "").equals(now))) {
            throw ProblemException.preconditionFailed("If-None-Match " + ifNoneMatch.trim() + " names the current ETag " + now);
        }
    }

    /** RFC 9110: * or entity tags separated by commas; anything else is a 400 naming the header. */
    static List<String> parse(String header, String value) {
        String trimmed = value.trim();
        if (trimmed.equals("*")) {
            return List.of("*");
        }
        List<String> tags = new ArrayList<>();
        for (String part : trimmed.split(",", -1)) {
            String tag = part.trim();
            if (!ENTITY_TAG.matcher(tag).matches()) {
                throw ProblemException.badRequest(header, "must be * or entity tags such as \"m3c7k2-2\", separated by commas");
            }
            tags.add(tag);
        }
        return tags;
    }
}
