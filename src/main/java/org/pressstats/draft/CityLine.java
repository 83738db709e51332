package org.pressstats.draft;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The city a report's first line names («БРАТСК», «г. Чита», «Администрация города Сургута»): its name in the
 * nominative as far as the line allows, and a Latin slug for it.
 */
final class CityLine {

    private static final Pattern PREFIX = Pattern.compile("(?iu)^((?:(?:пресс-служба|пресс-службы|администрация|администрации|"
            + "мэрия|мэрии|окружная|городская|городского|городской|округа|округ|муниципального|образования|управа|отдел|управление|"
            + "исполнительный|исполнительного|комитет|комитета|исполком|исполкома|зато|мэра|главы|и)\\s+)*)"
            + "(?:[—–-]\\s+)?(города-курорта\\s+|город-курорт\\s+|города\\s+|город\\s+|г\\.\\s*|го\\s+)?");
    /** «… администрации Великого Новгорода за 2023 год», «мэрии города Ярославля»: whose report a line says it is. */
    static final Pattern IN_TEXT = Pattern.compile("(?:[Аа]дминистраци[ия]|[Мм]эри[ия])\\s+(?:(?:города(?:-курорта|-героя|-порта)?|г\\.)\\s*"
            + "|(?iu:городского\\s+округа)\\s+(?:\\p{Lu}\\p{Ll}+(?:ой|ого)\\s+(?iu:области|края)\\s+(?=«))?(?:[—–-]\\s+)?(?:город\\s+|г\\.\\s*)?)?(?:«[^»]{2,60}»|\\p{Lu}\\p{Ll}+(?:(?:-на-|[- ])(?!(?iu:республик|област))\\p{Lu}\\p{Ll}++(?!\\s+(?iu:област|кра[йяю]|автономн)))*)"
            + "(?:\\s+(?:городского\\s+округа|муниципального\\s+района))?");
    /** «Стерлитамак Республики Башкортостан», «Тула Тульской области»: the region after the name. */
    private static final Pattern REGION = Pattern.compile("\\s+(?=Республик[аиы]\\s|\\p{Lu}\\p{Ll}+(?:ой|ого|ая|ий|ый)\\s+"
            + "(?:област|кра[йяю]|автономн|округ))");
    /** «Энгельсский муниципальный район, г. Энгельс»: a district, then its town, which is the city. */
    private static final Pattern TOWN_OF_DISTRICT = Pattern.compile("(?iu)^[^,]*(?:район|округ)[^,]*,\\s*((?:г\\.|город\\s)\\s*\\p{Lu}.*)$");
    /** «Альметьевского» → «Альметьевск»: the town in a district's adjective. */
    private static final Pattern TOWN_ADJECTIVE = Pattern.compile("((?:\\p{L}+-)?\\p{L}{3,}?[сц]к)(?:ий|ого|ой|ая|ом)");
    private static final List<String> NOMINATIVE_ADJECTIVE_ENDINGS = List.of("ие", "ые", "ий", "ый", "ая", "ое");
    /** Case endings of nouns and adjectives, the longest first. */
    private static final List<String> ENDINGS = List.of("ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ые", "ие",
            "ый", "ий", "ой", "ая", "яя", "ую", "юю", "ов", "ев", "ам", "ям", "ах", "ях", "ом", "ем", "ей", "а", "я", "ы",
            "и", "е", "у", "ю", "о", "ь", "й");
    private static final String VOWELS = "аеёиоуыэюя";
    /** «Год в цифрах», «Соцсети 2020», «Наш год»: a title's words, never a town's. */
    private static final java.util.Set<String> NO_NAMES = java.util.Set.of("год", "года", "году", "цифрах", "цифры", "цифр",
            "итоги", "отчет", "отчёт", "справка", "информация", "соцсети", "соцсетях", "новости", "наш", "наши", "показатели",
            "результаты", "дайджест", "медиа");
    private static final Map<Character, String> LATIN = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"));

    private CityLine() {
    }

