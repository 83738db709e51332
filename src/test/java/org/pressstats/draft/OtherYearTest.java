package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A number the text gives for the year before (or after) is not the report's figure, whichever comes first. */
@QuarkusTest
class OtherYearTest {

    private static final String HEAD = "Кострома\n\nЧто наиболее значительное удалось сделать в области информационной "
            + "политики в 2025 году\n\n";

    @Test
    void theOlderValueIsLeftOutWhereverItStands() {
        String text = HEAD
                + "Если в 2024 году было опубликовано 1 870 пресс-релизов, то в 2025 году — 2 105.\n\n"
                + "В 2024 году подготовлено 140 фоторепортажей, в 2025 году — 176.\n\n"
                + "Годом ранее мы ответили на 300 запросов СМИ, в этом году — на 352.\n\n"
                + "Количество прямых эфиров увеличилось с 5 в 2024 году до 9.\n\n"
                + "Организовано 64 выездных мероприятия против 51 в прошлом году. "
                + "Аудитория сообщества администрации во ВКонтакте выросла с 48 300 до 56 100 подписчиков, Телеграм-канала "
                + "администрации — с 9 800 до 14 250.";
        Map<String, Object> answer = DraftResourceTest.answer(text);
        assertEquals(Set.of(
                new NarrativeCorpusTest.Key("press_releases", null, null, 2105, "EXACT", null),
                new NarrativeCorpusTest.Key("photo_reports", null, null, 176, "EXACT", null),
                new NarrativeCorpusTest.Key("media_requests_answered", null, null, 352, "EXACT", null),
                new NarrativeCorpusTest.Key("live_broadcasts", null, null, 9, "EXACT", null),
                new NarrativeCorpusTest.Key("field_events", null, null, 64, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 56100, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 14250, "EXACT", null)),
                DraftResourceTest.figures(answer));
        Map<String, String> reasons = DraftResourceTest.reasons(answer);
        for (String older : List.of("1 870", "140", "300", "5", "51", "48 300", "9 800")) {
            assertEquals("OTHER_YEAR", reasons.get(older), older);
        }
        assertEquals(List.of(), twoValues(answer));
    }

    @Test
    void aDateOrAYearWithoutItsWordSaysWhoseTheNumberIs() {
        Map<String, Object> answer = DraftResourceTest.answer(HEAD
                + "На 31 декабря 2024 года в группе администрации во ВКонтакте было 8 100 подписчиков, на 31.12.2024 в "
                + "Одноклассниках — 2 300; в декабре 2024 в Телеграм-канале администрации было 1 900.\n\n"
                + "За 2024 пресс-служба выпустила 900 новостей, в 2025 — 1 040.\n\n"
                + "Подписчиков в группе администрации во ВКонтакте на 01.01.2026: 9 400, в Одноклассниках на 31.12.2025 — 2 650.");
        assertEquals(Set.of(
                new NarrativeCorpusTest.Key("press_releases", null, null, 1040, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 9400, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "OK", 2650, "EXACT", null)),
                DraftResourceTest.figures(answer));
        Map<String, String> reasons = DraftResourceTest.reasons(answer);
        for (String older : List.of("8 100", "2 300", "1 900", "900")) {
            assertEquals("OTHER_YEAR", reasons.get(older), older);
        }
    }

