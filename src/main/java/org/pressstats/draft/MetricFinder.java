package org.pressstats.draft;

import java.util.List;
import java.util.Set;

import org.pressstats.metric.MetricLevel;

/**
 * Which metric a number counts, from the words around it: the noun it counts («3 415 пресс-релиза»), else the
 * nearest metric words before it in its item, the head of its list, its clause, its sentence. A noun that no
 * metric knows («12 конкурсов») or a list label that is no metric («видеороликов – 45») means the number counts
 * something the catalog does not have.
 */
final class MetricFinder {

    /** The outcome: a metric and the token that named it, or the word that shows the number counts something else. */
    record Result(String code, int anchor, boolean counted, Token foreign, boolean inTheMedia) {
        Result(String code, int anchor, boolean counted, Token foreign) {
            this(code, anchor, counted, foreign, false);
        }

        static Result none() {
            return new Result(null, -1, false, null);
        }

        /** Why a number with no metric was left out, for the unplaced list. */
        String whyNot() {
            if (foreign == null) {
                return "no metric of the catalog is named near it";
            }
            return inTheMedia ? "published in the media («" + foreign.text() + "»), not in the city's own accounts"
                    : "«" + foreign.text() + "» is not a metric of the catalog";
        }

        boolean found() {
            return code != null;
        }
    }

    private static final int LOOK_AHEAD = 5;
    static final Set<String> PRONOUNS = Set.of("их", "они", "которые", "которых", "которым", "его", "ее", "её", "он", "она");
    static final int LOOK_BACK = 25;

    private final MetricCatalog catalog;
    private final ForeignLabels labels;

    MetricFinder(MetricCatalog catalog) {
        this.catalog = catalog;
        this.labels = new ForeignLabels(catalog, this);
    }

    /** The noun right after the number, when it is one: a metric's word, or a word that shows it counts something else. */
    Result counted(Sentence s, NumberMention number) {
        for (int j = number.last() + 1; j < s.size() && j <= number.last() + LOOK_AHEAD && s.sameItem(number.last(), j); j++) {
            Token t = s.token(j);
            if (t.isDigits() || s.numberAt(j) != null) {
                break;
            }
            if (!t.isWord()) {
                if (t.isAnyOf("-–—«»\"“„")) {
                    continue;
                }
                break;
            }
            if (catalog.isKeyword(t.stem())) {
                String code = choose(s, j);
                Token media = Lexicon.inTheMedia(s.tokens, j + 1);
                if (code != null && media != null && catalog.hasLevel(code, MetricLevel.PLATFORM)) {
                    return new Result(null, -1, false, media, true); // «120 публикаций в СМИ»: the media's, not the accounts' posts
                }
                if (code != null) {
                    return new Result(code, j, true, null);
                }
                // «640 ответов на обращения журналистов», «41 мероприятие (пресс-конференции, брифинги)»: a phrase just after
                // completes what the noun leaves open; else «45 мероприятий» without «выездных» counts something else
                int further = completedAfter(s, j);
                return further >= 0 ? new Result(choose(s, further), further, true, null) : new Result(null, -1, false, t);
            }
            if (Lexicon.isNeutral(t) || Lexicon.isFunctionWord(t) || Lexicon.looksVerb(t) || NumberWords.scale(t.lower()) > 0) {
                break;
            }
            // an adjective stands before its noun; a word like one at the end is the noun («14 заседаний.»)
            if (Lexicon.looksAdjective(t) && j + 1 < s.size() && s.token(j + 1).isWord()) {
                continue;
            }
            if (Lexicon.platform(t) != null || Lexicon.isAccountWord(t) || Lexicon.owner(s.tokens, j) != null) {
                break;
            }
            return new Result(null, -1, false, t);
        }
        return Result.none();
    }

    /** The first metric word within a few words after token j, in its item, that a phrase completes; -1 when none. */
    private int completedAfter(Sentence s, int j) {
        for (int k = j + 1; k < s.size() && k <= j + LOOK_AHEAD && s.sameItem(j, k) && s.numberAt(k) == null; k++) {
            Token t = s.token(k);
            if (t.isWord() && catalog.isKeyword(t.stem()) && choose(s, k) != null) {
                return k;
            }
        }
        return -1;
    }

