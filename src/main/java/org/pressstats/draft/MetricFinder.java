package org.pressstats.draft;

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
    private final PhraseChoice phrases;

    MetricFinder(MetricCatalog catalog) {
        this.catalog = catalog;
        this.labels = new ForeignLabels(catalog, this);
        this.phrases = new PhraseChoice(catalog);
    }

    /** The noun right after the number, when it is one: a metric's word, or a word that shows it counts something else. */
    Result counted(Sentence s, NumberMention number) {
        int mark = Footnotes.markEnd(s, number.last() + 1); // «760(1) новостей», «584¹⁾ материала», «150** запросов»
        int from = mark > 0 ? mark : number.last() + 1;
        for (int j = from; j < s.size() && j < from + LOOK_AHEAD && s.sameItem(number.last(), j); j++) {
            Token t = s.token(j);
            if (t.isDigits() || s.numberAt(j) != null) {
                break;
            }
            if (!t.isWord()) {
                if (t.isAnyOf("–—") && !t.adjacent()) {
                    break; // «подготовили больше сорока — чаще всего спрашивали …»: a spaced dash after a number starts a comment
                }
                if (t.isAnyOf("-–—«»\"“„") || t.is("+") && j == from && t.adjacent()) {
                    continue; // «500+ запросов»
                }
                break;
            }
            if (catalog.isKeyword(t.stem())) {
                String code = choose(s, j);
                Token media = Lexicon.inTheMedia(s.tokens, j + 1);
                media = media != null ? media : mediaBefore(s, number);
                if (code != null && media != null && catalog.hasLevel(code, MetricLevel.PLATFORM)) {
                    return new Result(null, -1, false, media, true); // «120 публикаций в СМИ»: the media's, not the accounts' posts
                }
                if (code != null && t.stem().startsWith("участник") && !namesAnAccount(s)) {
                    return new Result(null, -1, false, t); // «конкурс блогеров: 64 участника»: no group's members
                }
                if (code != null) {
                    return new Result(code, j, true, null);
                }
                // «640 ответов на обращения журналистов», «41 мероприятие (пресс-конференции, брифинги)»: a phrase just after
                // completes what the noun leaves open; else «45 мероприятий» without «выездных» counts something else
                int further = completedAfter(s, j);
                return further >= 0 ? new Result(choose(s, further), further, true, null) : new Result(null, -1, false, t);
            }
            if (Lexicon.isAccountWord(t) && Lexicon.platform(t) == null && OwnerWords.owner(s.tokens, j) == null) {
                return accountsCounted(s, number, j); // «открыли 47 каналов в MAX»
            }
            if (Lexicon.isNeutral(t) || Lexicon.isFunctionWord(t) || Lexicon.looksVerb(t) || NumberWords.scale(t.lower()) > 0) {
                break;
            }
            // an adjective stands before its noun; a word like one at the end is the noun («14 заседаний.»)
            if (Lexicon.looksAdjective(t) && j + 1 < s.size() && s.token(j + 1).isWord()) {
                continue;
            }
            if (OwnerWords.namesDepartments(t)) {
                return accountsCounted(s, number, j); // «госпаблики созданы у 48 учреждений», «ведут 62 учреждения»
            }
            if (Lexicon.platform(t) != null || OwnerWords.owner(s.tokens, j) != null || OwnerWords.isOwnerWord(t)) {
                break; // «12 000 администрации»: whose, not what
            }
            return new Result(null, -1, false, t);
        }
        return Result.none();
    }

    /**
     * The accounts or departments at token j are what the number counts: new accounts where the words say they were
     * opened (one each), else no figure.
     */
    private Result accountsCounted(Sentence s, NumberMention number, int j) {
        String opened = catalog.newAccounts();
        return opened != null && Lexicon.opensAccounts(s, number) ? new Result(opened, j, true, null)
                : new Result(null, -1, false, s.token(j));
    }

    /** A platform, an owner or an account named anywhere in the sentence. */
    private static boolean namesAnAccount(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.platform(i) != null || s.owner(i) != null || Lexicon.isAccountWord(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first metric word within a few words after token j, in its item, that a phrase completes; -1 when none. */
    private int completedAfter(Sentence s, int j) {
        for (int k = j + 1; k < s.size() && k <= j + LOOK_AHEAD && s.sameItem(j, k) && s.numberAt(k) == null; k++) {
            Token t = s.token(k);
            if (t.isAnyOf(".!?")) {
                break; // «выехали на 174 мероприятия.ответов на запросы СМИ — 61»: a full stop typed without its space
            }
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
        for (int j = number.first() - 1; j >= 0 && j >= number.first() - 4 && s.sameItem(number.first(), j); j--) {
            if (s.token(j).lower().startsWith("населени")) {
                return new Result(null, -1, false, s.token(j)); // «при численности населения около 280 тыс. человек»
            }
        }
        Token label = labels.foreignLabel(s, number);
        label = label != null ? label : OtherMeasures.ofTheClause(s, number, catalog);
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
        int reach = s.isTableRow() ? number.first() : LOOK_BACK; // a row's label, however many months' cells stand after it
        // «Подписчики на 31.12.2024:» on a line over a list of accounts heads it however long the list is
        // «… составило: за I квартал — 312, за полугодие — 640, …, за год — 1 340»: so does a head over items that each hold a number
        int headEnd = s.colon() > 0 && number.first() > s.colon() + 1 && (s.token(s.colon() + 1).lineBreakBefore()
                || MetricReach.itemsOfNumbers(s, s.colon() + 1, number.first())) ? s.colon() : -1;
        for (int j = number.first() - 1; j >= 0; j--) {
            if (j < number.first() - reach && j >= headEnd) {
                j = headEnd; // on from the head's last word
                continue;
            }
            if (j < number.first() - reach && j < headEnd - LOOK_BACK) {
                break;
            }
            Token t = s.token(j);
            if (!t.isWord() || claimed[j] || !catalog.isKeyword(t.stem())) {
                continue;
            }
            int tier = MetricReach.tier(s, number.first(), j);
            if (tier <= maxTier && tier < bestTier) {
                int head = headOfChain(s, j);
                Token measure = OtherMeasures.before(s, head);
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
                if (j > number.last() && !s.sameItem(number.first(), j) && !MetricReach.nounOfANumberBefore(s, j, number)) {
                    continue; // «… читают 34 тысячи человек, с начала года прирост составил 15 тысяч»: a label of the next number
                }
                String code = choose(s, j);
                if (code != null) {
                    return new Result(code, j, false, null);
                }
            }
        }
        return Result.none();
    }

    /** «В республиканских и федеральных СМИ за год вышло 1 900 публикаций»: the media named before, in the number's clause. */
    private static Token mediaBefore(Sentence s, NumberMention number) {
        for (int k = number.first() - 1; k >= 0 && number.first() - k <= LOOK_AHEAD * 2 && s.sameClause(number.first(), k); k--) {
            Token media = Lexicon.inTheMedia(s.tokens, k);
            if (media != null) {
                return media;
            }
        }
        return null;
    }

    private static final Set<String> POINTING = Set.of("этих", "этой", "этого", "этим", "их", "его", "её", "ее", "данных",
            "наших", "своих", "таких");

    /** «просмотров публикаций»: of metric words in a row, the first is the head noun and the rest modify it. */
    private int headOfChain(Sentence s, int j) {
        while (j > 0 && s.sameItem(j, j - 1)) {
            // «просм. постов»: an abbreviation's full stop stands in the chain; «просмотров этих постов»: a pointing word
            int k = j > 1 && (s.token(j - 1).is(".") && Tokenizer.isAbbreviation(s.token(j - 2).lower())
                    || POINTING.contains(s.token(j - 1).lower())) ? j - 2 : j - 1;
            if (!s.sameItem(j, k) || !s.token(k).isWord() || !catalog.isKeyword(s.token(k).stem())) {
                break;
            }
            j = k;
        }
        return j;
    }


    /** «Б. Подписчики на 31.12.2022» over a table of accounts: the metric a line's words name, or null. */
    String named(Sentence s) {
        for (int j = 0; j < s.size(); j++) {
            String named = catalog.isKeyword(s.token(j).stem()) ? choose(s, j) : null;
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    /** The metric named at token {@code anchor} (see PhraseChoice). */
    String choose(Sentence s, int anchor) {
        return phrases.choose(s, anchor);
    }
}
