package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Reports as they arrive by e-mail: words glued to numbers, cut short, wrapped at a fixed width, typed with lookalikes. */
@QuarkusTest
class MessyTextTest {

    @Test
    void labelsGluedToTheirNumbersAndOwnersCutShort() {
        Map<String, Object> answer = DraftResourceTest.drafts("Находка. Итоги 2022 г. (пресс-служба адм. г.о. Находка)\n"
                + "Пресс-релизы-2814, фотоотчеты-196, выезды-131, ответы на запросы СМИ-264, прямые эфиры в ВК-6.\n"
                + "Сообщество адм. ВКонтакте-12,5тыс.подп., ТГ-канал адм.-4 380, ТГ гл. города-7 020 (+2 900 за год).\n"
                + "Организовано более 120 комментариев гл. города для СМИ. В 2022 г. созданы страницы 23 структурных "
                + "подразделений администрации. Вакцинация от COVID-19 шла весь год.\n",
                key("press_releases", null, null, 2814, "EXACT", null),
                key("photo_reports", null, null, 196, "EXACT", null),
                key("field_events", null, null, 131, "EXACT", null),
                key("media_requests_answered", null, null, 264, "EXACT", null),
                key("live_broadcasts", null, "VK", 6, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 12_500, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 4_380, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 7_020, "EXACT", null),
                key("subscriber_growth", "MAYOR", "TELEGRAM", 2_900, "EXACT", "2022-01-01"),
                key("leader_comments", null, null, 120, "AT_LEAST", null),
                key("new_public_pages", "DEPARTMENTS", null, 23, "EXACT", null));
        assertEquals("NAME", DraftResourceTest.reasons(answer).get("19"), "«COVID-19» is a name");
    }

    @Test
    void aTextWrappedAtAFixedWidthReadsAsItsSentences() {
        DraftResourceTest.drafts("ЗАТО Северск (Томская область)\n\n"
                + "Что наиболее значительное удалось сделать в области информационной\nполитики в 2023 году\n\n"
                + "Пресс-служба Администрации ЗАТО Северск в 2023 году:\n"
                + "> разместила на официальном сайте Администрации и передала в СМИ 1\n"
                + "284 информационных сообщения (только в IV квартале - 410);\n"
                + "> подготовила 212 фото-\nрепортажей с городских мероприятий;\n"
                + "> организовала 76 выeздных мероприятий для журналистов.\n\n"
                + "Аудитория официальных аккаунтов на 31.12.2023: сообщество Администрации\n"
                + "ВКонтакте - 27 300 подписчиков, телеграм-канал Администрации - 8 950,\n"
                + "группа в Одноклассниках - 4 120, телеграм-канал Мэра ЗАТО Северск -\n"
                + "6 480. По сравнению с 2022 годом число подписчиков всех аккаунтов\n"
                + "Администрации и Мэра выросло на 9 400.\n\n"
                + "Самым популярным материалом года стало видео праздничного салюта в День\n"
                + "города - его посмотрели 48 тыс. раз. Рекордным стал сентябрь - 187 публикаций.\n",
                key("press_releases", null, null, 1284, "EXACT", null),
                key("photo_reports", null, null, 212, "EXACT", null),
                key("field_events", null, null, 76, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 27_300, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 8_950, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 4_120, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 6_480, "EXACT", null),
                key("subscriber_growth", null, null, 9_400, "EXACT", "2022"));
    }

    @Test
    void aWrappedHeadingIsOneHeading() {
        Layout layout = new Layout("Северск\n\nЧто наиболее значительное удалось сделать в области информационной\n"
                + "политики в 2023 году\n\nВыпущено 900 новостей.");
        assertEquals("Что наиболее значительное удалось сделать в области информационной политики в 2023 году",
                layout.heading(Layout.Role.SUMMARY).text());
        assertEquals("Выпущено 900 новостей.", layout.textOf(layout.summary));
        layout = new Layout("Пресс-служба Администрации го\nрода Кургана — итоги 2022 года\n\nВыпущено 900 новостей.");
        assertEquals("итоги 2022 года", layout.heading(Layout.Role.SUMMARY).text(), "a city and a title wrapped: no offset outside the text");
        assertEquals("Выпущено 900 новостей.", layout.textOf(layout.summary));
    }

    @Test
    void aSlidesTilesAreALabelOverItsNumberOrANumberOverWhatItCounts() {
        Map<String, Object> answer = DraftResourceTest.drafts("Город Волжский\n\nИТОГИ 2024 ГОДА\n\n=== САЙТ ===\n"
                + "Публикации на сайте\n1 977\n↑ 9 % г/г\nПред. период: 1 812\n\nПросмотры новостей\n884 310\n\n"
                + "📸 186\nфотоотчётов\n\n🎙 ~60\nинтервью и пресс-подходов\n\nПосты (все площадки администрации)\n5 830\n",
                key("press_releases", null, null, 1977, "EXACT", null),
                key("website_news_views", null, null, 884_310, "EXACT", null),
                key("photo_reports", null, null, 186, "EXACT", null),
                key("press_events", null, null, 60, "APPROXIMATE", null),
                key("posts", "ADMINISTRATION", null, 5830, "EXACT", null));
        assertEquals("NOT_A_METRIC", DraftResourceTest.reasons(answer).get("1 812"), "the period before's line stays apart");
    }

