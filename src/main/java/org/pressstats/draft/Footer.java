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
        int afterLong = 0; // the footer starts after the text's last long line
        int lineStart = 0;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            end = end < 0 ? text.length() : end;
            if (end - lineStart > LINE) {
                afterLong = end;
            }
            lineStart = end + 1;
        }
        Matcher m = OPENS.matcher(text);
        return m.find(afterLong) ? m.start() : text.length();
    }
}
