package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Whose a list's numbers are, what a label before a colon names, and words of the catalog said of other things. */
@QuarkusTest
class ListsAndLabelsTest {

    private static final String HEAD = "Мурманск\n\nЧто наиболее значительное удалось сделать в области информационной политики в 2025 году\n\n";

    @Test
    void aNumberedItemThatHeadsAListGivesItsOwnerToTheLines() {
        DraftResourceTest.drafts(HEAD
                + "3) Соцсети администрации (подписчики на конец года):\n   • ВКонтакте — 72 300;\n   • Telegram — 31 900.\n"
                + "4) Соцсети главы города: ВКонтакте — 25 тыс.\n",
                key("subscribers", "ADMINISTRATION", "VK", 72_300, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 31_900, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 25_000, "EXACT", null));
    }

    @Test
    void aNumberedHeadEndingInAnAccountsNameInQuotesGivesItToTheLines() {
        DraftResourceTest.drafts(HEAD
                + "1. ВКонтакте — официальная группа «Администрация г. Мурманска»\n- подписчиков на 31.12.2025: 9 870;\n"
                + "- записей за год: 1 312;\n\n2. Одноклассники — группа \"Администрация города\"\n- участников: 5 120.\n",
                key("subscribers", "ADMINISTRATION", "VK", 9870, "EXACT", null),
                key("posts", "ADMINISTRATION", "VK", 1312, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 5120, "EXACT", null));
    }