    @Test
    void aHeadersDateOrBaselineIsNoYearOfItsColumn() {
        DraftResourceTest.drafts("Город Волжский\n\nИтоги 2024 года\n\n=== СОЦСЕТИ: АДМИНИСТРАЦИЯ ===\n"
                + "Платформа | Подписчики на 31.12 | Прирост с 01.01.2024\nВК | 31 480 | +3 920\nТГ | 8 115 | +2 760\n\n"
                + "ТГ-канал главы: 17 300 подписчиков ▲ +9 800 к 2023\n",
                key("subscribers", "ADMINISTRATION", "VK", 31_480, "EXACT", null),
                key("subscriber_growth", "ADMINISTRATION", "VK", 3_920, "EXACT", "2024-01-01"),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 8_115, "EXACT", null),
                key("subscriber_growth", "ADMINISTRATION", "TELEGRAM", 2_760, "EXACT", "2024-01-01"),
                key("subscribers", "MAYOR", "TELEGRAM", 17_300, "EXACT", null),
                key("subscriber_growth", "MAYOR", "TELEGRAM", 9_800, "EXACT", "2023"));
    }

    @Test
    void aScannedLettersSpecksAndLookalikes() {
        Map<String, Object> answer = DraftResourceTest.drafts("АДМИНИСТРАЦИЯ ГОРОДА НОВОЧЕРКАССКА\n\n"
                + "Итоги работы в области информационной политики в 2О23 году.\n\n"
                + "3. Подготовлены ответы более чем на 430 запросов СМИ, организовано 185\n"
                + "   комментариев Главы Администрации и его заместителей для федеральных\n"
                + "5. По состоянию на 31.12.2023 число подписчиков аккаунтов Администрации составило: ВКонтакте — 31 2О0,\n"
                + "   Te1egram — 9 870.\n"
                + "| В Telegram-канале Главы Администрации преодолён порог в 12 тыс. подписчиков, он самый читаемый.\n",
                key("media_requests_answered", null, null, 430, "AT_LEAST", null),
                key("leader_comments", null, null, 185, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 31_200, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 9_870, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 12_000, "AT_LEAST", null));
        assertEquals("YEAR", DraftResourceTest.reasons(answer).get("2О23"), "a letter O among a year's digits");
    }

    @Test
    void aHurriedLineOfAccountsWithCommasForThousandsAndTheLayoutSwitched() {
        DraftResourceTest.drafts("Котельнич, пресс-служба администрации городского округа — 2023\n\n"
                + "Госпаблик администрации Vk -5,230 подписчиков, ОК- 2,870, teлеграм 1,190. у главы teлеграм-канал 760 подп и "
                + "Вк 1 900.\nРост на 12,500 %.\n",
                key("subscribers", "ADMINISTRATION", "VK", 5_230, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 2_870, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 1_190, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 760, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 1_900, "EXACT", null));
    }

    @Test
    void fullStopsWithoutTheirSpaceAndWordsCutShortInAHurry() {
        DraftResourceTest.drafts("Итоги 2022 г. - пресс-служба администрации МО «город Бугуруслан»\n\n"
                + "за год на оф.сайте размещено 1 380 информ.сообщений, выехали на 174 мероприятия.ответов на запросы СМИ — 61.\n"
                + "Страница администрации Вконтакте - 12,400 подписчиков. Рост по админ. страницам с начала года составил 3 300 чел.\n",
                key("press_releases", null, null, 1_380, "EXACT", null),
                key("media_requests_answered", null, null, 61, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 12_400, "EXACT", null),
                key("subscriber_growth", "ADMINISTRATION", null, 3_300, "EXACT", "2022-01-01"));
        assertEquals(null, DraftResourceTest.answer("Итоги 2022 года\n\nСтраница администрации Вконтакте - 12,400 подписчиков.\n")
                .get("city"), "a network after «администрации» is no town");
    }

    @Test
    void theYearReportedOnOverTheYearComparedWith() {
        assertEquals(2021, DraftResourceTest.answer("Добрый день! направляю информацию по пресс-службе администрации города Галич\n\n"
                + "за 2021г на оф.сайте размещено 612 новостей, для сравнения в 2020 году было 540 новостей\n").get("year"));
        assertEquals(2023, DraftResourceTest.answer("Информ. политика 2023 — кратко\n\nВ 2023г новостей на сайте 834. По сравнению "
                + "с 2022 годом подписчиков больше на 4 тыс.\n").get("year"));
        assertEquals(2020, DraftResourceTest.answer("Форма № 2-СМИ (годовая)\nза 2020 год\n\nМуниципальное образование: "
                + "Куртамышский район\n\nКод стр. | Наименование показателя | 2019 г. (справочно) | 2020 г.\n"
                + "01 | Пресс-релизы | 1 012 | 1 140\n\nКод стр. | Наименование показателя | 2019 г. (справочно) | 2020 г.\n"
                + "05 | Фоторепортажи | 96 | 102\n\nПримечание: в 2019 г. часть строк не заполнялась; данные за 2019 г. "
                + "приведены по отчёту.\n").get("year"), "a column of the year before «(справочно)» names no year reported on");
    }
    @Test
    void aPlusAfterANumberStandsBetweenItAndItsNoun() {
        DraftResourceTest.drafts("Итоги 2025 года\n\nПодготовлены ответы на 500+ запросов федеральных и региональных СМИ.\n",
                key("media_requests_answered", null, null, 500, "AT_LEAST", null));
    }
    @Test
    void aSlidesTileTakesTheNetworkOfItsOwnLines() {
        DraftResourceTest.drafts("Администрация города Энгельса\n\nГод в цифрах: 2020\n\nЭФИРЫ И СМИ\n🎬 17\n"
                + "прямых эфиров с главой района во ВКонтакте\n🎬 9\nпрямых эфиров в Одноклассниках\n",
                key("live_broadcasts", null, "VK", 17, "EXACT", null),
                key("live_broadcasts", null, "OK", 9, "EXACT", null));
    }
}
