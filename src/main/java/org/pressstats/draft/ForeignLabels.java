package org.pressstats.draft;

/** Labels of list items that name a thing no metric counts: «видеороликов – 45», «Охват: 120 000», «видеосюжеты (125)». */
final class ForeignLabels {

    private final MetricCatalog catalog;
    private final MetricFinder finder;

    ForeignLabels(MetricCatalog catalog, MetricFinder finder) {
        this.catalog = catalog;
        this.finder = finder;
    }

    /** «видеороликов – 45», «Охват: 120 000», «видеосюжеты (125)»: the item names its thing before a dash, colon or bracket, and it is no metric. */
    Token foreignLabel(Sentence s, NumberMention number) {
        int j = number.first() - 1;
        if (j >= 1 && s.token(j).is("(")) {
            return labelBeforeBracket(s, j);
        }
        while (j >= 0 && s.sameItem(number.first(), j) && !s.token(j).isWord()) {
            if (s.token(j).isAnyOf("–—-:")) {
                Token label = null;
                Token first = null;
                boolean level = false;
                int words = 0;
                int at = j;
                // «— видеороликов смонтировано: 146»: the label of a list line ends at its colon
                for (int k = j - 1; k >= 0 && (s.sameItem(at, k) || s.token(at).is(":") && s.sameClause(at, k)
                        && !s.token(k).isAnyOf(",;")); k--) {
                    Token t = s.token(k);
                    if (!t.isWord() || FormCodes.refersToAPart(s, k)) {
                        continue; // «гр. 3: 117»: the form's column, no label
                    }
                    words++;
                    first = Lexicon.looksAdjective(t) ? first : t; // the leftmost word but adjectives: «Суммарный охват»
                    if (catalog.isKeyword(t.stem()) && finder.choose(s, k) != null || Growth.isChangeWord(t)) {
                        return null; // «…, рост по сравнению с 2022 годом – 6,5 тыс.»: a change of what the sentence counts
                    }
                    if (namesALevel(s, k) || partOfAPlatformsName(s, k)) {
                        level = true;
                        label = null; // «ВК главы — 34 тыс.», «Страница главы города во ВКонтакте — 4 215»: whose, not what
                    } else if (!Lexicon.isFunctionWord(t) && !Lexicon.looksAdjective(t) && !Lexicon.isNeutral(t) && NumberWords.scale(t.lower()) == 0) {
                        label = t; // not the unit of «Количество фоторепортажей, ед.: 187» or «Просмотры, тыс.: 6 200»
                    }
                }
                // «Реакций в Telegram-каналах за год — 31 тыс.»: the thing counted heads a short label, the account follows it
                return !level || label == first && words <= 6 ? label : null; // not «из них в Телеграм-канале – 3 015»
            }
            j--;
        }
        return null;
    }

    /** «…, видеосюжеты (125)»: a short item of its own before the bracket, naming a thing no metric counts; else null. */
    private Token labelBeforeBracket(Sentence s, int bracket) {
        int k = bracket - 1;
        while (k >= 0 && bracket - k <= 3 && s.token(k).isWord() && !joins(s.token(k))) {
            Token t = s.token(k);
            // «анонсы мероприятий (640)»: a metric's word that makes no metric here names no metric
            if (catalog.isKeyword(t.stem()) && finder.choose(s, k) != null || namesALevel(s, k) || Lexicon.isFunctionWord(t)
                    || Lexicon.looksVerb(t) || Lexicon.isNeutral(t) || NumberWords.scale(t.lower()) > 0) {
                return null;
            }
            k--;
        }
        boolean itemStarts = k < 0 || s.token(k).isAnyOf(",;:—–-") || joins(s.token(k));
        Token label = Lexicon.looksAdjective(s.token(k + 1)) ? s.token(bracket - 1) : s.token(k + 1); // the item's head noun
        return itemStarts && bracket - k <= 3 && label.isWord() && !Lexicon.looksAdjective(label) ? label : null;
    }

    /** A platform, an account, an owner or a total: the label says whose or where, not what. */
    private static boolean namesALevel(Sentence s, int k) {
        Token t = s.token(k);
        return Lexicon.platform(t) != null || Lexicon.isAccountWord(t) || OwnerWords.owner(s.tokens, k) != null || Lexicon.isTotalWord(t);
    }

    /** «Яндекс» of «Яндекс.Дзен»: a word joined to a network's name by a dot or a hyphen. */
    private static boolean partOfAPlatformsName(Sentence s, int k) {
        return k + 2 < s.size() && s.token(k + 1).isAnyOf(".-") && s.token(k + 1).adjacent() && s.token(k + 2).adjacent()
                && Lexicon.platform(s.token(k + 2)) != null;
    }

    private static boolean joins(Token t) {
        return t.lower().equals("и") || t.lower().equals("а");
    }
}
