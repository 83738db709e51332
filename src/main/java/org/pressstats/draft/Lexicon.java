package org.pressstats.draft;

import java.util.List;
import java.util.Set;

import org.pressstats.report.Platform;

/** The words of the genre that are not metrics: platforms, accounts, totals, and words that count nothing (owners: OwnerWords). */
final class Lexicon {

    private Lexicon() {
    }

    // after a number these name no thing of their own: «8 200 человек», «10 000 000 раз»
    private static final Set<String> NEUTRAL = Set.of("человек", "человека", "чел", "раз", "раза", "ед", "единиц", "единицы",
            "единица", "штук", "шт", "штуки", "позиций", "жителей", "горожан", "пользователей", "пользователя", "пользователи",
            "подписавшихся");
    private static final Set<String> FUNCTION_WORDS = Set.of("в", "во", "на", "с", "со", "по", "и", "а", "но", "о", "об", "за",
            "для", "от", "до", "к", "ко", "у", "из", "при", "через", "как", "что", "это", "который", "которые", "которых",
            "которая", "которое", "которого", "том", "числе", "также", "уже", "еще", "ещё", "всего", "только", "более", "менее",
            "же", "ли", "бы", "не", "ни", "или", "либо", "то", "так", "их", "его", "ее", "её", "им", "они", "он", "она", "оно",
            "было", "были", "был", "была", "стало", "стали", "год", "года", "году", "годом", "г", "гг", "среди",
            "против", "свыше", "около", "порядка", "примерно", "почти", "между", "над", "под", "без", "больше", "меньше",
            "факт", "фактически", "план", // «Пресс-релизы: план — 1 000, факт — 1 245»
            "утверждено", "исполнено", // a municipal task's «Количество фоторепортажей; ед.; утверждено — 200; исполнено — 212»
            "этот", "эта", "эти", "этого", "этой", "этом", "этих", "наш", "наша", "наше", "наши", "нашего", "нашей", "наших",
            "свой", "своя", "свои", "своего", "своей", "своих", // «этот ТГ-канал — 4 380»
            "верно", "правильно"); // «прирост указан 4 500, верно – 5 400»
    private static final Set<String> ACCOUNT_STEMS = Set.of("аккаунт", "страниц", "соцсет", "паблик", "госпаблик", "канал",
            "групп", "сообществ", "чат", "ресурс", "профил", "блог", "мессенджер", "платформ", "площадк", "подписчик",
            "пост", "аудитор");
    private static final Set<String> TELEGA = Set.of("телега", "телеги", "телеге", "телегу", "телегой");
    private static final List<String> OPENED = List.of("откры", "созда", "запуст", "запущ", "нов", "завел", "заведен");
    private static final Set<String> NETWORK = Set.of("сеть", "сети", "сетях", "сетей", "сетям", "сетями");
    private static final List<String> TOTAL_STEMS = List.of("совокупн", "всех", "общ", "суммарн", "итог", "всего", "целом");

