package org.pressstats.draft;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mayor's surname as a report gives it («Главы округа Олега Мартыненко», «мэр города С.В. Серебренников»), so that
 * «Олег Мартыненко — Телеграм-канал» further on names the mayor's account.
 */
final class MayorName {

    private static final Pattern TITLED = Pattern.compile("(?<![\\p{L}-])(?:[Гг]лав[аыуео]й?|[Мм]эр(?:а|у|ом|е)?)\\s+"
            + "(?:(?:города|округа|городского\\s+округа|муниципального\\s+образования|района)\\s+)?"
            + "((?:\\p{Lu}\\p{Ll}+\\s+){0,2}\\p{Lu}\\p{Ll}{2,}|\\p{Lu}\\.\\s*\\p{Lu}\\.\\s*\\p{Lu}\\p{Ll}{2,})");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)(?:республик|област|кра[йяюе]|округ|район|федераци|"
            + "город|поселени|администраци)\\p{L}*");
    private static final Pattern SURNAME_ENDING = Pattern.compile("(?:ым|ом|ой|ого|ому|а|у|е|ы)$");

    private MayorName() {
    }

    /** The stem of the surname the first titled name of the text gives, in lower case; null when it names none. */
    static String in(String text) {
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            String[] words = m.group(1).split("[\\s.]+");
            if (words.length < 2 || java.util.Arrays.stream(words).anyMatch(w -> NOT_A_NAME.matcher(w).matches())
                    || Towns.all().isTown(m.group(1))) {
                continue; // «главы города Братска», «Главы Республики Алтай», «главы города Полярные Зори»: a place
            }
            String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
            String stem = SURNAME_ENDING.matcher(surname).replaceFirst("");
            return stem.length() >= 4 ? stem : null;
        }
        return null;
    }

    /** Whether a word is a form of the surname: capitalised, with the stem and at most a case ending after it. */
    static boolean isForm(Token t, String stem) {
        String w = t.lower();
        return stem != null && t.isWord() && Character.isUpperCase(t.text().charAt(0)) && w.startsWith(stem)
                && w.length() <= stem.length() + 3;
    }
}