    @Test
    void aSeriesOfYearsAndAYearBeforeADashLabelTheirValues() {
        Map<String, Object> answer = DraftResourceTest.answer(HEAD
                + "Просмотры новостей на сайте, тыс. (2023 / 2024 / 2025): 310 / 355 / 402 тыс.\n\n"
                + "Аудитория группы администрации в Одноклассниках снизилась до 6 650 (2024 — 6 800).\n\n"
                + "Выездные мероприятия с участием сотрудников пресс-службы – 214.");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("website_news_views", null, null, 402_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "OK", 6_650, "EXACT", null),
                new NarrativeCorpusTest.Key("field_events", null, null, 214, "EXACT", null)), DraftResourceTest.figures(answer),
                "«пресс» of «пресс-службы» is not that of «пресс-мероприятие»");
        Map<String, String> reasons = DraftResourceTest.reasons(answer);
        for (String older : List.of("310", "355", "6 800")) {
            assertEquals("OTHER_YEAR", reasons.get(older), older);
        }
    }

    @Test
    void yearsAcrossAnArrowAndAMonthsYearAreNoValues() {
        Map<String, Object> answer = DraftResourceTest.answer(HEAD + "Аккаунты администрации | Подписчики\n"
                + "ВКонтакте | 2024 → 2025: 18 400 → 22 500 |\nTelegram (канал запущен в апреле 2025) | 1 870 |\n");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 22_500, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 1_870, "EXACT", null)),
                DraftResourceTest.figures(answer));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("18 400"));
    }

    @Test
    void aComparisonInBracketsOrAfterAgainstIsTheOtherYears() {
        String text = HEAD
                + "Пресс-релизы на сайте – 2 105 (в 2024 году – 1 870). Фоторепортажей — 176 (годом ранее — 140). "
                + "Сообщество администрации во ВКонтакте насчитывает 27 800 подписчиков против 22 400 на конец 2024 года. "
                + "Подготовлено 58 ответов на запросы СМИ, что на 12% больше, чем в 2024 году (52).";
        Map<String, Object> answer = DraftResourceTest.answer(text);
        assertEquals(Set.of(
                new NarrativeCorpusTest.Key("press_releases", null, null, 2105, "EXACT", null),
                new NarrativeCorpusTest.Key("photo_reports", null, null, 176, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 27800, "EXACT", null),
                new NarrativeCorpusTest.Key("media_requests_answered", null, null, 58, "EXACT", null)),
                DraftResourceTest.figures(answer));
        Map<String, String> reasons = DraftResourceTest.reasons(answer);
        assertEquals("OTHER_YEAR", reasons.get("52"), "alone in brackets right after «в 2024 году»");
        assertEquals("OTHER_YEAR", reasons.get("1 870"));
        assertEquals("OTHER_YEAR", reasons.get("140"));
        assertEquals("OTHER_YEAR", reasons.get("22 400"));
        assertEquals(List.of(), twoValues(answer));
    }

    @Test
    void aCountOfAPartOfTheYearIsNotTheYears() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "За первое полугодие подготовлено 900 пресс-релизов, за год — 2 000. "
                + "В декабре в аккаунтах администрации опубликовано 300 постов. За 9 месяцев проведено 40 брифингов. "
                + "На 1 декабря у сообщества администрации ВКонтакте 50 тыс. подписчиков. "
                + "С января по декабрь подготовлено 250 фоторепортажей.",
                new NarrativeCorpusTest.Key("press_releases", null, null, 2000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 50_000, "EXACT", null),
                new NarrativeCorpusTest.Key("photo_reports", null, null, 250, "EXACT", null));
        Map<String, String> reasons = DraftResourceTest.reasons(answer);
        for (String part : List.of("900", "300", "40")) {
            assertEquals("PART_OF_YEAR", reasons.get(part), part);
        }
    }

    @Test
    void newYearsDayIsWhereTheYearBeforeEnded() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Подписчиков сообщества администрации во ВКонтакте на 31 декабря 2025 года — 38 700 (на 1 января 2025 года — "
                + "31 200). На 1 января 2026 года в телеграм-канале администрации 12 тыс. подписчиков.",
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 38_700, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 12_000, "EXACT", null));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("31 200"));
    }

    @Test
    void theStartOfAnArrowIsTheOlderValue() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Главное за год — запуск телеграм-канала главы города: 0 → 16 тыс. подписчиков за 9 месяцев. "
                + "Сообщество администрации во ВКонтакте: 5 000 -> 9 000 подписчиков.",
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 16_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 9000, "EXACT", null));
        Map<String, String> reasons = DraftResourceTest.reasons(answer);
        assertEquals("OTHER_YEAR", reasons.get("0"));
        assertEquals("OTHER_YEAR", reasons.get("5 000"));
        assertEquals(List.of(), twoValues(answer));
    }

    @Test
    void theReportsOwnYearABaselineOrAYearInAnotherPartLeaveTheNumberAFigure() {
        String text = HEAD
                + "В 2025 году опубликовано 2 105 пресс-релизов. "
                + "Рост аудитории по сравнению с 2024 годом составил 5 400 подписчиков. "
                + "Канал администрации в Дзене открыт в 2024 году, сейчас на него подписаны 1 350 человек. "
                + "Преодолен порог в 10 тысяч подписчиков в Телеграм-канале главы города (в 2024 году — первый среди городов области).";
        Map<String, Object> answer = DraftResourceTest.answer(text);
        assertEquals(Set.of(
                new NarrativeCorpusTest.Key("press_releases", null, null, 2105, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", null, null, 5400, "EXACT", "2024"),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "DZEN", 1350, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 10000, "AT_LEAST", null)),
                DraftResourceTest.figures(answer));
    }

    /** The warnings that two values were read for one figure: none when the older one is known as older. */
    @SuppressWarnings("unchecked")
    private static List<String> twoValues(Map<String, Object> answer) {
        return ((List<String>) answer.get("warnings")).stream().filter(w -> w.startsWith("two values")).toList();
    }

    @Test
    void aTableTypedWithTabsAndUnitsInItsLabelsGivesTheReportsColumn() {
        Map<String, Object> answer = DraftResourceTest.answer("Итоги 2021 года\n\nПоказатель\t2021\t2020\n"
                + "Пресс-релизы, ед.\t1 538\t1 406\nФоторепортажи, ед.\t142\t119\nПросмотры новостей на сайте, тыс.\t364,5\t298,2\n");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("press_releases", null, null, 1538, "EXACT", null),
                new NarrativeCorpusTest.Key("photo_reports", null, null, 142, "EXACT", null),
                new NarrativeCorpusTest.Key("website_news_views", null, null, 364_500, "EXACT", null)),
                DraftResourceTest.figures(answer), "«ед.» before a tab ends a cell, not a sentence");
    }

    @Test
    void theYearsOfPairsSaidInALineAboveThem() {
        Map<String, Object> answer = DraftResourceTest.drafts("Новокузнецк\n\nИТОГИ 2023 ГОДА\n\nЦИФРЫ ГОДА (2022 / 2023)\n\n"
                + "• Пресс-релизы на официальном сайте: 3 905 / 4 312 (+10,4 %)\n"
                + "• Ответы на запросы СМИ: свыше 550 / свыше 600\n\n"
                + "Учреждения создали в 2023 году 212 госпабликов во ВКонтакте и Одноклассниках (в 2022 — 148).\n",
                key("press_releases", null, null, 4312, "EXACT", null),
                key("media_requests_answered", null, null, 600, "AT_LEAST", null),
                key("new_public_pages", "DEPARTMENTS", null, 212, "EXACT", null));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("148"));
    }

    @Test
    void aTablesColumnsOfDatesAndTheRuleUnderItsHeader() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Показатель                      | 2024     | 2025\n"
                + "--------------------------------|----------|---------\n"
                + "Фоторепортажи                   | 88       | 121\n\n"
                + "Аккаунты администрации:\n\n"
                + "Площадка | на 01.01.2025 | на 31.12.2025\n"
                + "ВКонтакте | 28 604 | 33 912\n",
                key("photo_reports", null, null, 121, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 33_912, "EXACT", null));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("28 604"));
    }

    @Test
    void theStartOfTheYearIsTheYearBefore() {
        Map<String, Object> answer = DraftResourceTest.answer(HEAD + "Сообщество администрации во «ВКонтакте» на начало года "
                + "насчитывало 26 400 подписчиков, то есть с начала года плюс 4 800.");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VK", 4800, "EXACT", "2025-01-01")),
                DraftResourceTest.figures(answer));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("26 400"));
    }
}
