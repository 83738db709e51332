package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Reports kept in a wiki or a repository and exported as Markdown: headings, links, footnotes, tables. */
@QuarkusTest
class MarkdownTest {

    @Test
    void linksAndFootnotesNameNothingAndTheYearsGoalsAreItsResults() {
        Map<String, Object> answer = DraftResourceTest.drafts("# Отчёт о работе пресс-службы за 2023 год\n\n"
                + "**Орган:** Администрация города Лабытнанги\n\n"
                + "## Цели на 2023 год — выполнение\n\n"
                + "Пресс-релизов за год — **1 348**, фоторепортажей — 203.\n\n"
                + "### 2.1. Аудитория на 31.12.2023[^2]\n\n"
                + "| Аккаунт | ТГ | ВК | ОК |\n|---|---:|---:|---:|\n"
                + "| [Администрация города](https://vk.com/labytnangi_adm) | 4 206 | 12 930 | 2 118 |\n"
                + "| [Глава города](https://t.me/glava_lbt89) | 3 557 | 6 004 | — |\n\n"
                + "[^2]: по данным статистики площадок.\n",
                key("press_releases", null, null, 1_348, "EXACT", null),
                key("photo_reports", null, null, 203, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 4_206, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 12_930, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 2_118, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 3_557, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 6_004, "EXACT", null));
        assertEquals("ORDINAL", DraftResourceTest.reasons(answer).get("2"));
    }
    @Test
    void aChecklistsGoalsAreNoFiguresAndTheFactsNestedUnderThemAre() {
        DraftResourceTest.drafts("# Итоги 2024 года\n\n## Цели на 2024 год — выполнение\n\n"
                + "- [x] Не менее 1 000 пресс-релизов за год\n  - факт: **1 127**\n"
                + "- [x] Довести Telegram-канал администрации до 5 000 подписчиков\n  - на 31.12.2024 — **5 486**\n"
                + "- [ ] Выйти на 20 000 подписчиков в сообществе администрации во ВКонтакте\n"
                + "  - не выполнено: на конец года **18 930**\n",
                key("press_releases", null, null, 1_127, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 5_486, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 18_930, "EXACT", null));
    }
}
