package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Tables kept month by month: only the year's total, the year's end and the change over the year are figures. */
@QuarkusTest
class PartsOfTheYearTest {

    private static final String HEAD = "Котлас\n\nИнформация о работе отдела за 2022 год\n\n";

    @Test
    void monthsAsColumnsLeaveTheYearsTotal() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Показатель | янв | фев | мар | апр | май | июн | июл | авг | сен | окт | ноя | дек | Итого за год\n"
                + "Пресс-релизы на сайте | 67 | 111 | 119 | 96 | 122 | 108 | 100 | 114 | 92 | 88 | 129 | 128 | 1 274\n"
                + "Фоторепортажи | 14 | 17 | 11 | 12 | 21 | 18 | 14 | 12 | 18 | 18 | 17 | 16 | 188\n",
                key("press_releases", null, null, 1274, "EXACT", null),
                key("photo_reports", null, null, 188, "EXACT", null));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("111"));
    }

    @Test
    void aTableTypedToFixedWidthsPartsItsCellsByTwoSpaces() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Показатель               янв  фев  мар  апр  май  июн  июл  авг  сен  окт  ноя  дек  Всего\n"
                + "Пресс-релизы на сайте     68   73  105  108  121   97   86  108  123   99   94  104   1186\n"
                + "Фотоотчёты                 7    8   12   10   16   14   10   10   14   11   13   14    139\n"
                + "Выездные мероприятия       5    6    8    9   14   15    9   12   11    9    8   11    117\n\n"
                + "Ответы подготовлены в срок.  Запросов СМИ  было  много: 204 ответа.  Прямых эфиров  не было.\n"
                + "Главное  событие  года  —  юбилей города.  На сайте  вышло  много  фото.  Жители  довольны.\n"
                + "Работа  продолжается.  Планы  на  будущее  большие.  Задачи  поставлены.  Всё  хорошо.\n",
                key("press_releases", null, null, 1186, "EXACT", null),
                key("photo_reports", null, null, 139, "EXACT", null),
                key("field_events", null, null, 117, "EXACT", null),
                key("media_requests_answered", null, null, 204, "EXACT", null));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("105"));
    }

    @Test
    void monthsAndQuartersAsRowsLeaveTheTotalRow() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Период | Пресс-релизы | Фоторепортажи\nЯнварь | 67 | 14\nI кв. | 297 | 42\nИтого за год | 1 274 | 188\n",
                key("press_releases", null, null, 1274, "EXACT", null),
                key("photo_reports", null, null, 188, "EXACT", null));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("297"));
    }

    @Test
    void monthEndsOfAudienceLeaveTheYearsEndAndItsChange() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Таблица 2. Подписчики официальных аккаунтов (на конец месяца), чел.\n\n"
                + "Дата | ВК администрации | ТГ главы\nна 31.12.2021 | 15 870 | 1 120\nна 31.01 | 16 166 | 1 239\n"
                + "на 31.12 | 19 240 | 5 960\nИзменение за год | +3 370 | +4 840\n",
                key("subscribers", "ADMINISTRATION", "VK", 19_240, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 5_960, "EXACT", null),
                key("subscriber_growth", "ADMINISTRATION", "VK", 3_370, "EXACT", "2022-01-01"),
                key("subscriber_growth", "MAYOR", "TELEGRAM", 4_840, "EXACT", "2022-01-01"));
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("15 870"));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("16 166"));
    }

    @Test
    void aLoneDateInAHeaderIsWhenTheYearWasCounted() {
        DraftResourceTest.drafts(HEAD + "Площадка | Подписчики на 20.12.2022\nВКонтакте (администрация) | 19 240\n",
                key("subscribers", "ADMINISTRATION", "VK", 19_240, "EXACT", null));
    }
    @Test
    void runningTotalsLeaveTheYearsWhereverTheyStand() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Количество материалов, подготовленных и размещённых на официальном сайте, нарастающим итогом составило: "
                + "за I квартал — 312, за полугодие — 640, за 9 месяцев — 985, за год — 1 340.\n\n"
                + "Показатель                 3 мес.    6 мес.    9 мес.    12 мес. (год)\n"
                + "Фоторепортажи                  54       118       171         236\n"
                + "Выездные мероприятия           47       102       149         203\n"
                + "Ответы на запросы СМИ          61       126       190         247\n\n"
                + "Подписчики групп администрации:\n\n"
                + "                   01.04.2022   01.07.2022   01.10.2022   31.12.2022\n"
                + "ВКонтакте             6 120        6 480        6 950        7 630\n"
                + "Одноклассники         2 310        2 390        2 470        2 585\n",
                key("press_releases", null, null, 1340, "EXACT", null),
                key("photo_reports", null, null, 236, "EXACT", null),
                key("field_events", null, null, 203, "EXACT", null),
                key("media_requests_answered", null, null, 247, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 7_630, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 2_585, "EXACT", null));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("118"));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("6 950"));
    }
    @Test
    void aLevelOnADateWithinTheYearIsNotItsEnd() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Telegram-канал главы: на 01.07 — 3 480, на 31.12 — 5 960. В группе администрации во ВКонтакте было 5 100 "
                + "подписчиков на 1 марта 2022 года. Telegram-канал администрации с 1 марта вырос до 2 400 подписчиков.\n",
                key("subscribers", "MAYOR", "TELEGRAM", 5_960, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 2_400, "EXACT", null));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("3 480"));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("5 100"));
    }
    @Test
    void quartersEndsWithoutTheirYearHeadColumns() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Численность подписчиков на конец каждого квартала:\n\n"
                + "Аккаунт                        31.03     30.06     30.09     31.12\n"
                + "Telegram-канал администрации   6 840     7 310     7 905     8 620\n"
                + "ВКонтакте, группа мэра         2 150     2 230     2 290     2 365\n",
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 8_620, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 2_365, "EXACT", null));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("7 905"));
    }
    @Test
    void quartersInRowsUnderAPeriodsHeaderAndCountsUpToADate() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Количество новостей на официальном сайте нарастающим итогом: на 01.04 — 274, на 01.07 — 566, "
                + "на 01.10 — 851, на 31.12 — 1158 (итог года).\n\n"
                + "Количество публикаций в аккаунтах администрации по кварталам:\n\n"
                + "Квартал\tВКонтакте\tОдноклассники\tИтого\nI\t312\t240\t552\nII\t338\t251\t589\n"
                + "Итого за год\t1 297\t986\t2 283\n",
                key("press_releases", null, null, 1158, "EXACT", null),
                key("posts", "ADMINISTRATION", "VK", 1297, "EXACT", null),
                key("posts", "ADMINISTRATION", "OK", 986, "EXACT", null),
                key("posts", "ADMINISTRATION", null, 2283, "EXACT", null));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("274"));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("312"));
    }
    @Test
    void accountsOpenedInAMonthAreTheYearsNewOnesUnlessTheYearIsCountedToo() {
        DraftResourceTest.drafts(HEAD + "В декабре 2022 года созданы 62 государственных паблика муниципальных учреждений.\n",
                key("new_public_pages", "DEPARTMENTS", null, 62, "EXACT", null));
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD + "В IV квартале госпаблики созданы 14 учреждениями "
                + "образования; всего за 2022 год создан 31 госпаблик подведомственных учреждений.\n",
                key("new_public_pages", "DEPARTMENTS", null, 31, "EXACT", null));
        assertEquals("PART_OF_YEAR", DraftResourceTest.reasons(answer).get("14"));
    }
}