    /** @param claimed tokens that other numbers of the sentence count («постов» of «8 360 постов») */
    Result find(Sentence s, NumberMention number, boolean[] claimed) {
        Result each = Respectively.metric(s, number, catalog, this);
        if (each != null) {
            return each;
        }
        Result counted = counted(s, number);
        if (counted.found() || counted.foreign() != null) {
            return counted;
        }
        Token label = labels.foreignLabel(s, number);
        if (label != null) {
            return new Result(null, -1, false, label);
        }
        Result near = backward(s, number, claimed, 1);
        if (near.found() || near.foreign() != null) {
            return near;
        }
        if (Neighbourhood.namesALevel(s, number)) {
            Result sibling = sibling(s, number);
            if (sibling.found()) {
                return sibling;
            }
        }
        Result far = backward(s, number, claimed, 3);
        if (!far.found() && (Boolean.TRUE.equals(Growth.wording(s, number)) || Neighbourhood.pronounBefore(s, number))) {
            // «аккаунты насчитывают 180 тыс. подписчиков; с начала года они прибавили 28 тыс.»: a change of what was counted;
            // «канал прибавил 11 тыс. подписчиков, а к концу года их стало 47 тыс.»: the same things, counted again
            return backward(s, number, new boolean[s.size()], 3);
        }
        return far;
    }

    /** The nearest metric words before the number, in the best tier up to {@code maxTier}; other numbers' nouns excluded. */
    private Result backward(Sentence s, NumberMention number, boolean[] claimed, int maxTier) {
        int bestTier = Integer.MAX_VALUE;
        Result best = Result.none();
        for (int j = number.first() - 1; j >= 0 && j >= number.first() - LOOK_BACK; j--) {
            Token t = s.token(j);
            if (!t.isWord() || claimed[j] || !catalog.isKeyword(t.stem())) {
                continue;
            }
            int tier = tier(s, number.first(), j);
            if (tier <= maxTier && tier < bestTier) {
                int head = headOfChain(s, j);
                Token measure = measureBefore(s, head);
                if (measure != null) {
                    return new Result(null, -1, false, measure);
                }
                String code = choose(s, head);
                if (code != null) {
                    bestTier = tier;
                    best = new Result(code, head, false, null);
                }
            }
        }
        return best;
    }

    /**
     * «ВК – 12 300, ТГ – 7 450 подписчиков», «опубликовано 7 830 постов, на страницах мэра – 2 960»: an item that names
     * only an account takes the metric of its neighbours in the list, before or after it.
     */
    private Result sibling(Sentence s, NumberMention number) {
        for (int d = 1; d <= LOOK_BACK; d++) {
            for (int j : new int[] { number.last() + d, number.first() - d }) {
                if (j < 0 || j >= s.size()) {
                    continue;
                }
                boolean sameList = s.sameClause(number.first(), j) || s.inListAfterHead(number.first(), j)
                        && (j < number.first() || s.sameBullet(number.first(), j));
                if (!sameList || !s.token(j).isWord()
                        || !catalog.isKeyword(s.token(j).stem())) {
                    continue;
                }
                String code = choose(s, j);
                if (code != null) {
                    return new Result(code, j, false, null);
                }
            }
        }
        return Result.none();
    }

    /** «охват публикаций», «доля публикаций»: the number measures something else of the metric's things. */
    private static Token measureBefore(Sentence s, int head) {
        for (int j = head - 1; j >= 0 && j >= head - 3 && s.sameItem(head, j); j--) {
            Token t = s.token(j);
            if (!t.isWord() || Lexicon.looksAdjective(t)) {
                continue;
            }
            return Lexicon.isOtherMeasure(t) ? t : null;
        }
        return null;
    }

    /** «просмотров публикаций»: of metric words in a row, the first is the head noun and the rest modify it. */
    private int headOfChain(Sentence s, int j) {
        while (j > 0 && s.sameItem(j, j - 1) && s.token(j - 1).isWord() && catalog.isKeyword(s.token(j - 1).stem())) {
            j--;
        }
        return j;
    }


    /** 0: same item; 1: the head of the list; 2: same clause or the one around its bracket; 3: elsewhere in the sentence. */
    private static int tier(Sentence s, int at, int j) {
        if (s.sameItem(at, j) || s.sameClause(at, j) && s.inBulletLine(at)) {
            return 0; // «— фоторепортажей: 511;»: a list line is the number's own
        }
        if (at >= 2 && s.token(at - 1).is(":") && j < at - 1 && s.sameItem(j, at - 2) && s.sameClause(at, j)) {
            return 0; // «Публикации: 11 800; просмотры: 214 млн»: the label before its colon is the number's own
        }
        if (s.inHeadOf(j, at)) {
            return 1;
        }
        return s.inClauseAround(at, j) ? 2 : 3;
    }

