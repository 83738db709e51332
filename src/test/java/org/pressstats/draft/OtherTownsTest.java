package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A text that weighs its town against others gives their figures too; they are not the report's. */
@QuarkusTest
class OtherTownsTest {

    @Test
    void aTownComparedWithIsNotTheReportsOwn() {
        Map<String, Object> answer = DraftResourceTest.drafts("Администрация городского округа город Урюпинск\n\nИтоги 2024 года\n\n"
                + "Сообщество администрации во «ВКонтакте» насчитывает 9 800 подписчиков. Для сравнения: у пресс-службы "
                + "администрации городского округа — город Камышин, ставшей победителем номинации, сообщество во «ВКонтакте» "
                + "насчитывает 26 тыс. подписчиков. Для сравнения, у нашего Telegram-канала администрации — 4 100 подписчиков.\n",
                key("subscribers", "ADMINISTRATION", "VK", 9_800, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 4_100, "EXACT", null));
        assertEquals("OTHER_TOWN", DraftResourceTest.reasons(answer).get("26 тыс."));
    }
}
