package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;

/** Lines, paragraphs and trimmed spans of a text. */
final class Spans {

    private Spans() {
    }

    /** Paragraphs of a span: blocks between blank lines. */
    static List<Layout.Span> paragraphs(String text, Layout.Span within) {
        List<Layout.Span> paragraphs = new ArrayList<>();
        int start = -1;
        int lastEnd = within.start();
        for (Layout.Span line : lines(text, within)) {
            boolean blank = text.substring(line.start(), line.end()).isBlank();
            if (blank) {
                if (start >= 0) {
                    paragraphs.add(trim(text, new Layout.Span(start, lastEnd)));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = line.start();
                }
                lastEnd = line.end();
            }
        }
        if (start >= 0) {
            paragraphs.add(trim(text, new Layout.Span(start, lastEnd)));
        }
        return paragraphs;
    }

    /** The span without the blanks at its ends. */
    static Layout.Span trim(String text, Layout.Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new Layout.Span(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static List<Layout.Span> lines(String text, Layout.Span within) {
        List<Layout.Span> lines = new ArrayList<>();
        int start = within.start();
        for (int i = within.start(); i < within.end(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(new Layout.Span(start, i));
                start = i + 1;
            }
        }
        lines.add(new Layout.Span(start, within.end()));
        return lines;
    }
}
