package org.pressstats.draft;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the lines above a report's prose say whose it is when its first line does not (an approval block, a document's
 * title, a department's name, a district): an address's «г. Горячий Ключ», «администрации города Нижневартовска»,
 * «муниципального образования «Город Биробиджан»».
 */
final class CityMention {

    /**
     * A first line that is a document's form or a department's name, not a city's: «УТВЕРЖДАЮ», «Информационная справка»,
     * «Комитет информационной политики администрации города Барнаула»; a preposition only at the line's start.
     */
    private static final Pattern DOCUMENT = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:утверждаю|согласовано|информаци[яи]|информационн\\p{L}*|"
            + "справк\\p{L}*|сведени\\p{L}*|отч[её]т\\p{L}*|доклад\\p{L}*|итоги|управлени\\p{L}*|отдел\\p{L}*|департамент\\p{L}*|"
            + "министерств\\p{L}*|руководител\\p{L}*|исх\\p{L}*|сводк\\p{L}*|аналитическ\\p{L}*|пояснительн\\p{L}*|"
            + "служебн\\p{L}*|анкет\\p{L}*|мониторинг\\p{L}*|форм[аы]|дашборд\\p{L}*|медиамонитор\\p{L}*|слайд|презентаци\\p{L}*|приложени\\p{L}*"
            + ")(?![\\p{L}-])|^[^\\p{L}\\p{N}]*(?:о|об|от|по)(?![\\p{L}-])"
            + "|^[^\\p{L}\\p{N}]*(?:(?:администрация|мэрия|исполком|исполнительный|комитет|муниципального|образования|городского|округа)\\s*)+$");
    /** A district's or an administration's name: the town in it is a guess, an address's town says it. */
    private static final Pattern DISTRICT = Pattern.compile("(?iu)(?<!\\p{L})(?:городск\\p{L}*\\s+округ\\p{L}*|муниципальн\\p{L}*\\s+"
            + "(?:район|округ|образовани)\\p{L}*|городск\\p{L}*\\s+поселени\\p{L}*|г\\.\\s?о\\.|автономн\\p{L}*\\s+округ\\p{L}*|(?<!\\p{L})област[ьи](?!\\p{L})|(?<!\\p{L})край(?!\\p{L}))");
    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:(?:-на-|-)\\p{Lu}\\p{Ll}+)*";
    private static final String SPACE = "[ \\u00A0]";
    /** A second word of a name, not the region after it: «Горячий Ключ», not «Елец Липецкой области» nor «Республики». */
    private static final String SECOND_NAME = "(?:" + SPACE + "(?!(?iu:республик|област))" + NAME + "(?!\\p{L})"
            + "(?!\\s+(?iu:област|кра[йяю]|автономн)))?";
    private static final Pattern WORD_IN_CAPITALS = Pattern.compile("\\p{Lu}{5,}");
    /** A form's field that names the municipality, whatever the form: its value to the line's end. */
    private static final Pattern FORM_FIELD = Pattern.compile("(?m)^[^\\p{L}\\p{N}]*(?:[Мм]униципальное образование|[Нн]аименование "
            + "муниципального образования|[Нн]аселённый пункт|[Нн]аселенный пункт|[Гг]ород)[ \\u00A0\\t]*:[ \\u00A0\\t]*(\\p{L}.*)$");
    /** «Партизанский городской округ (город Партизанск)»: the town a district's name gives in brackets. */
    private static final Pattern TOWN_IN_BRACKETS = Pattern.compile("\\((?:[Гг]ород|г\\.)" + SPACE + "*(" + NAME + "(?:" + SPACE
            + NAME + ")?)\\)");
    /** What the lines say, the surest first; each read as a city line is. */
    private static final List<Pattern> SAYINGS = List.of(
            Pattern.compile("(?<![\\p{L}\\d]|\\d\\s)г\\." + SPACE + "?(" + NAME + SECOND_NAME + ")(?=\\s*(?:[,;)\\n]|$))"),
            Pattern.compile("(?:«|(?:[Оо]бразования|[Оо]круга)\\s+)[Гг]ород" + SPACE + "+(" + NAME + SECOND_NAME + ")"),
            CityLine.IN_TEXT,
            // «главы городского округа Архангельской области «Котлас»»: a district's name in quotes, its region before it
            Pattern.compile("городского" + SPACE + "+округа" + SPACE + "+(?:\\p{Lu}\\p{Ll}+(?:ой|ого)" + SPACE + "+(?:области|края)"
                    + SPACE + "+)?«(" + NAME + ")»"),
            Pattern.compile("(?:[Гг]лав[аы]|[Мм]эр[аы]?|[Пп]ресс-служб[аы])" + SPACE + "+(?:города|г\\.)" + SPACE + "*" + NAME));

    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\P{L}*$");

    private CityMention() {
    }

    /** Whether a name ends in a network's («администрации Вконтакте»). */
    private static boolean namesANetwork(String name) {
        Matcher last = LAST_WORD.matcher(name);
        return last.find() && Lexicon.platform(last.group(1)) != null;
    }

    /** Whether a city line is a document's form or a district rather than a city's name. */
    static boolean isWeak(String line) {
        return isDocument(line) || DISTRICT.matcher(line).find();
    }

    /** Whether a city line is a document's form or a department's name, no city's at all. */
    static boolean isDocument(String line) {
        return line == null || DOCUMENT.matcher(line.strip()).find();
    }

    /** The surest saying of whose report it is in the opening lines, as a city line, or null. */
    static String find(String opening) {
        return find(opening, SAYINGS.size());
    }

    /**
     * An address's or a form's naming of the city further on (a title over a long first line): only the sayings that
     * name no other administration than the report's own (not «помогла администрации города Тынды»).
     */
    static String findFurther(String text) {
        return find(text, 2);
    }

    private static String find(String opening, int sayings) {
        String text = capitalsAsNames(opening);
        Matcher field = FORM_FIELD.matcher(text);
        if (field.find()) { // «Муниципальное образование: Юргинский городской округ (г. Юрга), Кемеровская область»
            Matcher town = TOWN_IN_BRACKETS.matcher(field.group(1));
            return "г. " + (town.find() ? town.group(1) : field.group(1).replaceFirst("\\s*[,(].*$", "")
                    .replaceFirst("^(?:ЗАТО\\s+)?(?iu:городской\\s+округ\\s+)?(?iu:город\\s+|г\\.\\s*)?", ""));
        }
        for (Pattern saying : SAYINGS.subList(0, sayings)) {
            Matcher m = saying.matcher(text);
            boolean found = m.find();
            while (found && namesANetwork(m.group())) {
                found = m.find(); // «Страница администрации Вконтакте»: a network, no town
            }
            if (found) {
                if (saying == SAYINGS.get(SAYINGS.size() - 1)) { // «Главы города Ханты-Мансийска»: whose the city is
                    return "Администрация " + m.group().replaceFirst("^\\S+\\s+", "");
                }
                return m.groupCount() > 0 ? "г. " + m.group(1) : m.group();
            }
        }
        return null;
    }

    /** «ГОРОД ГОРЯЧИЙ КЛЮЧ» → «Город Горячий Ключ»: lines in capitals read as names are written (same length). */
    private static String capitalsAsNames(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)")) {
            // a line of words in capitals, not one of abbreviations («ТГ → 7 320»)
            boolean capitals = WORD_IN_CAPITALS.matcher(line).find() && line.equals(line.toUpperCase(Locale.ROOT));
            if (!capitals) {
                out.append(line);
                continue;
            }
            boolean start = true;
            for (char c : line.toCharArray()) {
                out.append(start ? c : Character.toLowerCase(c));
                start = !Character.isLetter(c);
            }
        }
        return out.toString();
    }
}
