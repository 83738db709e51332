package org.pressstats.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pressstats.metric.MetricKind;
import org.pressstats.metric.MetricLevel;
import org.pressstats.report.Owner;

/**
 * The metric catalog as the extractor reads it: each metric with the stemmed phrases that name it.
 * A phrase matches where all its stems stand in the same clause; more stems is a more specific match.
 */
final class MetricCatalog {

    /** A metric as the catalog gives it: code, kind, the Russian words that name it and the levels it is given at. */
    record Entry(String code, MetricKind kind, List<String> keywords, Set<MetricLevel> levels) {
    }

    /** One keyword phrase of a metric, stemmed. */
    record Phrase(String code, MetricKind kind, List<String> stems, int order) {
    }

    private static final Set<String> STOP_WORDS = Set.of("в", "во", "на", "с", "со", "по", "и", "а", "о", "об", "за", "для",
            "от", "до", "к", "ко", "у", "из", "при", "через");

    private final Map<String, List<Phrase>> byStem = new HashMap<>();
    private final Map<String, MetricKind> kinds = new HashMap<>();
    private final Map<String, Set<MetricLevel>> levels = new HashMap<>();
    private final List<Phrase> phrases = new ArrayList<>();
    private final String accountAudience;
    private final String newAccounts;

    MetricCatalog(List<Entry> entries, Tokenizer tokenizer) {
        int order = 0;
        for (Entry entry : entries) {
            kinds.put(entry.code(), entry.kind());
            levels.put(entry.code(), entry.levels());
            for (String keyword : entry.keywords()) {
                List<String> stems = new ArrayList<>();
                for (Token t : tokenizer.tokenize(keyword, 0, keyword.length())) {
                    if (t.isWord() && !STOP_WORDS.contains(t.lower())) {
                        stems.add(t.stem());
                    }
                }
                if (stems.isEmpty()) {
                    continue;
                }
                Phrase phrase = new Phrase(entry.code(), entry.kind(), List.copyOf(stems), order++);
                phrases.add(phrase);
                for (String stem : Set.copyOf(stems)) {
                    byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(phrase);
                }
            }
        }
        accountAudience = phrases.stream().filter(p -> p.kind() == MetricKind.STOCK && hasLevel(p.code(), MetricLevel.PLATFORM))
                .map(Phrase::code).findFirst().orElse(null);
        newAccounts = phrases.stream().filter(p -> p.stems().contains("аккаунт") && p.stems().size() > 1).map(Phrase::code)
                .findFirst().orElse(null);
    }

    boolean isKeyword(String stem) {
        return keyStem(stem) != null;
    }

    /**
     * The keyword stem a word's stem stands for: itself, or itself less one final letter, since Snowball cuts
     * «материал» to «материа» but «материалов» to «материал».
     */
    String keyStem(String stem) {
        if (byStem.containsKey(stem)) {
            return stem;
        }
        String shorter = Sentence.shorter(stem);
        return shorter != null && byStem.containsKey(shorter) ? shorter : null;
    }

    List<Phrase> phrasesWith(String stem) {
        String key = keyStem(stem);
        return key == null ? List.of() : byStem.get(key);
    }

    MetricKind kind(String code) {
        return kinds.get(code);
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Whether figures of the metric are given per owner or per platform (live broadcasts: per platform only). */
    boolean hasLevel(String code, MetricLevel level) {
        return levels.getOrDefault(code, Set.of()).contains(level);
    }

    /** What an account's bare number means («ВК главы — 34 тыс.»): the stock metric counted per account. */
    String accountAudience() {
        return accountAudience;
    }

    /** The metric of accounts opened: the one with a phrase of an account and another word («новый аккаунт»). */
    String newAccounts() {
        return newAccounts;
    }

    /** Whose the new accounts are where the text names nobody: the departments' («новых госпабликов»); null for other metrics. */
    Owner ownerOfNewAccounts(String code) {
        return code.equals(newAccounts()) ? Owner.DEPARTMENTS : null;
    }

    /** Growth metrics one of whose phrases shares a stem with a phrase of {@code code}: «подписчики» → «прирост подписчиков». */
    String growthOf(String code) {
        Set<String> stems = new java.util.HashSet<>();
        phrases.stream().filter(p -> p.code().equals(code)).forEach(p -> stems.addAll(p.stems()));
        return phrases.stream().filter(p -> p.kind() == MetricKind.GROWTH && p.stems().stream().anyMatch(stems::contains))
                .map(Phrase::code).findFirst().orElse(null);
    }

    /** The level metric a growth metric is the change of: «прирост подписчиков» → «подписчики». */
    String levelOf(String growthCode) {
        Set<String> stems = new java.util.HashSet<>();
        phrases.stream().filter(p -> p.code().equals(growthCode)).forEach(p -> stems.addAll(p.stems()));
        return phrases.stream().filter(p -> p.kind() != MetricKind.GROWTH && p.stems().size() == 1 && stems.contains(p.stems().get(0)))
                .map(Phrase::code).findFirst().orElse(null);
    }
}