    /** The name the line gives, prefixes («г.», «Администрация города») dropped, capitalised like a name; null if none. */
    static String name(String line) {
        if (line == null) {
            return null;
        }
        java.util.regex.Matcher quoted = Pattern.compile("«([^»]+)»").matcher(line);
        java.util.regex.Matcher town = TOWN_OF_DISTRICT.matcher(line.strip());
        String stripped = quoted.find() ? quoted.group(1) : town.matches() ? town.group(1) : line.strip();
        java.util.regex.Matcher prefix = PREFIX.matcher(stripped);
        boolean genitive = false;
        if (prefix.lookingAt()) {
            // «Администрация города Сургута»: after a noun, «города» takes the genitive; «город Калуга» does not
            genitive = !prefix.group(1).isBlank() && !prefix.group(1).strip().toLowerCase(Locale.ROOT).matches("(?:.*\\s)?округа?");
            stripped = stripped.substring(prefix.end());
        }
        // «Тверь, Тверская область», «Сургут (ХМАО — Югра)», «Братск — Иркутская область», «Нижний Тагил. Информационная
        // политика»: the region or the title is not the name
        String name = REGION.split(stripped.split(",| \\(|\\(| [—–/|·-] |\\.\\s+(?=\\p{Lu})|:|\\s*\\p{So}", 2)[0], 2)[0].strip();
        if (name.isEmpty() || name.length() > 60 || java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                .anyMatch(NO_NAMES::contains)) {
            return null;
        }
        name = titleCase(name);
        return genitive ? nominative(name) : name;
    }

    /**
     * «Сургута» → «Сургут», «Читы» → «Чита», «Перми» → «Пермь», «Великого Новгорода» → «Великий Новгород»,
     * «Петропавловска-Камчатского» → «Петропавловск-Камчатский»: a guess for the usual city endings.
     */
    static String nominative(String genitive) {
        String[] words = genitive.split("[- ]");
        if (java.util.Arrays.stream(words).anyMatch(CityLine::isNominativeAdjective)) {
            return genitive; // «Администрация города Великие Луки», «… города Нижний Тагил»: the name left in the nominative
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (isAdjective(word)) {
                word = adjective(word);
            } else if (i == words.length - 1 || isAdjective(words[i + 1])) { // «Петропавловска-Камчатского»
                word = noun(word);
            }
            at += words[i].length();
            out.append(word).append(at < genitive.length() ? genitive.charAt(at++) : "");
        }
        return out.toString();
    }

