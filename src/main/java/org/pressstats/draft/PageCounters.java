package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A web page's count of its own readers, copied with the page: «19.01.2026 · Просмотров: 1 563». */
final class PageCounters {

    /** «Просмотров: 1 284» alone on its line. */
    private static final Pattern COUNTER_LINE = Pattern.compile("(?m)^[ \\t]*Просмотр(?:ов|ы)?[ \\t]*:[ \\t]*\\d[\\d \\u00A0]*$");
    /** «16.01.2026», «25 января 2024»: a page's date. */
    private static final Pattern PAGE_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}\\s+(?:"
            + String.join("|", DateOfAYear.monthNames()) + ")\\s+\\d{4}");

    private final List<Layout.Span> underADate = new ArrayList<>();

    PageCounters(String text) {
        Matcher m = COUNTER_LINE.matcher(text);
        while (m.find()) { // «19.01.2023» over «Просмотров: 1 284»: the counter on the line under the page's date
            int lineStart = text.lastIndexOf('\n', Math.max(m.start() - 2, 0)) + 1;
            if (m.start() > 0 && PAGE_DATE.matcher(text.substring(lineStart, m.start())).find()) {
                underADate.add(new Layout.Span(m.start(), m.end()));
            }
        }
    }

    /** The number is a page's counter: after «Просмотров:» on the line of the page's date or on the line under it. */
    boolean holds(Sentence s, NumberMention n) {
        return onItsDatesLine(s, n) || NotFigures.within(underADate, n);
    }

    private static boolean onItsDatesLine(Sentence s, NumberMention n) {
        if (n.first() < 2 || !s.token(n.first() - 1).is(":") || !s.token(n.first() - 2).lower().startsWith("просмотр")) {
            return false;
        }
        for (int i = n.first() - 2; i >= 0 && i >= n.first() - 12 && !s.token(i + 1).lineBreakBefore(); i--) {
            NumberMention date = s.numberAt(i);
            if (date != null && date.shape() == NumberMention.Shape.DATE) {
                return true;
            }
        }
        return false;
    }
}
