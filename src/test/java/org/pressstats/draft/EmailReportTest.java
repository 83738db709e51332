package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A report sent by e-mail: a correction of the letter before, then the report again; its lists as they were pasted. */
@QuarkusTest
class EmailReportTest {

    @Test
    void aCorrectedValueIsNoFigureAndTheRightOneIs() {
        Map<String, Object> answer = DraftResourceTest.answer("Итоги 2023 года\n\nВ предыдущем письме допущена ошибка – число "
                + "подписчиков сообщества администрации во ВКонтакте указано не 12 400, а 12 040; количество фоторепортажей – "
                + "не 168, а 186.\n\nПрирост подписчиков за 2023 год указан 4 500, верно – 5 400.\n\n"
                + "За год подготовлено 186 фоторепортажей.");
        assertEquals(Set.of(key("subscribers", "ADMINISTRATION", "VK", 12_040, "EXACT", null),
                key("photo_reports", null, null, 186, "EXACT", null),
                key("subscriber_growth", null, null, 5_400, "EXACT", "2023-01-01")), DraftResourceTest.figures(answer));
        assertEquals("CORRECTED", DraftResourceTest.reasons(answer).get("168"));
        assertEquals("CORRECTED", DraftResourceTest.reasons(answer).get("4 500"));
    }

    @Test
    void aLineThatHeadsAListNamesTheMetricOfItsLongestList() {
        assertEquals(Set.of(key("new_public_pages", "DEPARTMENTS", null, 14, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 10_870, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 3_450, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 2_990, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 1_900, "APPROXIMATE", null)),
                DraftResourceTest.figures(DraftResourceTest.answer("Итоги 2024 года\n\n"
                        + "• В 2024 году созданы ещё 14 страниц учреждений.\n• Подписчики на 31.12.2024:\n"
                        + "  – сообщество администрации во ВКонтакте – 10 870;\n"
                        + "  – группа администрации в Одноклассниках – 3 450;\n"
                        + "  – Telegram-канал администрации – 2 990;\n"
                        + "  – Telegram-канал главы города – почти 1 900.")),
                "the head's «Подписчики» holds for every line of the list, not the new pages counted before it");
    }
}
