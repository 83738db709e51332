package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers that are not counts, by their shape and neighbours: years, dates, times, phones, URLs, percentages, money …. */
final class NotFigures {

    // a name part starts where its run of name characters starts: tried from inside a run too, a long unbroken word
    // costs the square of its length
    private static final Pattern URL = Pattern.compile("(?iu)(?:https?://|www\\.)[^\\s<>«»\"]+|(?<![\\w.-])[\\w.-]+\\.(?:ru|рф|su|com|org|net|me|info|online)(?:/[^\\s<>«»\"]*)?");
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    /** «@glava_86»: an account's handle. */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@])@\\w[\\w.]*");
    private static final Pattern PHONE = Pattern.compile("(?:\\+7|\\b8)[\\s\\u00A0-]*\\(?\\d{3,5}\\)?[\\s\\u00A0-]*\\d{1,3}[\\s\\u00A0-]*\\d{2}[\\s\\u00A0-]*\\d{2}\\b"
            + "|\\b\\d{1,3}-\\d{2}-\\d{2}\\b");
    private static final Set<String> MONTHS = Set.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
            "сентябрь", "октябрь", "ноябрь", "декабрь");
    private static final Set<String> YEAR_WORDS = Set.of("год", "года", "году", "годом", "годы", "годов", "годах", "г", "гг");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("в", "во", "с", "со", "до", "по", "за", "к", "на", "от",
            "против", "начала", "конца", "середины", "итогам", "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря", "январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"); // «запущен в апреле 2021»

    private static final Set<String> EVERY = Set.of("ежедневно", "еженедельно", "ежемесячно", "ежечасно");
    // «в день», not «в год»: a report's figures are the year's
    private static final Set<String> PER = Set.of("день", "сутки", "неделю", "месяц", "час");
    private static final Set<String> PER_ONE = Set.of("публикацию", "пост", "запись", "выпуск", "эфир", "одну", "один",
            "каждую", "каждый");

    private static final Set<String> RANKS = Set.of("место", "месте", "позиция", "позиции", "позицию", "строчка", "строчку");

    private final List<Layout.Span> masks = new ArrayList<>();
    private final PageCounters counters;
    private final List<Layout.Span> urls = new ArrayList<>();

    NotFigures(String text) {
        for (Pattern p : List.of(URL, EMAIL, HANDLE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                urls.add(new Layout.Span(m.start(), m.end()));
            }
        }
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            masks.add(new Layout.Span(m.start(), m.end()));
        }
        counters = new PageCounters(text);
    }

    /** Why the number is not a count, or null when it may be one. */
    Reason reason(Sentence s, NumberMention n) {
        if (within(urls, n)) {
            return Reason.URL;
        }
        if (within(masks, n)) {
            return Reason.PHONE;
        }
        if (n.shape() == NumberMention.Shape.DATE) {
            return Reason.DATE;
        }
        if (n.shape() == NumberMention.Shape.TIME) {
            return Reason.TIME;
        }
        Token next = n.last() + 1 < s.size() ? s.token(n.last() + 1) : null;
        Token afterNext = n.last() + 2 < s.size() ? s.token(n.last() + 2) : null;
        Token before = n.first() > 0 ? s.token(n.first() - 1) : null;
        if (s.quoted(n.first()) || before != null && before.is("-") && before.adjacent() && s.token(n.first()).adjacent()
                && n.first() >= 2 && namesAModel(s.token(n.first() - 2))) {
            return Reason.NAME; // «Чита – 370» in quotes, «COVID-19»
        }
        if (next != null && (next.is("%") || next.lower().startsWith("процент"))) {
            return Reason.PERCENT;
        }
        if (next != null && (next.lower().startsWith("руб") || next.is("₽") || next.lower().startsWith("коп"))) {
            return Reason.MONEY;
        }
        // «по 30 ноября ежедневно»: a date before any rate
        if (next != null && next.isWord() && MONTHS.contains(next.lower())) {
            return Reason.DATE;
        }
        if (isTimes(s, n) && before != null && (before.lower().equals("в") || before.lower().equals("во"))) {
            return Reason.RATIO;
        }
        if (isRate(s, n)) {
            return Reason.RATIO;
        }
        if (next != null && (next.is("°") || next.is("℃"))) {
            return Reason.MEASURE;
        }
        if (next != null && (next.lower().equals("года") || next.lower().equals("лет") || next.lower().equals("год"))
                && !n.looksLikeYear()) {
            return Reason.MEASURE; // «за три года»: a span of years; «средний возраст подписчика — 54 года»: an age
        }
        if (next != null && RANKS.contains(next.lower())) {
            return Reason.ORDINAL; // «(4 место)», «на 3 позиции»: a place in a rating
        }
        if (next != null && (next.lower().equals("мес") || next.lower().startsWith("месяц"))) {
            return Reason.MEASURE; // «за 9 месяцев», «3 мес. | 6 мес.»: a span of months
        }
        if (before != null && before.isAnyOf("−-–") && !before.adjacent() && s.token(n.first()).adjacent()
                && (n.first() < 2 || !s.token(n.first() - 2).isDigits() && !namesAnAccount(s.token(n.first() - 2)))) {
            return Reason.NEGATIVE; // not «Госпаблик администрации Vk -5,230», a dash typed in a hurry
        }
        if (next != null && next.isAnyOf("-–") && next.adjacent() && afterNext != null && afterNext.isWord() && afterNext.adjacent()) {
            return Reason.ORDINAL; // «3-й», «370-летие» (a case ending, «5-ти», stays with its number)
        }
        if (before != null && (before.is("№") || before.lower().equals("n") && before.isUpperCase()) || inANumbersParts(s, n)
                || Footnotes.isMark(s, n) || FormCodes.isCode(s, n) || FormCodes.numbersTheColumns(s)) {
            return Reason.ORDINAL; // «№ 5», a footnote's «[^2]» or «760(1)», «Таблица 1.», «рис. 5», a form's «ОКЕИ 642», «стр. 200»
        }
        if (n.looksLikeYear() && !n.plus() && (next != null && YEAR_WORDS.contains(next.lower())
                || before != null && YEAR_PREPOSITIONS.contains(before.lower()) || before != null && MONTHS.contains(before.lower()))) {
            return Reason.YEAR;
        }
        if (n.looksLikeYear() && (next != null && next.isAnyOf("-–—") && afterNext != null && afterNext.isDigits()
                || OtherYear.inAPairOfYears(s, n) || before != null && OtherYear.isArrow(before) && n.first() >= 2
                && s.numberAt(n.first() - 2) != null && s.numberAt(n.first() - 2).looksLikeYear())) {
            return Reason.YEAR; // «2022–2023», «(2023 / 2024)», «2020 → 2021: 18 400 → 22 500»
        }
        if (n.looksLikeYear() && (next == null || next.isColumnBreak() || next.is("(") && noteClosesItsCell(s, n.last() + 1))
                && s.isTableRow() && wordsOpenItsCell(s, n)) {
            return Reason.YEAR; // a table's column heading «2022 | 2023», «Факт 2021 | План 2022», «2023 (для сравнения)»
        }
        if (isListMarker(s, n, next)) {
            return Reason.LIST_MARKER;
        }
        if (isAverageInItsLabel(s, n)) {
            return Reason.RATIO;
        }
        return counters.holds(s, n) ? Reason.HEADING : null;
    }

    /** «Ср. просмотров на публикацию …. 1 647», «Средний просмотр записи: ~1 890», «просмотров на пост — 1 316». */
    private static boolean isAverageInItsLabel(Sentence s, NumberMention n) {
        for (int i = Math.max(0, n.first() - Sentence.WINDOW); i + 1 < n.first(); i++) {
            String w = s.token(i).lower();
            boolean average = w.equals("ср") && s.token(i + 1).is(".") || w.startsWith("средн") && !w.startsWith("среднесроч");
            if ((average || w.equals("на") && PER_ONE.contains(s.token(i + 1).lower())) && s.sameClause(i, n.first())
                    && java.util.stream.IntStream.range(i, n.first()).allMatch(k -> s.numberAt(k) == null)) {
                return true; // the label's cell too: a dotted leader or a colon parts it from the number
            }
        }
        return false;
    }

    /** A bracket of words that ends its cell: «(для сравнения)». */
    private static boolean noteClosesItsCell(Sentence s, int open) {
        for (int i = open + 1; i < s.size() && i <= open + 8; i++) {
            Token t = s.token(i);
            if (t.is(")")) {
                return i + 1 == s.size() || s.token(i + 1).isColumnBreak();
            }
            if (t.isDigits() || t.isColumnBreak()) {
                return false;
            }
        }
        return false;
    }

    /** The number's cell holds nothing before it but a few words («Факт 2021», «План на 2023»), or nothing. */
    private static boolean wordsOpenItsCell(Sentence s, NumberMention n) {
        int words = 0;
        for (int i = n.first() - 1; i >= 0 && !s.token(i).isColumnBreak(); i--) {
            if (!s.token(i).isWord() || ++words > 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * «COVID-19», «Ил-76», «МиГ-29»: a short name in capitals or Latin before a hyphen and digits; not a label written
     * without spaces («Пресс-релизы-2814», «ВКонтакте-12,5тыс.», «СМИ-187», «ТГ-канал-2 750»).
     */
    private static boolean namesAModel(Token word) {
        String raw = word.text();
        boolean latin = raw.chars().allMatch(c -> c < 128);
        return word.isWord() && raw.length() <= 5 && (latin || Character.isUpperCase(raw.charAt(0)))
                && Lexicon.platform(word) == null && !Lexicon.isAccountWord(word) && !raw.equalsIgnoreCase("СМИ");
    }

    /** «№ 01-04-245/1»: a part of a document's number, written together after «№». */
    private static boolean inANumbersParts(Sentence s, NumberMention n) {
        int k = n.first();
        while (k > 0 && s.token(k).adjacent() && (s.token(k - 1).isAnyOf("-/.") || s.token(k - 1).isDigits())) {
            k--;
        }
        return k < n.first() && k > 0 && s.token(k - 1).is("№");
    }

    /** «раза» right after the number, or after «с половиной»: «в 3 раза», «в два с половиной раза». */
    private static boolean isTimes(Sentence s, NumberMention n) {
        int i = n.last() + 1;
        if (i + 1 < s.size() && s.token(i).lower().equals("с") && s.token(i + 1).lower().equals("половиной")) {
            i += 2;
        }
        return i < s.size() && (s.token(i).lower().equals("раза") || s.token(i).lower().equals("раз"));
    }

    /**
     * «в среднем 5 тысяч», «ежедневно около 20 постов», «3 брифинга ежемесячно», «20 в день», «5 тысяч на публикацию»:
     * a rate, not the year's count.
     */
    private static boolean isRate(Sentence s, NumberMention n) {
        for (int i = Math.max(0, n.first() - Sentence.WINDOW); i < n.first(); i++) {
            String w = s.token(i).lower();
            if (s.sameItem(i, n.first()) && (EVERY.contains(w) || w.equals("среднем") && i > 0 && s.token(i - 1).lower().equals("в"))) {
                return true;
            }
        }
        for (int i = n.last() + 1; i < s.size() && i <= n.last() + 3 && s.sameItem(n.first(), i) && s.numberAt(i) == null; i++) {
            String w = s.token(i).lower();
            if (EVERY.contains(w)) {
                return true; // «3 брифинга ежемесячно»
            }
            if (i + 1 >= s.size()) {
                break;
            }
            String after = s.token(i + 1).lower();
            if ((w.equals("в") || w.equals("за")) && PER.contains(after) || w.equals("на") && PER_ONE.contains(after)) {
                return true;
            }
        }
        return false;
    }

    /** «1.», «2)» or «2.1.» opening a line. */
    private static boolean isListMarker(Sentence s, NumberMention n, Token next) {
        int first = n.first();
        while (first >= 2 && s.token(first).adjacent() && s.token(first - 1).is(".") && s.token(first - 1).adjacent()
                && s.token(first - 2).isDigits() && s.token(first - 2).text().length() <= 2) {
            first -= 2; // «1.1.1.»: the last part of an outline number, whatever the reader made of the parts before
        }
        boolean opensLine = first == 0 || s.token(first).lineBreakBefore();
        boolean marker = n.digits() != null && n.digits().length() <= 2 || SentenceSplitter.isOutlineNumber(written(s, n));
        return opensLine && marker && next != null && next.isAnyOf(".)") && next.adjacent();
    }

    /** The number's tokens as written, when nothing stands between them. */
    private static String written(Sentence s, NumberMention n) {
        StringBuilder b = new StringBuilder();
        for (int i = n.first(); i <= n.last(); i++) {
            if (i > n.first() && !s.token(i).adjacent()) {
                return "";
            }
            b.append(s.token(i).text());
        }
        return b.toString();
    }

    static boolean within(List<Layout.Span> spans, NumberMention n) {
        for (Layout.Span span : spans) {
            if (n.start() >= span.start() && n.start() < span.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAnAccount(Token t) {
        return Lexicon.platform(t) != null || Lexicon.isAccountWord(t);
    }
}
