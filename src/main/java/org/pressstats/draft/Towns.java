package org.pressstats.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The towns of Russia (the resource draft/towns.txt): which of a report's words name one, in any case («Ржева»,
 * «в Кстово»), as a town named by an adjective («Чайковского», «Полярных Зорь»), or as the adjective of a district
 * named after it («Бугульминского муниципального района» of Бугульма, «Сергиево-Посадского» of Сергиев Посад).
 */
final class Towns {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    /** Words before a name that make it a town's or a municipality's: «г. Ржев», «администрации города Кстово». */
    private static final Set<String> BEFORE = Set.of("г", "го", "город", "города", "городе", "городу", "городом", "города-курорта",
            "город-курорт", "городе-курорте", "администрации", "администрация", "мэрии", "мэрия", "округа", "района", "поселения",
            "образования", "зато");
    /** A word after a district's adjective that makes it a municipality's: «Бугульминского муниципального района». */
    private static final Pattern MUNICIPALITY = Pattern.compile("(?:городск|муниципальн)\\p{L}*");
    /** A word after an adjective that makes it a region's: «Тверской области», «Пермский край». */
    private static final Pattern REGION = Pattern.compile("(?:област|кра[йяюе]|республик|автономн)\\p{L}*");

    private static final class Holder {
        static final Towns ALL = new Towns(read());
    }

    /** Where the text names towns: the word's index, the towns, and whether the words around say it is a town's. */
    private record Mention(int at, Set<String> towns, boolean strong, boolean noun) {
    }

    private final Map<String, List<TownName>> byPrefix = new HashMap<>();

    private Towns(List<String> names) {
        for (String name : names) {
            TownName town = new TownName(name);
            byPrefix.computeIfAbsent(town.prefix(), p -> new ArrayList<>()).add(town);
        }
    }

    static Towns all() {
        return Holder.ALL;
    }

    /** The one town a line names (its nominative name), or null when it names none or several. */
    String townOf(String line) {
        if (line == null) {
            return null;
        }
        List<Mention> mentions = mentions(line);
        Set<String> nouns = new LinkedHashSet<>();
        Set<String> any = new LinkedHashSet<>();
        for (Mention m : mentions) {
            (m.noun() ? nouns : any).addAll(m.towns());
        }
        Set<String> named = nouns.isEmpty() ? any : nouns;
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** Whether the words, all of them, are a town's name in some case: «Полярные Зори», «Нижнего Новгорода». */
    boolean isTown(String words) {
        List<String[]> parts = new ArrayList<>();
        for (String word : Tokenizer.normalize(words.strip()).split("\\s+")) {
            parts.add(word.split("-"));
        }
        List<TownName> towns = parts.get(0)[0].length() < 2 ? null : byPrefix.get(parts.get(0)[0].substring(0, 2));
        return towns != null && towns.stream().anyMatch(t -> t.length() == parts.size() && t.isFormOf(parts, 0));
    }

    /**
     * The town the text says is its own: the one most often named where the words around say it is a town's or a
     * municipality's («г. Кузнецка», «администрации города Черногорска», «Холмский городской округ»), the first such
     * on a tie; with none and {@code bareNames}, a town named at least twice, or once by a name of two words.
     */
    String mentioned(String text, boolean bareNames) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // town → strong, nouns, bare, first strong mention
        for (Mention m : mentions(text)) {
            for (String town : m.towns()) {
                int[] c = counts.computeIfAbsent(town, t -> new int[] {0, 0, 0, Integer.MAX_VALUE});
                c[0] += m.strong() ? 1 : 0;
                c[1] += m.noun() ? 1 : 0;
                c[2]++;
                c[3] = m.strong() ? Math.min(c[3], m.at()) : c[3];
            }
        }
        Comparator<Map.Entry<String, int[]>> order = Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getValue()[1]).thenComparingInt(e -> e.getValue()[3]);
        Map.Entry<String, int[]> best = counts.entrySet().stream().min(order).orElse(null);
        if (best != null && best.getValue()[0] > 0) {
            return best.getKey();
        }
        if (!bareNames) {
            return null;
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[2] >= 2 || e.getKey().matches(".*[ -].*"))
                .min(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[2])).map(Map.Entry::getKey).orElse(null);
    }

    private List<Mention> mentions(String text) {
        List<String> words = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(Tokenizer.normalize(m.group()));
            parts.add(words.get(words.size() - 1).split("-"));
            capital.add(Character.isUpperCase(m.group().charAt(0)));
        }
        List<Mention> mentions = new ArrayList<>();
        Map<String, Set<String>[]> read = new HashMap<>(); // a word's one-word towns: nouns, adjectives (texts repeat words)
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            List<TownName> towns = capital.get(i) && word.length() >= 2 ? byPrefix.get(word.substring(0, 2)) : null;
            if (towns == null) {
                continue;
            }
            String[] wordParts = parts.get(i);
            Set<String>[] one = read.computeIfAbsent(word, w -> oneWordTowns(towns, w, wordParts));
            Set<String> nouns = new LinkedHashSet<>(one[0]);
            Set<String> adjectives = new LinkedHashSet<>(one[1]);
            int longest = 1;
            for (TownName town : towns) {
                int n = town.length();
                if (n > 1 && town.isFormOf(parts, i)) {
                    if (n > longest) { // «Советской Гавани», not Советск
                        nouns.clear();
                        longest = n;
                    }
                    nouns.add(town.name);
                }
            }
            if (longest > 1) {
                adjectives.clear(); // a name of two words, not the adjective of a town of one
            }
            adjectives.removeAll(nouns);
            String before = i > 0 ? words.get(i - 1) : "";
            String after = i + 1 < words.size() ? words.get(i + 1) : "";
            boolean said = BEFORE.contains(before) || before.equals("о") && i > 1 && words.get(i - 2).equals("г"); // «г.о. Кстово»
            if (REGION.matcher(after).matches() && longest == 1) {
                continue; // «Тверской области», «Пермский край»
            }
            if (!adjectives.isEmpty()) { // «Губкинского городского округа»: of Губкин or of Губкинский
                adjectives.addAll(nouns);
                mentions.add(new Mention(i, adjectives, said || MUNICIPALITY.matcher(after).matches(), false));
            } else if (!nouns.isEmpty()) {
                mentions.add(new Mention(i, nouns, said, true));
            }
        }
        return mentions;
    }

    /** The towns of one word a word names: as a form of the name, and as the adjective of a district named after one. */
    @SuppressWarnings("unchecked")
    private static Set<String>[] oneWordTowns(List<TownName> towns, String word, String[] parts) {
        Set<String> nouns = new LinkedHashSet<>();
        Set<String> adjectives = new LinkedHashSet<>();
        Matcher ending = TownName.ADJECTIVE_ENDING.matcher(word);
        String stem = ending.find() ? word.substring(0, ending.start()).replace("о-", "-") : null;
        for (TownName town : towns) {
            if (town.length() == 1 && town.isFormOf(List.<String[]>of(parts), 0)) {
                nouns.add(town.name);
            } else if (stem != null && town.isAdjectiveStem(stem)) {
                adjectives.add(town.name);
            }
        }
        return new Set[] {nouns, adjectives};
    }

    private static List<String> read() {
        Set<String> names = new LinkedHashSet<>();
        try (var in = Towns.class.getResourceAsStream("/draft/towns.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }
}
