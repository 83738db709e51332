package org.pressstats.draft;

import java.util.List;
import java.util.Set;

import org.pressstats.report.Platform;

/** What stands around a number in its sentence: level words, the start of its item, a «из них» or «самый популярный» before it. */
final class Neighbourhood {

    private static final Set<String> MOST = Set.of("самый", "самая", "самое", "самые", "самую", "самого",
            "самой", "самых", "самым", "самыми");
    private static final List<String> POPULAR = List.of("популярн", "просматриваем", "читаем", "обсуждаем",
            "востребован", "посещаем", "рейтингов");

    /** One post or one video, in the singular: what it gathered is that item's count, not the accounts'. */
    private static final Set<String> ONE_ITEM = Set.of("пост", "ролик", "видеоролик", "сюжет", "видеосюжет", "клип", "рилс",
            "видеообращение", "трансляцию", "трансляция", "эфир");

    private static final Set<String> ONE = Set.of("один", "одна", "одно");
    private static final Set<String> WHERE = Set.of("в", "во", "на");

    private Neighbourhood() {
    }

    /** A platform, owner or account word in the number's item or its list head. */
    static boolean namesALevel(Sentence s, NumberMention number) {
        for (int i = s.from(number.first()); i < s.to(number.first()); i++) {
            if ((s.sameItem(number.first(), i) || s.inHeadOf(i, number.first())) && isLevelWord(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** A platform, owner or account word in the number's clause before it, or its list head: a list that goes on. */
    static boolean namesALevelBefore(Sentence s, NumberMention n) {
        boolean level = false;
        for (int i = s.from(n.first()); i < s.to(n.first()); i++) {
            if (i < n.first() && s.sameItem(i, n.first()) && Lexicon.isOtherMeasure(s.token(i))) {
                return false; // «Суммарный охват всех аккаунтов администрации — 21 млн»: an account's reach, no count of it
            }
            level |= near(s, n, i) && isLevelWord(s, i);
        }
        return level;
    }

    /** «читают 6 980 человек»: the number counts people, who are an account's audience, never its posts or views. */
    static boolean countsPeople(Sentence s, NumberMention n) {
        int next = n.last() + 1;
        return next < s.size() && PEOPLE.contains(s.token(next).lower());
    }

    private static final java.util.Set<String> PEOPLE = java.util.Set.of("человек", "чел", "пользователей"); // not «жителей»: a population

    /** A platform named in the number's clause before it or its list head: «ТГ главы — 52,8 тыс.», «Telegram | 41 200». */
    static boolean namesAPlatformBefore(Sentence s, NumberMention n) {
        for (int i = s.from(n.first()); i < s.to(n.first()); i++) {
            Platform platform = s.platform(i);
            if (near(s, n, i) && platform != null && platform != Platform.WEBSITE) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(Sentence s, NumberMention n, int i) {
        return s.sameItem(n.first(), i) || s.inHeadOf(i, n.first()) || i < n.first() && s.sameClause(n.first(), i)
                || beforeItsBracket(s, n.first(), i);
    }

    /** «страницу ВКонтакте (41 тыс.)»: token i is in the item right before the brackets that hold the number at {@code at}. */
    static boolean beforeItsBracket(Sentence s, int at, int i) {
        int bracket = s.bracket(at);
        if (bracket < 0 || i >= at || s.bracket(i) == bracket) {
            return false;
        }
        int open = at;
        while (open > 0 && s.bracket(open - 1) == bracket) {
            open--;
        }
        if (open == 0 || !s.token(open).is("(")) {
            return false;
        }
        int start = open - 1; // back to the bracket or number before, not across them: «канал (30 тыс.) и страницу ВК (41 тыс.)»
        if (s.numberAt(start) != null) {
            start = s.numberAt(start).first(); // «ВКонтакте — 63 тыс. (+7 тыс. за год)»: the item of the number before
        } else if (start > 0 && s.token(start).isWord() && s.numberAt(start - 1) != null) {
            start = s.numberAt(start - 1).first(); // «в Одноклассниках — 1 870 постов (610 тыс. просмотров)»: and its noun
        }
        while (start > 0 && s.sameItem(open - 1, start - 1) && !s.token(start - 1).is(")") && s.numberAt(start - 1) == null) {
            start--;
        }
        return i >= start && i < open;
    }

    static int itemStart(Sentence s, NumberMention n) {
        int i = n.first();
        while (i > 0 && s.sameItem(n.first(), i - 1) && !s.token(i - 1).isAnyOf(",;:/(")) {
            i--;
        }
        return s.token(i).start();
    }

    /**
     * «587 фоторепортажей, в том числе 40 — о юбилее»: a part of the number before, unless it names its own level; and
     * one item's count, «самый популярный пост набрал 1,2 млн просмотров».
     */
    static boolean isPartOfTheNumberBefore(Sentence s, NumberMention n) {
        if (isOneItemsCount(s, n)) {
            return true;
        }
        int i = n.first() - 1;
        while (i >= 0 && s.token(i).isAnyOf("—–-:")) {
            i--;
        }
        boolean part = i >= 1 && (ofThem(s, i - 1) || s.token(i).lower().equals("числе") && s.token(i - 1).lower().equals("том"))
                || ofThem(s, n.last() + 1); // «к 412 из них сделаны фоторепортажи»
        if (!part) {
            return false;
        }
        for (int j = s.from(n.first()); j < s.to(n.first()); j++) {
            if (s.sameItem(n.first(), j) && (s.platform(j) != null || s.owner(j) != null)) {
                return false;
            }
        }
        return true;
    }

    /** «в телеграм-канале губернатора области, у которого более 60 тыс. подписчиков»: the region's account, not the city's. */
    static boolean ofTheGovernor(Sentence s, NumberMention n) {
        for (int i = Math.max(0, n.first() - 12); i < n.first(); i++) {
            if (s.sameClause(i, n.first()) && s.token(i).lower().startsWith("губернатор") && !numberBetween(s, i, n.first())) {
                return true;
            }
        }
        return false;
    }

    /** A number between two tokens that counts something: not «80-летия» nor the day of «9 Мая». */
    static boolean countBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            NumberMention m = s.numberAt(k);
            Token after = m == null || m.last() + 1 >= s.size() ? null : s.token(m.last() + 1);
            if (m != null && !(after != null && (after.is("-") && after.adjacent() || PartOfYear.isMonth(after)))) {
                return true;
            }
        }
        return false;
    }

    /** «выходит в прямой эфир»: the word after «в», «на» (its adjectives between) is where, not one item that was watched. */
    private static boolean afterAPreposition(Sentence s, int i) {
        int j = i - 1;
        while (j >= 0 && Lexicon.looksAdjective(s.token(j))) {
            j--;
        }
        return j >= 0 && WHERE.contains(s.token(j).lower());
    }

    /** «из них», «из которых» at token {@code at}: a part of what was counted before. */
    private static boolean ofThem(Sentence s, int at) {
        return at >= 0 && at + 1 < s.size() && s.token(at).lower().equals("из")
                && (s.token(at + 1).lower().equals("них") || s.token(at + 1).lower().equals("которых"));
    }

    private static boolean isOneItemsCount(Sentence s, NumberMention n) {
        if (namedThingBefore(s, n) || mostThenOneItem(s, n) || inAListOfTheTop(s, n)) {
            return true;
        }
        for (int i = s.from(n.first()); i + 1 < n.first(); i++) {
            String word = s.token(i).lower();
            String next = s.token(i + 1).lower();
            if (!s.inClauseAround(n.first(), i)) {
                continue;
            }
            if (mostPopular(word, next)) {
                return true; // «самый популярный пост набрал …»
            }
            boolean oneOf = ONE.contains(word) && next.equals("из"); // «одна из публикаций … набрала»
            boolean item = word.startsWith("лучш") || ONE_ITEM.contains(word) && !afterAPreposition(s, i) || oneOf;
            if (item && i >= n.first() - 15 && !countBetween(s, i, n.first())) {
                return true; // «Пост про паводок посмотрели 410 тысяч раз», «лучшие ролики набрали больше 300 тысяч просмотров»
            }
        }
        return false;
    }

    /** «самый популярный», «самые просматриваемые»: the words of the most read. */
    private static boolean mostPopular(String word, String next) {
        return MOST.contains(word) && POPULAR.stream().anyMatch(next::startsWith);
    }

    /** «Топ-5 публикаций года:» / «1) о графике … — 22,4 тыс. просмотров;»: an item of a list of the most read posts. */
    private static boolean inAListOfTheTop(Sentence s, NumberMention n) {
        for (int i = 0; i < s.colon() && n.first() > s.colon(); i++) {
            String word = s.token(i).lower();
            String next = s.token(i + 1).lower();
            if (word.equals("топ") || word.startsWith("топ-") || word.startsWith("лучш") || mostPopular(word, next)) {
                return true;
            }
        }
        return false;
    }

    /** «Больше всего просмотров (41 тыс.) собрал клип о …», «наибольший охват — 12 тыс. — у поста»: the most of one item. */
    private static boolean mostThenOneItem(Sentence s, NumberMention n) {
        boolean most = false;
        for (int i = Math.max(0, n.first() - 6); i < n.first(); i++) {
            String word = s.token(i).lower();
            most |= word.startsWith("наибольш") || word.equals("больше") && i + 1 < s.size() && s.token(i + 1).lower().equals("всего");
        }
        for (int i = n.last() + 1; most && i < s.size() && i <= n.last() + 6; i++) {
            if (ONE_ITEM.contains(s.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * «онлайн-марафон «Ковров — город оружейников», который посмотрели 47 тысяч человек»: the count of one thing with a
     * name, not of an account («группа «Администрация города», которую читают …» stays the account's).
     */
    private static boolean namedThingBefore(Sentence s, NumberMention n) {
        for (int q = n.first() - 1; q >= 1 && q >= n.first() - 8; q--) {
            if (!s.token(q).is("»")) {
                continue;
            }
            int which = s.token(q + 1).is(",") ? q + 2 : q + 1;
            if (which >= n.first() || !s.token(which).lower().startsWith("котор")) {
                return false;
            }
            int open = q;
            while (open > 0 && !s.token(open).is("«")) {
                open--;
            }
            Token named = open > 0 ? s.token(open - 1) : null;
            return named != null && named.isWord() && !Lexicon.isAccountWord(named) && Lexicon.platform(named) == null
                    && s.owner(open - 1) == null;
        }
        return false;
    }

    private static boolean isLevelWord(Sentence s, int i) {
        return s.platform(i) != null || s.owner(i) != null || Lexicon.isAccountWord(s.token(i));
    }

    /** «их», «они» in the number's item before it: it counts what an earlier number counted. */
    static boolean pronounBefore(Sentence s, NumberMention number) {
        for (int j = number.first() - 1; j >= 0 && j >= number.first() - MetricFinder.LOOK_BACK && s.sameItem(number.first(), j); j--) {
            if (MetricFinder.PRONOUNS.contains(s.token(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** An adjective at p that stands before a noun of its own, not before the anchor. */
    static boolean modifiesAnother(Sentence s, int p, int anchor) {
        Token next = s.token(p + 1);
        return Lexicon.looksAdjective(s.token(p)) && p + 1 != anchor && next.isWord() && !Lexicon.isFunctionWord(next)
                && !Lexicon.looksAdjective(next);
    }

    /** A number strictly between tokens a and b. */
    static boolean numberBetween(Sentence s, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (s.numberAt(k) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number's item names one department or institution and no departments together. */
    static boolean namesOneDepartment(Sentence s, NumberMention n) {
        boolean one = false;
        for (int j = 0; j < n.first(); j++) {
            if (s.sameItem(j, n.first())) {
                if (OwnerWords.namesOneDepartment(s.token(j)) && !OwnerWords.excludedBefore(s.tokens, j)) { // not «по инициативе отдела»
                    one = true;
                } else if (OwnerWords.namesDepartments(s.token(j))) {
                    return false;
                }
            }
        }
        return one;
    }
}
