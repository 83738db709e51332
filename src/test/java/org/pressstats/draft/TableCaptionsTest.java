package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A table's numbered caption names the metric of its cells; the document's own numbering and footnotes are no counts. */
@QuarkusTest
class TableCaptionsTest {

    private static final String HEAD = "Всеволожск\n\nОтчёт о работе в сфере информационной политики за 2021 год\n\n";

    @Test
    void aNumberedCaptionWithADateAndAUnitNamesTheMetric() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Ниже приведена численность подписчиков по владельцам аккаунтов и площадкам (см. приложение 3).\n\n"
                + "Таблица 1. Численность подписчиков официальных аккаунтов на 31.12.2021, чел.\n\n"
                + "Владелец аккаунтов | ВКонтакте | Одноклассники | Итого по владельцу\n"
                + "Администрация | 18 240 | 4 115 | 22 355\nГлава администрации | 6 702 | 1 458 | 8 160\n",
                key("subscribers", "ADMINISTRATION", "VK", 18_240, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 4_115, "EXACT", null),
                key("subscribers", "ADMINISTRATION", null, 22_355, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 6_702, "EXACT", null),
                key("subscribers", "MAYOR", "OK", 1_458, "EXACT", null),
                key("subscribers", "MAYOR", null, 8_160, "EXACT", null));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("3"));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("1"));
    }

    @Test
    void aUnitsFullStopEndsNoSentenceBeforeItsNumber() {
        DraftResourceTest.drafts(HEAD + "1. Количество фоторепортажей, ед. — 130\n2. Ответы на запросы СМИ, ед. — не менее 40²\n\n"
                + "Подписчики: Telegram-канал администрации — 2 050 чел. Группа администрации во ВКонтакте — 8 960 чел.\n",
                key("photo_reports", null, null, 130, "EXACT", null),
                key("media_requests_answered", null, null, 40, "AT_LEAST", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 2_050, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 8_960, "EXACT", null));
    }
    @Test
    void aFootnotesMarkAfterANumberStandsBetweenNoNumberAndItsNoun() {
        Map<String, Object> answer = DraftResourceTest.drafts(HEAD
                + "Подготовлено 760(1) новостей на сайте, 148³ фотоотчётов; выезды на мероприятия — 41²⁾. Подготовлены ответы "
                + "свыше чем на 150** запросов СМИ.\n\n** по журналу учёта запросов.\n",
                key("press_releases", null, null, 760, "EXACT", null),
                key("photo_reports", null, null, 148, "EXACT", null),
                key("field_events", null, null, 41, "EXACT", null),
                key("media_requests_answered", null, null, 150, "AT_LEAST", null));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("1"));
    }
}
