package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A press secretary's working notes: abbreviations of the catalog's words, dates without a year, slashes between words. */
@QuarkusTest
class WorkingNotesTest {

    @Test
    void abbreviationsStandForTheWordsOfTheCatalog() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("press_releases", null, null, 1_317, "EXACT", null),
                new NarrativeCorpusTest.Key("photo_reports", null, null, 212, "EXACT", null),
                new NarrativeCorpusTest.Key("media_requests_answered", null, null, 64, "EXACT", null),
                new NarrativeCorpusTest.Key("leader_comments", null, null, 25, "APPROXIMATE", null),
                new NarrativeCorpusTest.Key("posts", "ADMINISTRATION", "VK", 1_390, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", "VK", 820_000, "APPROXIMATE", null)),
                figures("Итоги 2024 года\n\nСАЙТ\nп/р — 1 317\nф/отч. 212\n\nСМИ\nотв. на запр. СМИ — 64\n"
                        + "комм. рук-ва — ~25\n\nСОЦСЕТИ\nпосты ВК адм. — 1 390\nпросм. постов ВК адм. — ~ 820 тыс.\n"));
    }

    @Test
    void anAbbreviationsFullStopEndsNoSentence() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("posts", "ADMINISTRATION", "VK", 3_180, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", "VK", 4_600_000, "EXACT", null),
                new NarrativeCorpusTest.Key("press_events", null, null, 3, "EXACT", null)),
                figures("Итоги 2024 года\n\nпостов ВК адм. — 3 180, просм. — 4,6 млн\nпресс-конф. — 3 (итоги года)\n"));
    }

    @Test
    void anAbbreviationBeforeACapitalizedWordEndsItsSentence() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "DZEN", 150, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 880, "EXACT", null)),
                figures("Итоги 2023 года\n\nDzen канал администрации 150 подп. Личный телеграм главы 880 подп.\n"));
    }

    @Test
    void aSlashBetweenTwoWordsJoinsThem() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("leader_comments", null, null, 37, "EXACT", null)),
                figures("Итоги 2024 года\n\nкомм. главы/замов для СМИ — 37\n"));
    }

    @Test
    void aDayAndMonthInDigitsIsOfTheReportsYear() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", null, null, 3_950, "EXACT", "2024-01-01")),
                figures("Итоги 2024 года\n\nприрост с 01.01 — +3 950 (все акк. адм. и главы вместе)\n"));
        assertEquals(Set.of(), figures("Итоги 2024 года\n\nЭфир с 10.00: прирост — 300\n"), "a time is no baseline");
    }

    @Test
    void anAbbreviatedQuarterOrMonthIsAPartOfTheYear() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("press_releases", null, null, 1_317, "EXACT", null)),
                figures("Итоги 2024 года\n\nп/р — 1 317\nкв. IV отдельно: п/р 356\n"));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(DraftResourceTest.answer(
                "Итоги 2019 года\n\nвыезды — 74 (в т.ч. 9 — в дек., ёлки)\n")).get("9"), "December's count, not a second total");
    }

    @Test
    void aLineOfAsManyNumbersAsTheOneAboveGoesOnInTheSamePlaces() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("posts", "MAYOR", null, 2_640, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "MAYOR", null, 48_000_000, "EXACT", null),
                new NarrativeCorpusTest.Key("posts", "ADMINISTRATION", null, 7_215, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", null, 61_000_000, "APPROXIMATE", null)),
                figures("Итоги 2025 года\n\nпубл.: мэр — 2 640 / просм. мэра 48 млн\nадминистрация — 7 215 / просм. ~61 млн\n"));
    }

    private static Set<NarrativeCorpusTest.Key> figures(String text) {
        return DraftResourceTest.figures(DraftResourceTest.answer(text));
    }
}
