package org.pressstats.draft;

/** What a figure's note quotes: the words of its metric and its number, as the text says them. */
final class FigureNotes {

    private FigureNotes() {
    }

    /** The quote, or the metric's words and the number's own item when they stand apart; a range says which bound. */
    static String note(String text, Sentence s, NumberMention n, int anchor, String quote, MetricCatalog catalog) {
        String note = quote;
        if (anchor >= 0 && !s.sameItem(anchor, n.first())) {
            // «VK – 10 100» under «подписчиков в сетях мэра:»: the metric's words, then the number's own item
            int last = n.last();
            while (last + 1 < s.size() && s.sameItem(n.first(), last + 1) && !s.token(last + 1).isAnyOf(".;)")) {
                last++;
            }
            note = text.substring(s.token(anchor).start(), s.token(wordsOfTheMetric(s, anchor, catalog)).end()) + ": "
                    + text.substring(Neighbourhood.itemStart(s, n), s.token(last).end());
        }
        note = note.replaceAll("\\s+", " ").strip();
        if (n.isRange()) {
            note = note + " (диапазон от " + n.value().toBigInteger() + " до " + n.upper().toBigInteger()
                    + ": взята нижняя граница)";
        }
        return note;
    }

    /** The last token of the metric's words from the anchor on: «пресс-релизов», «прямых эфиров», «новых … пабликов». */
    static int wordsOfTheMetric(Sentence s, int anchor, MetricCatalog catalog) {
        int last = anchor;
        for (int j = anchor + 1; j < s.size() && j <= anchor + 4 && s.sameItem(anchor, j); j++) {
            Token t = s.token(j);
            if (t.is("-") && t.adjacent()) {
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            if (catalog.isKeyword(t.stem())) {
                last = j;
            } else if (!Lexicon.looksAdjective(t)) {
                break;
            }
        }
        return last;
    }
}
