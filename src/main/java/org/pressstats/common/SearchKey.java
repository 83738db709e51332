package org.pressstats.common;

import java.util.Locale;

/** Case- and ё-insensitive form of a name, computed in Java so search does not depend on the DB locale. */
public final class SearchKey {

    private SearchKey() {
    }

    public static String of(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** A LIKE pattern matching the text anywhere, with LIKE's wildcards escaped. */
    public static String containing(String text) {
        return "%" + startingWith(text);
    }

    /** A LIKE pattern matching a key that starts with the text, with LIKE's wildcards escaped. */
    public static String startingWith(String text) {
        return of(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