    /** Measures of posts and accounts that are not counts of them: reach, share, rating, engagement, average. */
    static boolean isOtherMeasure(Token t) {
        for (String stem : List.of("охват", "дол", "вовлечен", "рейтинг", "индекс", "качеств", "процент", "средн", "цитируем",
                "динамик", "эффективн", "конверси")) {
            if (t.stem().equals(stem) || stem.length() > 3 && t.lower().startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The media word of «в СМИ», «в федеральных изданиях», «в прессе» starting at token i, or null. */
    static Token inTheMedia(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).lower().equals("в") && !tokens.get(i).lower().equals("во")) {
            return null;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
            Token t = tokens.get(j);
            if (isMedia(t)) {
                return t;
            }
            boolean and = (t.lower().equals("и") || t.is(",")) && j > i + 1; // «в республиканских и федеральных СМИ»
            if (!and && (!t.isWord() || !looksAdjective(t))) {
                return null;
            }
        }
        return null;
    }

    private static boolean isMedia(Token t) {
        String w = t.lower();
        return w.equals("сми") || w.equals("прессе") || w.equals("печати") || w.startsWith("издани") || w.startsWith("газет")
                || w.equals("средствах") || w.equals("медиа");
    }

    static boolean isNeutral(Token t) {
        return NEUTRAL.contains(t.lower());
    }

    static boolean isFunctionWord(Token t) {
        return FUNCTION_WORDS.contains(t.lower());
    }

    /** Adjectives and participles by their endings: «выездных», «новых государственных», «прямых». */
    static boolean looksAdjective(Token t) {
        String w = t.lower();
        if (w.length() < 4 || w.endsWith("ций") || w.endsWith("ений") || w.endsWith("аний")) {
            return false; // «реакций», «сообщений», «заданий»: nouns in the genitive plural
        }
        for (String ending : List.of("ых", "их", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому",
                "ему", "ым", "им", "ую", "юю", "ыми", "ими")) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Short forms of verbs and participles: «опубликовано», «размещено», «составило», «набрали». */
    static boolean looksVerb(Token t) {
        String w = t.lower();
        return w.length() >= 4 && (w.endsWith("но") || w.endsWith("то") || w.endsWith("ло") || w.endsWith("ли")
                || w.endsWith("ла") || w.endsWith("ет") || w.endsWith("ют") || w.endsWith("ит") || w.endsWith("ат")
                || w.endsWith("ят") || w.endsWith("лся") || w.endsWith("лось") || w.endsWith("лись") || w.endsWith("ил")
                || w.endsWith("ал") || w.endsWith("ел") || w.endsWith("ны") || w.endsWith("на") || w.endsWith("ен")
                || w.endsWith("ан"));
    }

    static boolean isAccountWord(Token t) {
        if (!t.isWord()) {
            return false;
        }
        if (NETWORK.contains(t.lower()) || platform(t) != null && platform(t) != Platform.WEBSITE) {
            return true;
        }
        // the word's own stem: «пост» is not «поступившие», «профил» is not «профилактика»
        // Snowball cuts «канал» and «канала» to «кана», as if verbs
        return ACCOUNT_STEMS.contains(t.stem()) || ACCOUNT_STEMS.contains(t.lower()) || t.lower().startsWith("канал");
    }

    /**
     * «открыли», «создано», «запустили», «новых» in the number's item, or before it in its clause when the item has no verb
     * of its own («В MAX открыты каналы мэра, а также 32 канала учреждений»): accounts were opened, not counted as they are.
     */
    static boolean opensAccounts(Sentence s, NumberMention n) {
        boolean ownVerb = false;
        for (int i = s.from(n.first()); i < s.to(n.first()); i++) {
            Token t = s.token(i); // «учреждения ведут 212 страниц»
            ownVerb |= s.sameItem(n.first(), i) && (looksVerb(t) || t.lower().endsWith("ут")) && !isAccountWord(t) && !opens(t);
        }
        for (int i = s.from(n.first()); i < s.to(n.first()); i++) {
            boolean governs = s.sameItem(n.first(), i) || !ownVerb && i < n.first() && s.sameClause(n.first(), i);
            if (governs && opens(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opens(Token t) {
        return t.isWord() && OPENED.stream().anyMatch(t.lower()::startsWith);
    }

    /** «всех страницах», «общее число», «суммарно», «совокупная»: a total over accounts, where «всего» may total one count. */
    static boolean isTotalOverAccounts(Token t) {
        String w = t.lower();
        return t.isWord() && (w.equals("всех") || w.equals("всем") || w.startsWith("общ") || w.startsWith("суммарн")
                || w.startsWith("совокупн"));
    }

    static boolean isTotalWord(Token t) {
        return t.isWord() && TOTAL_STEMS.stream().anyMatch(t.lower()::startsWith);
    }

    /** The platform a word names, or null: «ТГ», «Телеграм-канале», «ВКонтакте», «ОК», «Viber», «Дзене» …. */
    static Platform platform(Token t) {
        return t.isWord() ? platform(t.text(), t.lower()) : null;
    }

    /** The platform a word of a text names, read as a token would be («Вконтакте» in «Страница администрации Вконтакте»). */
    static Platform platform(String word) {
        return platform(word, Tokenizer.normalize(word));
    }

    private static Platform platform(String raw, String w) {
        if (w.equals("тг") || w.equals("tg") || w.equals("тгк") || w.startsWith("телеграм") || w.startsWith("telegram")
                || TELEGA.contains(w)) { // «канал в телеге»: the spoken name
            return Platform.TELEGRAM;
        }
        if (w.equals("вк") || w.equals("vk") || w.startsWith("вконтакт") || w.equals("vkontakte")) {
            return Platform.VK;
        }
        if (raw.equals("ОК") || raw.equals("OK") || w.startsWith("одноклассник") || w.equals("odnoklassniki")) {
            return Platform.OK;
        }
        if (w.startsWith("viber") || w.startsWith("вайбер")) {
            return Platform.VIBER;
        }
        if (raw.equals("MAX") || raw.equals("Max") || raw.equals("МАКС") || raw.startsWith("Макс") && raw.length() <= 6
                && Set.of("макс", "макса", "максе", "максом").contains(w)) {
            return Platform.MAX;
        }
        if (w.startsWith("rutube") || w.startsWith("рутуб")) {
            return Platform.RUTUBE;
        }
        if (w.equals("дзен") || w.equals("дзене") || w.equals("дзена") || w.equals("dzen") || w.equals("zen")) {
            return Platform.DZEN;
        }
        if (w.startsWith("youtube") || w.startsWith("ютуб")) {
            return Platform.YOUTUBE;
        }
        if (w.startsWith("сайт")) {
            return Platform.WEBSITE;
        }
        if (w.startsWith("instagram") || w.startsWith("инстаграм") || w.startsWith("facebook") || w.startsWith("фейсбук")
                || w.startsWith("twitter") || w.startsWith("твиттер") || w.startsWith("tiktok") || w.startsWith("тикток")
                || w.startsWith("whatsapp") || w.startsWith("ватсап") || w.startsWith("вотсап")) {
            return Platform.OTHER;
        }
        return null;
    }
}
