package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Forms a ministry sends out and reports on a municipal task: rows' and columns' codes, units' codes, the columns'
 * numbers under the header, the approved value beside the one done, «то же» rows.
 */
@QuarkusTest
class MonitoringFormsTest {

    private static final String HEAD = "Кыштым\n\nИнформация о работе пресс-службы администрации Кыштымского городского округа за 2023 год\n\n";

    @Test
    void rowCodesColumnNumbersAndATotalOfRowsAreNoCounts() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Код строки | Наименование показателя | Ед. изм. | 2022 г. | 2023 г.\n1 | 2 | 3 | 4 | 5\n"
                + "010 | Пресс-релизы | ед. | 1 288 | 1 416\n"
                + "070 | Просмотры новостей на официальном сайте | тыс. просмотров | 388,1 | 452,6\n\n"
                + "Код строки | Владелец аккаунта | Площадка | Подписчики на 31.12.2023, чел. | Просмотры публикаций за 2023 г., тыс.\n"
                + "1 | 2 | 3 | 4 | 5\n210 | Администрация КГО | ВКонтакте | 12 917 | 5 830\n"
                + "212 | Глава КГО | Telegram | 3 018 | 1 150\n220 | Итого по стр. 210–212 | х | 15 935 | х\n",
                key("press_releases", null, null, 1_416, "EXACT", null),
                key("website_news_views", null, null, 452_600, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 12_917, "EXACT", null),
                key("views", "ADMINISTRATION", "VK", 5_830_000, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 3_018, "EXACT", null),
                key("views", "MAYOR", "TELEGRAM", 1_150_000, "EXACT", null),
                key("subscribers", null, null, 15_935, "EXACT", null));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("212"));
    }

    @Test
    void aRowsLastNumberEndsWithItsLineBeforeTheNextRowsCode() {
        DraftResourceTest.drafts(HEAD + "Код строки | Наименование показателя | ВКонтакте | Telegram | Всего\n"
                + "200 | Подписчики аккаунтов администрации | 14 380 | 1 112 | 15 492\n"
                + "210 | Подписчики аккаунтов главы | 8 640 | 2 305 | 10 945\n"
                + "220 | Публикации в аккаунтах администрации | 1 930 | 1 455 | 3 385\n",
                key("subscribers", "ADMINISTRATION", "VK", 14_380, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 1_112, "EXACT", null),
                key("subscribers", "ADMINISTRATION", null, 15_492, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 8_640, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 2_305, "EXACT", null),
                key("subscribers", "MAYOR", null, 10_945, "EXACT", null),
                key("posts", "ADMINISTRATION", "VK", 1_930, "EXACT", null),
                key("posts", "ADMINISTRATION", "TELEGRAM", 1_455, "EXACT", null),
                key("posts", "ADMINISTRATION", null, 3_385, "EXACT", null));
    }

    @Test
    void aColumnsNumberBeforeItsValueIsNoLabel() {
        DraftResourceTest.drafts(HEAD + "стр. 01 | Пресс-релизы, подготовленные пресс-службой, ед. | гр. 3: 1020 | гр. 4: х\n"
                + "стр. 02 | Фоторепортажи, ед. | гр. 3: 117 | гр. 4: х\n",
                key("press_releases", null, null, 1_020, "EXACT", null),
                key("photo_reports", null, null, 117, "EXACT", null));
    }

    @Test
    void aMunicipalTasksTableGivesWhatWasDoneNotTheUnitsCodeOrWhatWasApproved() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Уникальный номер реестровой записи: 639100.Р.38.1.02910002000\n\n"
                + "Наименование показателя | Единица измерения | Код по ОКЕИ | Утверждено в муниципальном задании на год | "
                + "Исполнено на отчётную дату | Допустимое отклонение, %\n"
                + "Количество фоторепортажей | единица | 642 | 180 | 188 | 10\n"
                + "Число подписчиков аккаунтов мэра: Telegram | человек | 792 | 2 500 | 2 940 | 10\n"
                + "то же: «ВКонтакте» | человек | 792 | 5 000 | 5 170 | 10\n\n"
                + "№ | Показатель | Ед. изм. (ОКЕИ) | Утв. в мун. задании на год | Исп. на отч. дату\n"
                + "1 | Количество ответов на запросы СМИ | ед. (642) | 50 | 58\n",
                key("photo_reports", null, null, 188, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 2_940, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 5_170, "EXACT", null),
                key("media_requests_answered", null, null, 58, "EXACT", null));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("792"));
        assertEquals("PLANS", DraftResourceTest.reasons(answer).get("2 500"));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("639100"));
    }

    @Test
    void aMunicipalTasksLinesGiveWhatWasDone() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Единица измерения: штука, ОКЕИ 796.\n"
                + "2) Количество фоторепортажей; ед. (642); утверждено — 200; исполнено — 212; 10 %; нет.\n"
                + "3) Количество мероприятий, освещённых с выездом на место; ед. (642); утверждено — 160; исполнено — 174.\n",
                key("photo_reports", null, null, 212, "EXACT", null),
                key("field_events", null, null, 174, "EXACT", null));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("642"));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("796"));
        assertEquals("PLANS", DraftResourceTest.reasons(answer).get("200"));
    }

    @Test
    void aFormsLinesOfCodesLabelsAndUnitsGiveTheirValues() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "010 Количество пресс-релизов, ед. — 1 184\n020 Количество фоторепортажей, ед. — 96\n"
                + "070 Количество просмотров новостей на официальном сайте, тыс. просмотров — 402,7\n"
                + "130 Прирост подписчиков официальных страниц администрации за 2023 год, чел. — 3 120\n"
                + "150 Количество просмотров публикаций на официальных страницах администрации, тыс. — св. 1 900\n"
                + "160 Количество пресс-конференций, ед.: 2022 г. — 12; 2023 г. — 15\n",
                key("press_releases", null, null, 1_184, "EXACT", null),
                key("photo_reports", null, null, 96, "EXACT", null),
                key("website_news_views", null, null, 402_700, "EXACT", null),
                key("subscriber_growth", "ADMINISTRATION", null, 3_120, "EXACT", "2023-01-01"),
                key("views", "ADMINISTRATION", null, 1_900_000, "AT_LEAST", null),
                key("press_events", null, null, 15, "EXACT", null));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("130"));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("12"));
    }

    @Test
    void aRowOfAnotherYearsEndAndTheCouncilsCommunityAreNotTheAdministrations() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "110 | Подписчики аккаунтов главы на 31.12.2023 | чел. | х\n110.1 | Telegram | чел. | 6 027\n"
                + "115 | Подписчики сообщества Думы города во ВКонтакте на 31.12.2023 | чел. | 2 110\n"
                + "180 | Подписчики госпабликов администрации (стр. 100) на 31.12.2022 | чел. | 23 511\n",
                key("subscribers", "MAYOR", "TELEGRAM", 6_027, "EXACT", null),
                key("subscribers", "OTHER", "VK", 2_110, "EXACT", null));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("23 511"));
    }

    @Test
    void aLegendAboveNumberedColumnsSaysWhichHoldThePlanAndTheCodes() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Показатели, характеризующие объём работы. Графы: 1 — уникальный номер реестровой записи; 2 — наименование "
                + "показателя; 3 — код по ОКЕИ; 4 — утверждено в муниципальном задании на год; 5 — исполнено на отчётную дату; "
                + "6 — допустимое отклонение, %.\n\n1 | 2 | 3 | 4 | 5 | 6\n"
                + "639100О.99.0.ИН05АА00000 | Количество фоторепортажей | 642 | 130 | 140 | 10\n"
                + "639100О.99.0.ИН05АА00000 | Количество ответов на запросы СМИ | 642 | 40 | 44 | 10\n",
                key("photo_reports", null, null, 140, "EXACT", null),
                key("media_requests_answered", null, null, 44, "EXACT", null));
        assertEquals("PLANS", DraftResourceTest.reasons(answer).get("130"));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("2"));
    }
}
