package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Whose accounts a number is of, and when a count of accounts is of new ones, where the words say it around the number. */
@QuarkusTest
class WhoseAccountsTest {

    @Test
    void theHeadWhoGaveAnInstructionOwnsNoAccounts() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", "VK", 18, "EXACT", null),
                new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", "OK", 9, "EXACT", null)),
                figures("Итоги 2021 года\n\nВо исполнение поручения Главы Администрации муниципальными учреждениями образования, "
                        + "культуры и спорта в 2021 году создано 18 новых сообществ во ВКонтакте и 9 групп в Одноклассниках."));
    }

    @Test
    void theAdministrationsOfDistrictsAreNotTheCitysOwn() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", "VK", 37, "EXACT", null)),
                figures("Итоги 2023 года\n\nПродолжена работа с аккаунтами подведомственных учреждений: школ, детских садов, "
                        + "учреждений культуры и спорта, администраций районов. В 2023 году ими создано 37 новых сообществ во ВКонтакте."));
    }

    @Test
    void theVerbThatOpenedAccountsGovernsTheItemsAfterIt() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", "MAX", 32, "EXACT", null)),
                figures("Итоги 2025 года\n\nВ MAX открыты официальные каналы мэра и администрации, а также 32 канала "
                        + "подведомственных учреждений — школ, детских садов, библиотек."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 4_100, "EXACT", null)),
                figures("Итоги 2025 года\n\nВ 2025 году создан Telegram-канал администрации, учреждения ведут 40 каналов, "
                        + "у канала администрации 4 100 подписчиков."),
                "a count of accounts with a verb of its own is no count of new ones");
    }

    @Test
    void aShortLineThatNamesAnOwnerHeadsTheLinesUnderIt() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 7_320, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 16_900, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 4_150, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 28_400, "EXACT", null)),
                figures("Итоги 2022 года, подписчики на конец года\n\n📌 Глава города\nТГ → 7 320\nВК → 16,9к\n\n"
                        + "📌 Администрация\nТГ → 4 150\nВК → 28,4к"));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 7_320, "EXACT", null)),
                figures("Итоги 2022 года, подписчики на конец года\n\n[27.12.2022 17:05] Даша SMM:\n📌 Глава города\nТГ → 7 320"),
                "under a chat's line of its author and time");
    }

    @Test
    void theHeadOfTheLocalAdministrationIsTheMayor() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 7_900, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 1_640, "EXACT", null)),
                figures("Итоги 2020 года\n\nПодписчики на конец года: страница главы местной администрации во ВКонтакте — "
                        + "7 900, группа местной администрации во ВКонтакте — 1 640."));
    }

    @Test
    void aListOfOwnersAndTheDeputiesAreNotTheLastOnesAlone() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", null, "TELEGRAM", 24_600, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "OTHER", "TELEGRAM", 1_304, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 5_210, "EXACT", null)),
                figures("Итоги 2023 года\n\nВо всех Telegram-каналах — администрации, главы администрации, заместителей и "
                        + "муниципальных учреждений — на конец года 24 600 подписчиков. Telegram-канал заместителя главы "
                        + "администрации — 1 304 подписчика, Telegram-канал главы администрации — 5 210."));
    }

    @Test
    void aNetworkWhereTheTextNamesOneOwnersAccountsIsThatOwners() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 7_630, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "OK", 2_585, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", null, "TELEGRAM", 12_000, "EXACT", null)),
                figures("Итоги 2019 года\n\nТелеграм-канал «Город официальный» — 12 тыс. подписчиков.\n\nПресс-служба ведёт "
                        + "официальные группы Администрации города во «ВКонтакте» и «Одноклассниках».\n\n"
                        + "Подписчики на конец года: ВКонтакте — 7 630, Одноклассники — 2 585."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", null, "VK", 7_630, "EXACT", null)),
                figures("Итоги 2019 года\n\nВо «ВКонтакте» ведут страницы администрация и глава города. "
                        + "Подписчики на конец года: ВКонтакте — 7 630."),
                "two owners' accounts on the network");
    }

    @Test
    void aHelpingDepartmentOwnsNothingAndATotalOfThoseJustNamedKeepsTheirLevel() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", null, 14, "EXACT", null),
                new NarrativeCorpusTest.Key("posts", "ADMINISTRATION", "VK", 1_960, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", "VK", 2_400_000, "AT_LEAST", null)),
                figures("Итоги 2021 года\n\nПри методической поддержке отдела в 2021 году созданы официальные страницы в "
                        + "социальных сетях 14 муниципальных учреждений. В группе администрации во «ВКонтакте» опубликовано "
                        + "1 960 постов, суммарное количество их просмотров – более 2,4 млн."));
    }

    @Test
    void aDistrictsHeadIsTheMayorAndOtherHeadsAreSomeoneElse() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 5_200, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "OTHER", "VK", 12_000, "EXACT", null)),
                figures("Чистопольский муниципальный район. Итоги 2024 года\n\nTelegram-канал Главы района — 5 200 "
                        + "подписчиков. Страницы глав сельских поселений во ВКонтакте — 12 000 подписчиков. Глава вошёл в "
                        + "ТОП-10 самых цитируемых глав районов (4 место)."),
                "the heads of settlements are other heads, and a place in a rating is no count");
    }

    @Test
    void theBodiesOfLocalGovernmentAndTheInstitutionsAreSeveralOwners() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", null, null, 118_000, "AT_LEAST", null)),
                figures("Итоги 2023 года\n\nСуммарная аудитория всех официальных аккаунтов органов местного "
                        + "самоуправления и муниципальных учреждений превысила 118 тыс. подписчиков."));
    }

    @Test
    void thePressServicesOwnDepartmentOwnsNoAccounts() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 4_075, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 5_290, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", null, null, 9_365, "EXACT", null)),
                figures("Хасавюрт\nИнформационно-аналитический отдел\n\nИНФОРМАЦИЯ\nоб итогах работы "
                        + "информационно-аналитического отдела за 2020 год\n\nАккаунт | Площадка | Подписчиков на 31.12.2020\n"
                        + "Администрация города | ВКонтакте | 4 075\nГлава города | Telegram | 5 290\nИтого | | 9 365\n"),
                "the department that writes the report is the press service, not the departments' accounts");
    }

    @Test
    void aChannelNamedAgainWithItsOwnerIsTheChannelJustNamed() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 4_105, "EXACT", null),
                new NarrativeCorpusTest.Key("posts", "MAYOR", "TELEGRAM", 1_240, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "MAYOR", "TELEGRAM", 1_900_000, "EXACT", null)),
                figures("Оленегорск. Пресс-служба подвела итоги 2022 года\n\nTelegram-канал главы города на 31 декабря – "
                        + "4 105 подписчиков. В канале главы опубликовано 1 240 постов, они набрали 1,9 млн просмотров."),
                "«в канале главы» is the Telegram channel of the sentence before");
    }

    private static Set<NarrativeCorpusTest.Key> figures(String text) {
        return DraftResourceTest.figures(DraftResourceTest.answer(text));
    }
}
