package org.pressstats.draft;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A town's name and the forms a text gives it in: its cases («Пскова», «Нижнем Новгороде», «Полярных Зорь», «Орла»)
 * and the adjective of a district named after it («Бугульминского» of Бугульма, «Сергиево-Посадского» of Сергиев Посад).
 */
final class TownName {

    static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:ий|ый|ой|ого|ому|ом|ая|ую|ое|ие|ые|их|ых|ым|ими|ыми)$");
    private static final Set<String> ADJECTIVE_CASES = Set.of("ий", "ый", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
            "ая", "яя", "ую", "юю", "ое", "ее", "ей", "ые", "ие", "ых", "их", "ыми", "ими");
    /** Endings of a town's noun (and of plurals: «Березников», «Полярных Зорь»); «-ой» only of «-а» («Тулой»). */
    private static final Set<String> NOUN_CASES = Set.of("", "ь", "а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ов", "ев", "ам", "ям",
            "ах", "ях", "ами", "ями");
    private static final Set<String> FEMININE_CASES = Set.of("а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", "");
    /** Of «-ь» nouns of both genders: «Твери», «Тверью» and «Переславля», «Ярославлем». */
    private static final Set<String> SOFT_CASES = Set.of("ь", "и", "ью", "ей", "ям", "ях", "я", "ю", "ем", "е");
    private static final Map<Character, Character> ALTERNATING = Map.of('г', 'ж', 'к', 'ч', 'х', 'ш', 'ц', 'ч');

    /** One word of a name, or one part of a hyphenated word, and the stems its cases start with. */
    private record Part(String word, String stem, Set<String> endings, String fleeting) {

        static Part of(String word) {
            Matcher adjective = ADJECTIVE_ENDING.matcher(word);
            if (word.length() > 4 && adjective.find() && adjective.end() - adjective.start() == 2) { // «Нижний», «Чайковский»
                return new Part(word, word.substring(0, adjective.start()), ADJECTIVE_CASES, null);
            }
            char last = word.charAt(word.length() - 1);
            boolean vowel = "аяоеиыьй".indexOf(last) >= 0;
            Set<String> endings = last == 'а' || last == 'я' ? FEMININE_CASES : last == 'ь' ? SOFT_CASES : NOUN_CASES;
            int n = word.length(); // «Орёл» → «Орла», «Череповец» → «Череповца», «Елец» → «Ельца»
            String fleeting = vowel || n < 4 || "ео".indexOf(word.charAt(n - 2)) < 0 ? null
                    : word.substring(0, n - 2) + (word.charAt(n - 3) == 'л' ? "ь" : "") + last;
            return new Part(word, vowel ? word.substring(0, n - 1) : word, endings, fleeting);
        }

        boolean isCase(String read) {
            return read.equals(word) || read.startsWith(stem) && endings.contains(read.substring(stem.length()))
                    || fleeting != null && read.startsWith(fleeting) && read.length() > fleeting.length()
                    && NOUN_CASES.contains(read.substring(fleeting.length()));
        }
    }

    final String name;
    private final Part[][] words;
    private final List<String> adjectiveStems;

    TownName(String name) {
        this.name = name;
        String[] normalized = Tokenizer.normalize(name).split(" ");
        words = new Part[normalized.length][];
        for (int i = 0; i < normalized.length; i++) {
            String[] parts = normalized[i].split("-");
            words[i] = new Part[parts.length];
            for (int j = 0; j < parts.length; j++) {
                words[i][j] = Part.of(parts[j]);
            }
        }
        adjectiveStems = adjectiveStems(normalized);
    }

    int length() {
        return words.length;
    }

    String prefix() {
        return words[0][0].word().substring(0, 2);
    }

    /** Whether the text's words (normalized, split at hyphens), from {@code at} on, are this name in some case. */
    boolean isFormOf(List<String[]> read, int at) {
        if (at + words.length > read.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String[] parts = read.get(at + i);
            if (parts.length != words[i].length) {
                return false;
            }
            for (int j = 0; j < parts.length; j++) {
                if (!words[i][j].isCase(parts[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether an adjective's stem (its ending cut, «о-» joined) is this town's: «бугульминск», «елабужск», «сергиев-посадск». */
    boolean isAdjectiveStem(String stem) {
        for (String city : adjectiveStems) {
            for (String start : new String[] {city, alternated(city)}) {
                if (start != null && stem.startsWith(start)) {
                    String suffix = stem.substring(start.length());
                    if (suffix.isEmpty() && (city.endsWith("ск") || city.endsWith("цк")) || suffix.length() <= 5 && suffix.endsWith("ск")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * What the adjective starts with: the name without its last vowel («бугульм»), a name of two words as one
     * («сергиев-посад» of «Сергиево-Посадский», «сосновобор» of «Сосновоборский», «великолук» of «Великолукский»).
     */
    private static List<String> adjectiveStems(String[] words) {
        String last = words[words.length - 1].replaceAll("[аеиоуыэюяьй]$", "");
        if (words.length == 1) {
            return List.of(last);
        }
        String first = words[0].replaceAll("(?:ий|ый|ой|ая|ое|ие|ые|яя)$", "");
        return List.of(String.join("-", words).replaceAll("[аеиоуыэюяьй]$", ""), first + "о" + last);
    }

    /** «елабуг» → «елабуж»: the consonant an adjective's «-ский» turns it into. */
    private static String alternated(String stem) {
        Character to = ALTERNATING.get(stem.charAt(stem.length() - 1));
        return to == null ? null : stem.substring(0, stem.length() - 1) + to;
    }
}