    @Test
    void aThingNoMetricCountsHeadsItsLabelBeforeTheAccountItWasIn() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Telegram-канал администрации — 4 118 подписчиков.\n"
                + "Реакций в Telegram-каналах за год — 31 тыс., репостов — 4 200, комментариев во ВКонтакте — 6 800.\n"
                + "НАС ЧИТАЮТ\nэтот ТГ-канал главы — 2 630\n",
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 4118, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 2630, "EXACT", null));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("31 тыс."));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("6 800"));
    }

    @Test
    void aNetworksNameOnTheFirstLineOfAParagraphHeadsTheLinesUnderIt() {
        DraftResourceTest.drafts(HEAD + "Telegram\nКанал «Мурманск | Администрация»: на 31.12.2025 — 9 612 подписчиков.\n\n"
                + "ВКонтакте\nСообщество администрации: 18 940 подписчиков, прирост за год — 960; 2 411 публикаций.\n"
                + "Страница главы города — 4 215 подписчиков.\n\nОдноклассники\nГруппа администрации — 6 205 участников.\n\n"
                + "Госпаблики\nСоздано 23 госпаблика учреждений.\n",
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 9612, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 18_940, "EXACT", null),
                key("subscriber_growth", "ADMINISTRATION", "VK", 960, "EXACT", "2025-01-01"),
                key("posts", "ADMINISTRATION", "VK", 2411, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 4215, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 6205, "EXACT", null),
                key("new_public_pages", "DEPARTMENTS", null, 23, "EXACT", null));
    }

    @Test
    void aHeadingLinesMetricCountsTheNumbersOfTheLineUnderIt() {
        DraftResourceTest.drafts(HEAD + "Прямые эфиры\n5 — во ВКонтакте (цикл «Глава отвечает»), 14 — на RUTUBE.\n",
                key("live_broadcasts", null, "VK", 5, "EXACT", null),
                key("live_broadcasts", null, "RUTUBE", 14, "EXACT", null));
    }

    @Test
    void theItemsOfAListOfTheTopPostsAreOnePostsEach() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Telegram-канал администрации — 4 118 подписчиков, 1 482 тыс. просмотров.\n\n"
                + "Топ-5 публикаций года:\n1) о графике подачи горячей воды — 22,4 тыс. просмотров;\n"
                + "2) о северном сиянии (фотоподборка жителей) — 19,8 тыс.\n\n"
                + "Самые популярные посты в Telegram:\n- о дорогах — 58 300 просмотров;\n- о школе — 47 900.\n",
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 4118, "EXACT", null),
                key("views", "ADMINISTRATION", "TELEGRAM", 1_482_000, "EXACT", null));
        for (String quote : List.of("22,4 тыс.", "19,8 тыс.", "58 300", "47 900")) {
            assertEquals("PART", DraftResourceTest.reasons(answer).get(quote), quote);
        }
    }

    @Test
    void anAccountsReachAfterItsViewsIsNoViews() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD + "В сообществе администрации во ВКонтакте опубликовано "
                + "4 100 постов, они набрали около 12 млн просмотров. Суммарный охват всех аккаунтов администрации — 21 млн.\n",
                key("posts", "ADMINISTRATION", "VK", 4100, "EXACT", null),
                key("views", "ADMINISTRATION", "VK", 12_000_000, "APPROXIMATE", null));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("21 млн."));
    }

    @Test
    void aReachSaidWithAVerbIsNoCountOfWhatCameBefore() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD + "Публикации сообщества администрации во ВКонтакте за "
                + "год набрали 9,4 млн просмотров, суммарный охват составил 3,1 млн пользователей. В республиканских и "
                + "федеральных СМИ за год вышло не менее 1 900 публикаций о городе.\n",
                key("views", "ADMINISTRATION", "VK", 9_400_000, "EXACT", null));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("3,1 млн"));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("1 900"));
    }

    @Test
    void anAverageInALabelsCellIsARate() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "[1] ВКонтакте | «Администрация города» | владелец: администрация\n"
                + "Публикации ...................... 1 763\nСр. просмотров на публикацию .... 1 647\n"
                + "Средний просмотр записи: ~1 890\n",
                key("posts", "ADMINISTRATION", "VK", 1763, "EXACT", null));
        assertEquals("RATIO", DraftResourceTest.reasons(answer).get("1 647"));
        assertEquals("RATIO", DraftResourceTest.reasons(answer).get("1 890"));
    }

    @Test
    void anOutlineNumberIsNoSentenceOfItsOwn() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "2. СМИ\n2.1. Ответы на запросы — 318.\n3. Социальные сети администрации\n3.1. ВКонтакте — 59 тыс. подписчиков.\n"
                + "3.2. Одноклассники — 17 тыс. подписчиков.\n",
                key("media_requests_answered", null, null, 318, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 59_000, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 17_000, "EXACT", null));
        assertEquals("LIST_MARKER", DraftResourceTest.reasons(answer).get("3.2"));
    }

    @Test
    void aMarkdownTableKeepsItsYearColumns() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "| Показатель | 2024 | 2025 |\n|---|---|---|\n| Пресс-релизы | 1 900 | 2 050 |\n"
                + "| Подписчики ВКонтакте (администрация) | 88 000 | 97 500 |\n",
                key("press_releases", null, null, 2050, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 97_500, "EXACT", null));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("1 900"));
    }

    @Test
    void aFullStopInARowsCellKeepsTheRowsBelowInTheirColumns() {
        DraftResourceTest.drafts(HEAD
                + "№ | Показатель | 2024 год | 2025 год | Примечание\n1 | Пресс-релизы | 1 900 | 2 050 | в т.ч. 148 о выборах\n"
                + "2 | Фоторепортажи | 96 | 131 | Рекорд. Лучший год\n3 | Подписчики ВКонтакте (администрация) | 88 000 | 97 500 | —\n",
                key("press_releases", null, null, 2050, "EXACT", null),
                key("photo_reports", null, null, 131, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 97_500, "EXACT", null));
    }

    @Test
    void aFormsNumberedQuestionsWithTheirUnits() {
        DraftResourceTest.drafts(HEAD
                + "Раздел 1. Официальный сайт\n1. Количество пресс-релизов, размещённых на сайте за 2025 год, ед.: 1 362\n"
                + "2. Количество фоторепортажей, ед.: 187\n3. Количество выездных мероприятий, ед.: 146\n",
                key("press_releases", null, null, 1362, "EXACT", null),
                key("photo_reports", null, null, 187, "EXACT", null),
                key("field_events", null, null, 146, "EXACT", null));
    }

    @Test
    void theHeaderOfTheRowsLabelsNamesWhoseAccountsTheyAre() {
        DraftResourceTest.drafts(HEAD
                + "Слайд 5. Социальные сети\nАккаунты администрации* | Подписчики\nОдноклассники | 5 300 |\nYouTube | 2 140 |\n\n"
                + "Слайд 6. Социальные сети АМС\nТГ-канал АМС: 23 600 подписчиков\n",
                key("subscribers", "ADMINISTRATION", "OK", 5_300, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "YOUTUBE", 2_140, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 23_600, "EXACT", null));
    }

    @Test
    void aThingNamedBeforeItsBracketIsNotTheMetricBefore() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Пресс-релизы (2 415), фоторепортажи (380) и видеосюжеты (125) размещались на портале ежедневно. "
                + "Подписчики: страница главы города (34 тыс.), страница администрации (51 тыс.).",
                key("press_releases", null, null, 2415, "EXACT", null),
                key("photo_reports", null, null, 380, "EXACT", null),
                key("subscribers", "MAYOR", null, 34_000, "EXACT", null),
                key("subscribers", "ADMINISTRATION", null, 51_000, "EXACT", null));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("125"));
        answer = DraftResourceTest.drafts(HEAD + "Мы разместили пресс-релизы (2 480), фоторепортажи (312), анонсы мероприятий (640).",
                key("press_releases", null, null, 2480, "EXACT", null),
                key("photo_reports", null, null, 312, "EXACT", null));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("640"),
                "«мероприятий» alone makes no metric: the announcements are no photo reports");
    }

    @Test
    void aLabelBeforeItsColonNamesTheNumberAfterIt() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Публикации в аккаунтах администрации: 11 800 ед.; просмотры: 214 млн.",
                key("posts", "ADMINISTRATION", null, 11_800, "EXACT", null),
                key("views", "ADMINISTRATION", null, 214_000_000, "EXACT", null));
        assertTrue(((java.util.List<?>) answer.get("warnings")).stream().noneMatch(w -> w.toString().startsWith("two values")));
    }

    @Test
    void aTotalHoldsForTheClauseThatFollowsIt() {
        DraftResourceTest.drafts(HEAD
                + "В сообществе администрации во ВКонтакте 54 тыс. подписчиков. "
                + "Всего за год в соцсетях опубликовано 5 900 постов, которые набрали 31,5 млн просмотров.",
                key("subscribers", "ADMINISTRATION", "VK", 54_000, "EXACT", null),
                key("posts", null, null, 5900, "EXACT", null),
                key("views", null, null, 31_500_000, "EXACT", null));
    }

    @Test
    void aSentenceOfTotalsTakesNoAccountFromTheOneBefore() {
        DraftResourceTest.drafts(HEAD
                + "Глава города ведет телеграм-канал, на который подписаны 95 тыс. человек. За год опубликовано более 12 тыс. "
                + "постов, суммарно они собрали 148 млн просмотров. Число подписчиков телеграм-канала администрации "
                + "увеличилось вдвое и составляет 18,2 тыс. человек.",
                key("subscribers", "MAYOR", "TELEGRAM", 95_000, "EXACT", null),
                key("posts", null, null, 12_000, "AT_LEAST", null),
                key("views", null, null, 148_000_000, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 18_200, "EXACT", null));
    }

    @Test
    void respectivelyPairsTheNamesWithTheNumbersInOrder() {
        DraftResourceTest.drafts(HEAD
                + "В ВК, ТГ и ОК у администрации 45, 20 и 12 тыс. подписчиков соответственно. "
                + "Мэр и администрация ведут каналы в MAX с аудиторией 3,1 и 1,8 тыс. подписчиков соответственно. "
                + "Подготовлено 3 950 и 610 пресс-релизов и фоторепортажей соответственно.",
                key("subscribers", "ADMINISTRATION", "VK", 45_000, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 20_000, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 12_000, "EXACT", null),
                key("subscribers", "MAYOR", "MAX", 3_100, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "MAX", 1_800, "EXACT", null),
                key("press_releases", null, null, 3950, "EXACT", null),
                key("photo_reports", null, null, 610, "EXACT", null));
    }

    @Test
    void anAdjectiveBelongsToTheNounAfterIt() {
        DraftResourceTest.drafts(HEAD + "Подведомственные учреждения завели 34 новых госпаблика, суммарная аудитория страниц учреждений — "
                + "58 тыс. подписчиков.",
                key("new_public_pages", "DEPARTMENTS", null, 34, "EXACT", null),
                key("subscribers", "DEPARTMENTS", null, 58_000, "EXACT", null));
    }

    @Test
    void publicationsInTheMediaAreNotTheAccountsPosts() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Проект «Мурманск-2030»: 14 встреч с жителями, 120 публикаций в федеральных СМИ. "
                + "В аккаунтах администрации вышло 7 450 публикаций.",
                key("posts", "ADMINISTRATION", null, 7450, "EXACT", null));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("120 публикаций в федеральных СМИ"));
    }

    @Test
    void aPhraseDoesNotBorrowTheWordsOfTheNextNumber() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Подготовлено 2 000 ответов на вопросы жителей в социальных сетях и 640 ответов на запросы СМИ.",
                key("media_requests_answered", null, null, 640, "EXACT", null));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("2 000 ответов"));
    }

    @Test
    void aGuestIsNoOwnerAndAPartStaysAPart() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "- 95 брифингов и пресс-конференций, из них 12 — с участием мэра;\n- 2 310 ответов на запросы СМИ.",
                key("press_events", null, null, 95, "EXACT", null),
                key("media_requests_answered", null, null, 2310, "EXACT", null));
        assertEquals("PART", DraftResourceTest.reasons(answer).get("12"));
        answer = DraftResourceTest.drafts(HEAD + "Выпущено 2 760 информационных материалов; к 412 из них сделаны фоторепортажи.",
                key("press_releases", null, null, 2760, "EXACT", null));
        assertEquals("PART", DraftResourceTest.reasons(answer).get("412"), "«из них» after the number says the same");
    }

    @Test
    void countsAfterAColonAreNoEventsCovered() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "В рамках информационного сопровождения деятельности администрации проведена следующая работа: на сайте "
                + "размещено 2 987 информационных сообщений, подготовлено 341 фотоотчет и 52 видеосюжета.",
                key("press_releases", null, null, 2987, "EXACT", null),
                key("photo_reports", null, null, 341, "EXACT", null));
        assertEquals(java.util.List.of(), ((Map<?, ?>) answer.get("draft")).get("highlights"));
    }

    @Test
    void messengersByTheirOtherNames() {
        DraftResourceTest.drafts(HEAD
                + "Канал администрации в Максе — 4 тыс. подписчиков. Группа главы города в WhatsApp — 900 участников.",
                key("subscribers", "ADMINISTRATION", "MAX", 4000, "EXACT", null),
                key("subscribers", "MAYOR", "OTHER", 900, "EXACT", null));
    }

    @Test
    void wordsTheFirstCatalogMissed() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Организовано 31 пресс-мероприятие. На сайте размещено 207 фотогалерей и 15 фотоподборок. "
                + "Новостной раздел сайта посетили 2,4 млн раз. Проведено 119 выездных съемок.",
                key("press_events", null, null, 31, "EXACT", null),
                key("field_events", null, null, 119, "EXACT", null),
                key("photo_reports", null, null, 207, "EXACT", null),
                key("website_news_views", null, null, 2_400_000, "EXACT", null));
        assertEquals("DUPLICATE", DraftResourceTest.reasons(answer).get("15"), "«фотоподборок» is read as photo reports too");
    }

    @Test
    void aBrandBeforeANetworksNameAndAChangeWordHeadNoForeignLabel() {
        DraftResourceTest.drafts(HEAD + "Сообщества администрации:\nВКонтакте — 9 870 подписчиков;\nЯндекс.Дзен — 1 150.\n"
                + "Число подписчиков на всех ресурсах — более 31 тыс. человек, рост по сравнению с 2024 годом – 6,5 тыс.\n",
                key("subscribers", "ADMINISTRATION", "VK", 9_870, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "DZEN", 1_150, "EXACT", null),
                key("subscribers", null, null, 31_000, "AT_LEAST", null),
                key("subscriber_growth", null, null, 6_500, "EXACT", "2024"));
    }

    @Test
    void aPointingWordStandsInAChainOfMetricWords() {
        DraftResourceTest.drafts(HEAD + "В сообществе администрации во ВКонтакте опубликовано 3 480 постов, просмотров этих постов — "
                + "9,6 млн.\n",
                key("posts", "ADMINISTRATION", "VK", 3_480, "EXACT", null),
                key("views", "ADMINISTRATION", "VK", 9_600_000, "EXACT", null));
    }
}
