package org.pressstats.draft;

import static org.pressstats.draft.DraftResourceTest.key;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What a list's head says holds for its items, however the items are parted. */
@QuarkusTest
class ListHeadsTest {

    @Test
    void aLegendInTheHeadSaysWhatTheBracketedNumbersAre() {
        DraftResourceTest.drafts("Итоги 2024 года\n\nПодписчики на 31.12.2024 (в скобках — прирост с начала года):\n"
                + "— ВКонтакте: 38 905 подписчиков (+6 240);\n— Telegram: 15 470 подписчиков (+7 105);\n— Rutube: 640 подписчиков.\n",
                key("subscribers", null, "VK", 38_905, "EXACT", null),
                key("subscriber_growth", null, "VK", 6_240, "EXACT", "2024-01-01"),
                key("subscribers", null, "TELEGRAM", 15_470, "EXACT", null),
                key("subscriber_growth", null, "TELEGRAM", 7_105, "EXACT", "2024-01-01"),
                key("subscribers", null, "RUTUBE", 640, "EXACT", null));
    }
}