    private static boolean isNominativeAdjective(String word) {
        return word.length() > 4 && NOMINATIVE_ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith);
    }

    private static boolean isAdjective(String word) {
        return word.length() > 4 && (word.endsWith("ого") || word.endsWith("его"));
    }

    /** «Великого» → «Великий», «Нижнего» → «Нижний», «Старого» → «Старый». */
    private static String adjective(String word) {
        String stem = word.substring(0, word.length() - 3);
        boolean soft = word.endsWith("его") || "кгхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0;
        return stem + (soft ? "ий" : "ый");
    }

    private static String noun(String last) {
        if (last.length() > 5 && last.endsWith("ца") && VOWELS.indexOf(last.charAt(last.length() - 3)) < 0) {
            return last.substring(0, last.length() - 2) + "ец"; // «Череповца» → «Череповец»
        }
        if (last.endsWith("ска") || last.length() > 3 && last.endsWith("а")
                && VOWELS.indexOf(last.charAt(last.length() - 2)) < 0) {
            return last.substring(0, last.length() - 1);
        } else if (last.endsWith("ы")) {
            return last.substring(0, last.length() - 1) + "а";
        } else if (last.endsWith("и") && last.length() > 3 && !indeclinable(last) && "кгх".indexOf(last.charAt(last.length() - 2)) < 0) {
            // «Березники», «Химки»: no noun ends in «кь», so these are plurals in the nominative
            return last.substring(0, last.length() - 1) + "ь";
        }
        return last;
    }

    /** «Тольятти», «Нерюнгри»: no noun of the -ь declension ends in a doubled consonant or a consonant and «р» before «и». */
    private static boolean indeclinable(String word) {
        int n = word.length();
        char a = word.charAt(n - 3);
        char b = word.charAt(n - 2);
        return VOWELS.indexOf(a) < 0 && VOWELS.indexOf(b) < 0 && (a == b || b == 'р');
    }

    /** «ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ» → «Петропавловск-Камчатский», «комсомольск-на-амуре» → «Комсомольск-на-Амуре». */
    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.toLowerCase(Locale.ROOT).split("(?<=[- ])")) {
            boolean small = part.equals("на-") || part.equals("на ");
            out.append(small || part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }

    /**
     * Whether a name read from a report is a form of a city's name: «Орл» (from «Орла») of «Орёл», «Набережных Челнов»
     * of «Набережные Челны»: word by word the same stem, but for the ending and a fleeting vowel.
     */
    static boolean inflects(String cityName, String read) {
        String[] city = Tokenizer.normalize(cityName.strip()).split("[- ]+");
        String[] words = Tokenizer.normalize(read.strip()).split("[- ]+");
        if (city.length != words.length) {
            return false;
        }
        for (int i = 0; i < city.length; i++) {
            String a = stem(city[i]);
            String b = stem(words[i]);
            if (!a.equals(b) && !withoutFleetingVowel(a).equals(b) && !a.equals(withoutFleetingVowel(b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * «Альметьевский Муниципальный Район» → «Альметьевск», «Междуреченский Городской Округ» → «Междуреченск»: the town a
     * district is named after, as a guess for a city the service does not have; null when the name is no such district.
     */
    static String townOfDistrict(String read) {
        String[] words = read.strip().split("\\s+");
        if (words.length < 2 || !words[1].toLowerCase(Locale.ROOT).matches("(городск|муниципальн|район|округ).*")) {
            return null;
        }
        int hyphen = words[0].indexOf('-');
        if (hyphen > 0 && !words[0].substring(0, hyphen).endsWith("о")) {
            return words[0].replaceFirst("(?:ого|ом|ому)$", "ий"); // «Петропавловск-Камчатский»: a noun and its adjective
        }
        java.util.regex.Matcher adjective = TOWN_ADJECTIVE.matcher(words[0]);
        return !adjective.matches() ? null : adjective.group(1).endsWith("сск")
                ? adjective.group(1).substring(0, adjective.group(1).length() - 2) : adjective.group(1); // «Энгельсский» → «Энгельс»
    }

    /**
     * Whether a name read from a report is a district or an administration named by an adjective of a city's name:
     * «Златоустовский городской округ» of «Златоуст», «Нерюнгринская городская администрация» of «Нерюнгри».
     */
    static boolean adjectiveOf(String cityName, String read) {
        String[] words = Tokenizer.normalize(read.strip()).split("\\s+");
        String city = Tokenizer.normalize(cityName.strip()).replaceAll("[аеиоуыэюяьй]$", "");
        if (words.length < 2 || !words[1].startsWith("городск") && !words[1].startsWith("муниципальн") || city.length() < 4
                || !words[0].startsWith(city)) {
            return false;
        }
        String suffix = words[0].substring(city.length());
        return suffix.length() <= 8 && suffix.matches((city.endsWith("ск") ? "(?:[а-я]{0,3}ск)?" : "[а-я]{0,3}ск")
                + "(?:ий|ого|ой|ая|ом|ому|ую)");
    }

    private static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** «орел» → «орл», «череповец» → «череповц»: the vowel that a noun drops before its endings. */
    private static String withoutFleetingVowel(String stem) {
        int n = stem.length();
        if (n >= 4 && (stem.charAt(n - 2) == 'е' || stem.charAt(n - 2) == 'о') && VOWELS.indexOf(stem.charAt(n - 1)) < 0
                && VOWELS.indexOf(stem.charAt(n - 3)) < 0) {
            return stem.substring(0, n - 2) + stem.charAt(n - 1);
        }
        return stem;
    }

    /** The same city name in any case and with ё or е. */
    static boolean sameName(String a, String b) {
        return Tokenizer.normalize(a.strip()).equals(Tokenizer.normalize(b.strip()));
    }

    /** A URL slug for a Russian name: «Южно-Сахалинск» → «yuzhno-sakhalinsk»; null if nothing Latin remains. */
    static String slug(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        char previous = ' ';
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c == 'е' || c == 'ё') && (previous == 'ь' || previous == 'ъ' || previous == ' ' || previous == '-')) {
                out.append("ye"); // «Альметьевск» → almetyevsk, «Усолье» → usolye, «Елец» → yelets, «Екатеринбург» → yekaterinburg
            } else if (LATIN.containsKey(c)) {
                out.append(LATIN.get(c));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c == '-' || c == ' ') {
                out.append('-');
            }
            previous = c;
        }
        String slug = out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        slug = slug.replaceAll("[iy]y(?=-|$)", "y"); // «Мирный» → mirny, «Камчатский» → kamchatsky, «Нижний» → nizhny
        return slug.matches("^[a-z][a-z0-9-]{1,62}$") ? slug : null;
    }
}
