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

    /**
     * Where the sentence, after the comparison's words, ends naming another town: its numbers from there on are that
     * town's; Integer.MAX_VALUE when it compares with none.
     */
    int namedEnd(Sentence s) {
        Matcher cue = COMPARED.matcher(text).region(s.span.start(), s.span.end());
        if (town == null || !cue.find()) {
            return Integer.MAX_VALUE;
        }
        Matcher named = CityLine.IN_TEXT.matcher(text).region(cue.end(), s.span.end());
        while (named.find()) {
            String name = named.group().contains("«") ? null : CityLine.name(named.group());
            if (name != null && name.length() >= SAME_START && Lexicon.platform(name) == null
                    && !name.toLowerCase(Locale.ROOT).startsWith(town)) {
                return named.end();
            }
        }
        return Integer.MAX_VALUE;
    }
}