    /**
     * The metric named at token {@code anchor}: of the phrases with its stem whose other stems stand in the same
     * item (or the list head), the one with the most stems; the nearer one on a tie, then catalog order.
     */
    String choose(Sentence s, int anchor) {
        String stem = catalog.keyStem(s.token(anchor).stem());
        MetricCatalog.Phrase best = null;
        int bestSpread = Integer.MAX_VALUE;
        for (MetricCatalog.Phrase phrase : catalog.phrasesWith(stem)) {
            int spread = spread(s, anchor, phrase);
            if (spread < 0) {
                continue;
            }
            if (best == null || phrase.stems().size() > best.stems().size()
                    || phrase.stems().size() == best.stems().size() && spread < bestSpread) {
                best = phrase;
                bestSpread = spread;
            }
        }
        return best == null ? null : best.code();
    }

    /**
     * How far the phrase's other stems stand from the anchor, or -1 when one is missing from its item, its list head and
     * its clause before it («новостей, их просмотрели»; a later item is another number's: «…подписчиков, рост – на 35 тыс.»).
     */
    private int spread(Sentence s, int anchor, MetricCatalog.Phrase phrase) {
        boolean refersBack = false; // «…новостей; их просмотрели 4,1 млн раз»
        for (int i = s.from(anchor); i < s.to(anchor); i++) {
            refersBack |= s.sameItem(anchor, i) && PRONOUNS.contains(s.token(i).lower());
        }
        int spread = 0;
        for (String other : phrase.stems()) {
            List<Integer> near = s.positionsNear(other, anchor, 15);
            if (near.contains(anchor)) {
                continue;
            }
            int nearest = Integer.MAX_VALUE;
            for (int p : near) {
                if (p > anchor && Neighbourhood.numberBetween(s, anchor, p)) {
                    continue; // «2 000 ответов на вопросы жителей и 640 ответов на запросы СМИ»: the other number's words
                }
                if (p < anchor && !s.sameItem(p, anchor) && ownNumberAfter(s, p, anchor)) {
                    continue; // «…, прирост за год 3 410;\n ВКонтакте (глава): 11 020 подписчиков»: «прирост» was the 3 410's
                }
                if (inAnotherCompound(s, p, phrase)) {
                    continue; // «Пресс-служба … на 160 мероприятиях»: «пресс» of «пресс-служба» is not that of «пресс-мероприятие»
                }
                if (p < anchor - 1 && !s.sameItem(p, anchor) && Neighbourhood.modifiesAnother(s, p, anchor)) {
                    continue; // «34 новых госпаблика, … 58 тыс. подписчиков»: «новых» is the public pages', not «новый подписчик»
                }
                if (Math.abs(p - anchor) <= 15 && (s.sameItem(anchor, p) || s.inHeadOf(p, anchor)
                        || p < anchor && (s.sameClause(anchor, p) || refersBack))) {
                    nearest = Math.min(nearest, Math.abs(p - anchor));
                }
            }
            if (nearest == Integer.MAX_VALUE) {
                return -1;
            }
            spread = Math.max(spread, nearest);
        }
        return spread;
    }

    /** Whether a number after token p and before the anchor stands in p's own item: p's word is that number's. */
    private static boolean ownNumberAfter(Sentence s, int p, int anchor) {
        for (int k = p + 1; k < anchor; k++) {
            if (s.numberAt(k) != null && s.sameItem(p, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token p is a part of a hyphenated word whose other part is none of the phrase's stems. */
    private boolean inAnotherCompound(Sentence s, int p, MetricCatalog.Phrase phrase) {
        boolean before = p + 2 < s.size() && s.token(p + 1).is("-") && s.token(p + 1).adjacent() && s.token(p + 2).adjacent()
                && s.token(p + 2).isWord() && !isOf(phrase, s.token(p + 2));
        boolean after = p >= 2 && s.token(p - 1).is("-") && s.token(p - 1).adjacent() && s.token(p).adjacent()
                && s.token(p - 2).isWord() && !isOf(phrase, s.token(p - 2));
        return before || after;
    }

    /** Whether a word stands for one of the phrase's stems (as the catalog matches stems). */
    private boolean isOf(MetricCatalog.Phrase phrase, Token word) {
        String key = catalog.keyStem(word.stem());
        return key != null && phrase.stems().contains(key);
    }
}
