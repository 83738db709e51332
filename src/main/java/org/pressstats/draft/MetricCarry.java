package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pressstats.metric.MetricKind;
import org.pressstats.metric.MetricLevel;

/**
 * The metric a number takes when its own words name none: the list's it goes on («В сетях администрации: ВК – 8 440»),
 * the one a heading line or a caption named, the audience counted before it, or what the question before it asked.
 */
final class MetricCarry {

    /** A line of this many tokens at most can be a heading (a caption before its colon: of this many words). */
    private static final int HEADING_TOKENS = 12;

    private final MetricCatalog catalog;
    private final MetricFinder finder;
    private String previousMetric;
    private boolean metricHeading; // the last sentence read was a short line that names a metric and counts nothing
    private boolean audienceBefore; // the sentence counted an audience or its change before the number
    private String asked; // the metric the last sentence asked about («— Прямые эфиры были?»), and the one being answered
    private String answering;
    private List<String> lineMetrics = List.of(); // what the last sentence's numbers were read as, in order
    private final List<String> read = new ArrayList<>();

    MetricCarry(MetricCatalog catalog, MetricFinder finder) {
        this.catalog = catalog;
        this.finder = finder;
    }

    void newParagraph() {
        previousMetric = metricHeading ? previousMetric : null; // a heading's metric goes on to the paragraph under it
        metricHeading = false;
    }

    void startSentence(Sentence s) {
        answering = s.token(s.size() - 1).is("?") ? null : asked; // a question after a question answers nothing
        audienceBefore = false;
    }

    /** A number of the sentence was read as this metric. */
    void read(String metric) {
        audienceBefore |= catalog.kind(metric) != MetricKind.FLOW;
        read.add(metric);
    }

    /** The metric a number whose words name none goes on with, or null; {@code accountColumn}: its column names an account. */
    String carried(Sentence s, NumberMention n, Set<NumberMention> counts, MetricFinder.Result result,
            boolean accountColumn) {
        if (result.foreign() != null && !(answering != null && isAnswersLabel(s, result.foreign()))) {
            return null;
        }
        if (Neighbourhood.namesALevelBefore(s, n) || accountColumn) {
            // «В сетях администрации: ВК – 8 440»: the list goes on from the previous sentence; with none, an account's
            // bare number is its audience («ВК главы — 34 тыс.»)
            // only a metric counted per account (by owner) goes on to one: not «обеспечено 210 выездов» nor «5 эфиров»
            // «Прямые эфиры» / «5 — во ВКонтакте, 14 — на RUTUBE»: or the metric a heading line just named
            boolean perAccount = previousMetric != null && (catalog.hasLevel(previousMetric, MetricLevel.OWNER) || metricHeading);
            // people («Группу … читают 6 980 человек» after «1 120 постов») are an account's audience, never its posts
            String code = perAccount ? (Neighbourhood.countsPeople(s, n) ? catalog.accountAudience() : parallel(s, n, counts))
                    : Neighbourhood.namesAPlatformBefore(s, n) ? catalog.accountAudience() : null;
            if (code != null) {
                return code;
            }
        }
        if (Neighbourhood.countsPeople(s, n) && audienceBefore) {
            return catalog.accountAudience(); // «прибавило 2 640 подписчиков, и к концу года в нём 9 870 человек»
        }
        if (answering != null && opensTheAnswer(s, n) && !s.token(0).lower().startsWith("вопрос")) {
            return answering; // «— Прямые эфиры были?» / «— Семь, все во «ВКонтакте».»; not «Вопрос 5.» under «Вопрос 4. …?»
        }
        return null;
    }

    /**
     * «Ответ: порядка 410 тыс. просмотров» under «Количество просмотров новостей на официальном сайте за год?»: an answer's
     * word that the asked metric's phrase holds stands for that metric; else null.
     */
    String answered(Sentence s, NumberMention n, MetricFinder.Result result) {
        boolean answer = answering != null && result.anchor() >= 0 && opensTheAnswer(s, n);
        String stem = answer ? catalog.keyStem(s.token(result.anchor()).stem()) : null;
        return stem != null && catalog.phrasesWith(stem).stream().anyMatch(p -> p.code().equals(answering)) ? answering : null;
    }

    /** The sentence's first number, at most two tokens in but for its precision's words: «— Семь, …», «Ответ: порядка 410 тыс.». */
    private static boolean opensTheAnswer(Sentence s, NumberMention n) {
        int precision = Precision.of(s.tokens, n).start();
        int before = 0;
        for (int i = 0; i < n.first(); i++) {
            before += s.token(i).start() < precision ? 1 : 0;
        }
        return n == s.numbers.get(0) && before <= 2;
    }

    /** «Ответ: 1 245.» under «Вопрос 1. Количество пресс-релизов …?»: a form's label of the answer, no answers counted. */
    private static boolean isAnswersLabel(Sentence s, Token foreign) {
        return s.size() > 1 && s.token(0) == foreign && foreign.lower().startsWith("ответ") && s.token(1).is(":");
    }

    /**
     * «публ.: мэр — 2 640 / просм. 48 млн» over «исполком — 7 215 / просм. ~61 млн»: a line of as many numbers as the one
     * above goes on with the metric of the number in the same place; else with the last one read.
     */
    private String parallel(Sentence s, NumberMention n, Set<NumberMention> counts) {
        List<NumberMention> own = s.numbers.stream().filter(counts::contains).toList();
        int at = own.indexOf(n);
        return own.size() >= 2 && own.size() == lineMetrics.size() && at >= 0 ? lineMetrics.get(at) : previousMetric;
    }

    /** The sentence was read: its last metric goes on, or the one it names as a heading, a caption or a question. */
    void endSentence(Sentence s, boolean counts) {
        if (!read.isEmpty()) {
            previousMetric = read.get(read.size() - 1);
        }
        lineMetrics = List.copyOf(read);
        read.clear();
        // «6. Аудитория официальных аккаунтов на 31.12.2023, подписчиков:»: an item's number and a date make no caption longer
        boolean caption = s.size() <= 2 * HEADING_TOKENS && s.token(s.size() - 1).is(":")
                && s.tokens.stream().filter(Token::isWord).count() <= HEADING_TOKENS;
        // «Численность подписчиков аккаунтов на 31.12.2021, чел.»: a date is one word of it
        int size = s.size() - s.numbers.stream().filter(m -> m.shape() == NumberMention.Shape.DATE)
                .mapToInt(m -> m.last() - m.first()).sum();
        boolean headingShape = !s.isTableRow() && (size <= HEADING_TOKENS || caption);
        boolean question = s.token(s.size() - 1).is("?");
        String named = !counts && (headingShape || question) ? finder.named(s) : null;
        metricHeading = headingShape && named != null;
        asked = question ? named : null;
        previousMetric = metricHeading ? named : previousMetric;
    }
}
