package org.pressstats.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Russian numerals in words, in the case forms reports use («двух тысяч», «ста сорока пяти»). */
final class NumberWords {

    enum Rank {
        UNIT, TEEN, TEN, HUNDRED, SCALE
    }

    record Numeral(long value, Rank rank) {
    }

    private static final Map<String, Numeral> WORDS = new HashMap<>();

    static {
        // «один» and its forms only end a compound («сорок один»): alone, «один из» is not a count
        unit(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном");
        unit(2, "два", "две", "двух", "двум", "двумя");
        unit(3, "три", "трех", "трем", "тремя");
        unit(4, "четыре", "четырех", "четырем", "четырьмя");
        unit(5, "пять", "пяти", "пятью");
        unit(6, "шесть", "шести", "шестью");
        unit(7, "семь", "семи"); // «семью» is also «family»
        unit(8, "восемь", "восьми", "восемью");
        unit(9, "девять", "девяти", "девятью");
        add(10, Rank.TEEN, "десять", "десяти", "десятью");
        String[] teens = { "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
                "восемнадцат", "девятнадцат" };
        for (int i = 0; i < teens.length; i++) {
            add(11 + i, Rank.TEEN, teens[i] + "ь", teens[i] + "и", teens[i] + "ью");
        }
        add(20, Rank.TEN, "двадцать", "двадцати", "двадцатью");
        add(30, Rank.TEN, "тридцать", "тридцати", "тридцатью");
        add(40, Rank.TEN, "сорок", "сорока");
        add(50, Rank.TEN, "пятьдесят", "пятидесяти", "пятьюдесятью");
        add(60, Rank.TEN, "шестьдесят", "шестидесяти", "шестьюдесятью");
        add(70, Rank.TEN, "семьдесят", "семидесяти", "семьюдесятью");
        add(80, Rank.TEN, "восемьдесят", "восьмидесяти", "восемьюдесятью");
        add(90, Rank.TEN, "девяносто", "девяноста");
        add(100, Rank.HUNDRED, "сто", "ста");
        add(200, Rank.HUNDRED, "двести", "двухсот", "двумстам", "двумястами", "двухстах");
        add(300, Rank.HUNDRED, "триста", "трехсот", "тремстам", "тремястами", "трехстах");
        add(400, Rank.HUNDRED, "четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах");
        for (String[] h : List.of(new String[] { "500", "пят" }, new String[] { "600", "шест" }, new String[] { "700", "сем" },
                new String[] { "800", "восем" }, new String[] { "900", "девят" })) {
            String genitive = h[1].equals("восем") ? "восьми" : h[1] + "и";
            add(Long.parseLong(h[0]), Rank.HUNDRED, h[1] + "ьсот", genitive + "сот", genitive + "стам", genitive + "стах",
                    h[1] + "ьюстами");
        }
        // «два десятка», «три сотни», «около сотни», «полтора десятка»
        add(10, Rank.SCALE, "десяток", "десятка", "десятков", "десятку");
        add(100, Rank.SCALE, "сотня", "сотни", "сотен", "сотню");
        add(1_000, Rank.SCALE, "тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячам", "тысячами", "тысячах");
        add(1_000_000, Rank.SCALE, "миллион", "миллиона", "миллионов", "миллионам", "миллионами", "миллионах");
        add(1_000_000_000, Rank.SCALE, "миллиард", "миллиарда", "миллиардов");
    }

    private NumberWords() {
    }

    private static void unit(long value, String... forms) {
        add(value, Rank.UNIT, forms);
    }

    private static void add(long value, Rank rank, String... forms) {
        for (String form : forms) {
            WORDS.put(form, new Numeral(value, rank));
        }
    }

    static boolean isOne(String lower) {
        Numeral n = WORDS.get(lower);
        return n != null && n.value() == 1;
    }

    /** The numeral a lower-case word (ё as е) is, or null. */
    static Numeral of(String lower) {
        return WORDS.get(lower);
    }

    /** «полтора», «полторы», «полутора»: one and a half, only before a scale word. */
    static boolean isOneAndAHalf(String lower) {
        return lower.equals("полтора") || lower.equals("полторы") || lower.equals("полутора");
    }

    /** «полсотни», «полтысячи», «полмиллиона», «полумиллиона»: half of a scale in one word, or 0. */
    static long half(String lower) {
        return switch (lower) {
            case "полсотни", "полусотни", "полсотню" -> 50L;
            case "полтысячи", "полутысячи" -> 500L;
            case "полмиллиона", "полумиллиона", "полумиллионом" -> 500_000L;
            case "полмиллиарда", "полумиллиарда" -> 500_000_000L;
            default -> 0L;
        };
    }

    /** «тыс», «млн», «млрд»: a scale written short, with a full stop that ends no sentence. */
    static boolean isScaleAbbreviation(String lower) {
        return lower.equals("тыс") || lower.equals("млн") || lower.equals("млрд");
    }

    /** The multiplier that an abbreviation or word after a number stands for («тыс.», «млн», «тысяч», «десятка»), or 0. */
    static long scale(String lower) {
        return switch (lower) {
            case "тыс" -> 1_000L;
            case "млн" -> 1_000_000L;
            case "млрд" -> 1_000_000_000L;
            default -> {
                Numeral n = WORDS.get(lower); // the scale words in full, as the numerals above list them
                yield n != null && n.rank() == Rank.SCALE ? n.value() : 0L;
            }
        };
    }
}
