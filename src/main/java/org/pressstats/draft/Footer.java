package org.pressstats.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A web page's or a paper's lines after an article: the byline, photo credits, tags, links to other articles. */
final class Footer {

    private static final Pattern OPENS = Pattern.compile("(?imu)^[ \\t]*(?:Автор|Фото|Теги|Метки|Читайте\\s+также|Поделиться)"
            + "(?:\\s*:|\\s*$)");
    /** A footer's lines are short; a longer line after such a word is the report going on. */
    private static final int LINE = 160;

    private Footer() {
    }

    /** Where the footer starts: the first line opening one after which every line is short; else the text's length. */
    static int start(String text) {
        Matcher m = OPENS.matcher(text);
        while (m.find()) {
            if (text.substring(m.start()).lines().allMatch(line -> line.length() <= LINE)) {
                return m.start();
            }
        }
        return text.length();
    }
}
