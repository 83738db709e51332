package org.pressstats.draft;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number said of another town the text compares with («Для сравнения: у пресс-службы администрации городского округа —
 * город Камышин … 26 тыс. подписчиков»): a review or a reply weighs the town against others, whose figures are not its own.
 */
final class OtherTowns {

    /** «Для сравнения», «тогда как», «в то время как»: the words that bring another town's figures in. */
    private static final Pattern COMPARED = Pattern.compile("(?iu)(?<!\\p{L})(?:для\\s+сравнения|тогда\\s+как|в\\s+то\\s+время\\s+как)(?!\\p{L})");
    /** Letters two names must share at their start to be the same town's in any case or form. */
    private static final int SAME_START = 4;

    private final String text;
    private final String town;

    /** @param town the town the report names, or null: then no number is another town's */
    OtherTowns(String text, String town) {
        this.text = text;
        this.town = town == null || town.length() < SAME_START ? null : town.toLowerCase(Locale.ROOT).substring(0, SAME_START);
    }

    /** Whether the number's sentence compares with another town named between the comparison's words and the number. */
    boolean compared(Sentence s, NumberMention n) {
        if (town == null) {
            return false;
        }
        Matcher cue = COMPARED.matcher(text).region(s.span.start(), n.start());
        if (!cue.find()) {
            return false;
        }
        Matcher named = CityLine.IN_TEXT.matcher(text).region(cue.end(), n.start());
        while (named.find()) {
            String name = named.group().contains("«") ? null : CityLine.name(named.group());
            if (name != null && name.length() >= SAME_START && Lexicon.platform(name) == null
                    && !name.toLowerCase(Locale.ROOT).startsWith(town)) {
                return true;
            }
        }
        return false;
    }
}
