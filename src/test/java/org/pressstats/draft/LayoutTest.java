package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The sections and sentences of a narrative. */
class LayoutTest {

    private static final String REPORT = "БРАТСК\n\nЧто наиболее значительное удалось сделать в области информационной политики "
            + "в 2023 году\n\nПервый абзац. Второе предложение с С.В. Серебренниковым и г. Братском.\n\nКоличество подписчиков:\n"
            + "— ВК – 10 100;\n— ОК – 2 036.\n\nКакие задачи стоят в 2024 году\n\nЗадачи.";

    @Test
    void sectionsAreTheProseBetweenTheHeadings() {
        Layout layout = new Layout(REPORT);
        assertEquals("БРАТСК", layout.cityLineText());
        assertEquals(2023, Headings.yearIn(layout.heading(Layout.Role.SUMMARY).text()));
        assertEquals(2024, Headings.yearIn(layout.heading(Layout.Role.PLANS).text()));
        assertEquals("Задачи.", layout.textOf(layout.plans));
        String summary = layout.textOf(layout.summary);
        assertEquals("Первый абзац.", summary.substring(0, 13));
        assertEquals("— ОК – 2 036.", summary.substring(summary.length() - 13));
    }

    @Test
    void sentencesEndAtFullStopsButNotAtInitialsAbbreviationsOrListLines() {
        Layout layout = new Layout(REPORT);
        List<Layout.Span> paragraphs = layout.paragraphs(layout.summary);
        assertEquals(2, paragraphs.size());
        List<String> first = layout.sentences(paragraphs.get(0)).stream().map(layout::textOf).toList();
        assertEquals(List.of("Первый абзац.", "Второе предложение с С.В. Серебренниковым и г. Братском."), first);
        assertEquals(1, layout.sentences(paragraphs.get(1)).size(), "a list under its head is one sentence");
    }

    @Test
    void aSentenceWithoutEndIsCutAtACellOrAWordBeforeTwoThousandCharacters() {
        Layout layout = new Layout("Пермь\n\n" + "Пресс-релизы|12|".repeat(400));
        List<Layout.Span> sentences = layout.sentences(layout.paragraphs(layout.summary).get(0));
        assertEquals(4, sentences.size());
        for (Layout.Span sentence : sentences) {
            String text = layout.textOf(sentence);
            assertTrue(text.length() <= SentenceSplitter.LONGEST, text.length() + " characters");
            assertTrue(text.startsWith("Пресс-релизы|12|"), "cut after a cell, not inside one");
        }
    }

    @Test
    void proseWithoutHeadingsIsAllSummary() {
        Layout layout = new Layout("В 2023 году опубликовано 1 530 пресс-релизов.");
        assertNull(layout.cityLine);
        assertNull(layout.plans);
        assertEquals("В 2023 году опубликовано 1 530 пресс-релизов.", layout.textOf(layout.summary));
    }

    @Test
    void aPlansHeadingThatRanIntoTheParagraphAboveHeadsWithItsOwnSentence() {
        Layout layout = new Layout("БРАТСК\n\nЧто наиболее значительное удалось сделать в 2023 году\n\nОрганизовано 64 брифинга. "
                + "Подготовлено 1 100 ответов на запросы журналистов. Какие задачи стоят в 2024 году\n\nЗадачи.");
        assertEquals("Какие задачи стоят в 2024 году", layout.heading(Layout.Role.PLANS).text());
        assertEquals("Организовано 64 брифинга. Подготовлено 1 100 ответов на запросы журналистов.", layout.textOf(layout.summary));
        assertEquals("Задачи.", layout.textOf(layout.plans));

        layout = new Layout("БРАТСК\n\nЧто наиболее значительное удалось сделать в 2023 году\n\nПервый абзац.\n\n"
                + "Подписчики телеграм-канала: 28 500 (+9 100 за год) Задачи на 2024 год\n\nЗадачи.");
        assertEquals("Задачи на 2024 год", layout.heading(Layout.Role.PLANS).text());

        String longParagraph = "Первый абзац, в котором больше двухсот знаков: опубликовано 2 640 новостей, подготовлено 198 "
                + "фоторепортажей, проведено 24 брифинга, журналистам дано 377 ответов на запросы, сайт обновлялся ежедневно.";
        layout = new Layout("БРАТСК\n\nЧто наиболее значительное удалось сделать в 2023 году\n\n" + longParagraph
                + " Какие задачи стоят в 2024 году\n\nЗадачи.");
        assertEquals("Какие задачи стоят в 2024 году", layout.heading(Layout.Role.PLANS).text());
        assertEquals(longParagraph, layout.textOf(layout.summary));
    }

    @Test
    void anAbbreviationInAPlansHeadingDoesNotSplitIt() {
        Layout layout = new Layout("БРАТСК\n\nЧто наиболее значительное удалось сделать в 2023 году\n\nПервый абзац.\n\n"
                + "Какие задачи стоят перед пресс-службой администрации г. Братска в 2024 году\n\nЗадачи.");
        assertEquals("Какие задачи стоят перед пресс-службой администрации г. Братска в 2024 году",
                layout.heading(Layout.Role.PLANS).text());
        assertEquals("Первый абзац.", layout.textOf(layout.summary));
    }

    @Test
    void aFirstLineOfTheCitysNameThenATitleGivesBoth() {
        Layout layout = new Layout("Новочеркасск. Итоги работы пресс-службы за 2024 год\n\nОсновные результаты 2024 года\n\n"
                + "Выпущено 1 512 новостей.\n\nПланы на 2025 год: видеодайджест.");
        assertEquals("Новочеркасск", CityLine.name(layout.cityLineText()));
        assertEquals("Основные результаты 2024 года", layout.heading(Layout.Role.SUMMARY).text(),
                "a heading of the results right under the title heads them");
        assertEquals("Выпущено 1 512 новостей.", layout.textOf(layout.summary));

        layout = new Layout("Что наиболее значительное удалось сделать в 2024 году\n\nИтоги года: выпущено 1 512 новостей\n\nЕщё.");
        assertNull(layout.cityLine);
        assertEquals("Что наиболее значительное удалось сделать в 2024 году", layout.heading(Layout.Role.SUMMARY).text(),
                "only a title after a city's name gives way to the heading under it");
    }

    @Test
    void aTitleOfTheCitysAdministrationNamesTheCity() {
        Layout layout = new Layout("Отчет пресс-службы администрации Великого Новгорода за 2023 год\n\n"
                + "Выпущено 1 680 пресс-релизов.");
        assertEquals("Великий Новгород", CityLine.name(layout.cityNamed()));
        assertEquals("Выпущено 1 680 пресс-релизов.", layout.textOf(layout.summary));
    }

    @Test
    void aCityIsNamedBeforeATitleOrInTheFirstSentence() {
        Layout layout = new Layout("Петрозаводск: итоги 2021 года в информационной политике\n\nВыпущено 1 680 пресс-релизов.");
        assertEquals("Петрозаводск", CityLine.name(layout.cityNamed()));
        assertEquals("Выпущено 1 680 пресс-релизов.", layout.textOf(layout.summary));
        layout = new Layout("Минусинск, 2025 год: что сделано в информационной политике\n\nВыпущено 680 пресс-релизов.");
        assertEquals("Минусинск", CityLine.name(layout.cityNamed()));
        layout = new Layout("Итоги работы, 2025 год: что сделано в информационной политике\n\nВыпущено 680 пресс-релизов.");
        assertNull(layout.cityNamed(), "words of the results are no city's name");
        layout = new Layout("За 2023 год пресс-центр администрации Барнаула выпустил 5 014 пресс-релизов.\n\nЕщё.");
        assertEquals("Барнаул", CityLine.name(layout.cityNamed()));
        assertNull(layout.cityLine, "a sentence is no city line: the results start with it");
        layout = new Layout("Информация о работе пресс-службы администрации города Тамбова за 2021 год\n\nВыпущено 680 пресс-релизов.");
        assertEquals("Тамбов", CityLine.name(layout.cityNamed()));
        layout = new Layout("Уважаемая Наталья Петровна!\n\nНаправляем информацию о работе пресс-службы администрации "
                + "Междуреченского городского округа Кемеровской области в 2022 году.\n\nВыпущено 680 пресс-релизов.");
        assertEquals("Междуреченск", CityLine.townOfDistrict(CityLine.name(layout.cityNamed())), "a district's town");
    }

    @Test
    void theQuestionUnderATitleHeadsTheResults() {
        Layout layout = new Layout("Каменск-Уральский\nИнформация о работе отдела по связям с общественностью за 2024 год\n\n"
                + "Вопрос 1. Что наиболее значительное удалось сделать в области информационной политики в 2024 году?\n\n"
                + "Выпущено 1 512 новостей.\n\n2. Какие задачи стоят в 2025 году?\n\nВидеодайджест.");
        assertEquals("Каменск-Уральский", layout.cityLineText());
        assertEquals("Что наиболее значительное удалось сделать в области информационной политики в 2024 году?",
                layout.heading(Layout.Role.SUMMARY).text(), "the question, without its number");
        assertEquals("Выпущено 1 512 новостей.", layout.textOf(layout.summary));
        assertEquals("Какие задачи стоят в 2025 году?", layout.heading(Layout.Role.PLANS).text());
        assertEquals(3, layout.headings.size(), "the title stays a heading: its numbers are no figures");
    }

    @Test
    void aCityInCapitalsBeforeADashAndATitle() {
        Layout layout = new Layout("ОБНИНСК — ИТОГИ ИНФОРМАЦИОННОЙ РАБОТЫ 2025\n\nЧто сделано:\n- 2 760 новостей на сайте;");
        assertEquals("Обнинск", CityLine.name(layout.cityNamed()));
        assertEquals("Что сделано:", layout.heading(Layout.Role.SUMMARY).text());
        assertEquals(2025, Headings.yearIn(layout.yearHeading(Layout.Role.SUMMARY).text()), "the year of the title above it");
    }

    @Test
    void formsSlidesAndCouncilReportsSayTheirCityInTheirOwnPlaces() {
        String prose = "\n\nВ 2023 году размещено 1 200 пресс-релизов.";
        java.util.Map<String, String> openings = new java.util.LinkedHashMap<>();
        openings.put("АНКЕТА\nмониторинга деятельности пресс-служб\n\nМуниципальное образование: городской округ город Саяногорск "
                + "Республики Хакасия\nТелефон: 8 (39042) 2-14-57", "Саяногорск");
        openings.put("ФОРМА ОТЧЁТА\n\nМуниципальное образование: Юргинский городской округ (г. Юрга), Кемеровская область", "Юрга");
        openings.put("Ханты-Мансийский автономный округ – Югра\nФОРМА ОТЧЁТА\n\nМуниципальное образование: город Нефтеюганск "
                + "(городской округ)", "Нефтеюганск");
        openings.put("Приложение\nк решению Глазовской городской Думы\nот 24.03.2022 № 198\n\nОТЧЁТ\nГлавы муниципального "
                + "образования «Город Глазов» о результатах своей деятельности и деятельности Администрации города за 2021 год, "
                + "в том числе о решении вопросов, поставленных Думой", "Глазов");
        openings.put("Отдел по связям со СМИ\nадминистрации городского округа город Елец Липецкой области", "Елец");
        openings.put("ДАШБОРД «ИНФОРМАЦИОННАЯ АКТИВНОСТЬ»\nАдминистрация городского округа — город Волжский Волгоградской области",
                "Волжский");
        openings.put("Администрация городского округа Кинешма Ивановской области", "Кинешма");
        openings.put("МЕДИАМОНИТОР | Сводка\nАдминистрация города Березники (Пермский край)", "Березники");
        openings.put("Слайд 1\nИНФОРМАЦИОННАЯ ПОЛИТИКА\nадминистрации города-курорта Пятигорска", "Пятигорск");
        openings.put("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА АРХАНГЕЛЬСКОЙ ОБЛАСТИ «КОТЛАС»\nОтдел по связям с общественностью", "Котлас");
        openings.put("Администрация Тайшетского городского поселения\n\nМуниципальное образование:\tТайшетское городское поселение "
                + "(г. Тайшет)", "Тайшет");
        openings.put("Город Абакан: информация о работе пресс-службы", "Абакан");
        openings.put("Администрация города Абакана по итогам 2023 года", "Абакан");
        openings.forEach((opening, city) -> assertEquals(city, CityLine.name(new Layout(opening + prose).cityNamed()), opening));
        assertEquals("yelets", CityLine.slug("Елец"));
        assertEquals("Энгельс", CityLine.townOfDistrict("Энгельсский муниципальный район"));
    }

    @Test
    void aGreetingIsNoCityTheFirstSentencesSayWhoseReportItIs() {
        Layout layout = new Layout("Уважаемые коллеги!\n\nНаправляем информацию об итогах работы отдела информационной политики "
                + "администрации города Ачинска за 2024 год.\n\nЗа год размещено 3 050 пресс-релизов.");
        assertNull(layout.cityLine);
        assertEquals("Ачинск", CityLine.name(layout.cityNamed()));
        layout = new Layout("Что наиболее значительное удалось сделать в 2021 году\n\nГод прошел в условиях ограничений, поэтому "
                + "часть работы пресс-службы администрации города Тынды была перенесена в онлайн. Выпущено 900 новостей.");
        assertEquals("Тында", CityLine.name(layout.cityNamed()));
        layout = new Layout("Итоги 2021 года\n\nОтвет: мы перестроили работу. Канал администрации Тынды вырос до 11 тыс.");
        assertEquals("Тында", CityLine.name(layout.cityNamed()));
        layout = new Layout("Итоги 2021 года\n\nВыпущено 900 новостей.\n\nПресс-служба помогла администрации города Тынды.");
        assertNull(layout.cityNamed(), "only the first paragraph of the prose says whose report it is");
    }

    @Test
    void aLastParagraphThatOpensWithTheTasksIsThePlans() {
        Layout layout = new Layout("Итоги 2023 года\n\nВыпущено 900 новостей.\n\n"
                + "Какие задачи стоят в 2024 году: развитие канала главы, запуск MAX.");
        assertEquals("Выпущено 900 новостей.", layout.textOf(layout.summary));
        assertEquals("Какие задачи стоят в 2024 году: развитие канала главы, запуск MAX.", layout.textOf(layout.plans));
    }

    @Test
    void withoutBlankLinesAHeadingStandsAfterALineThatEndsASentence() {
        Layout layout = new Layout("НОВОКУЗНЕЦК\nЧто наиболее значительное удалось сделать в 2024 году\nВыпущено 4 215 новостей.\n"
                + "Одноклассники – 12,5 тыс.\nКакие задачи стоят в 2025 году\nВывести канал на 25 тыс. подписчиков.");
        assertEquals("Какие задачи стоят в 2025 году", layout.heading(Layout.Role.PLANS).text());
        assertEquals("Вывести канал на 25 тыс. подписчиков.", layout.textOf(layout.plans));
        layout = new Layout("Итоги 2024 года\n\nВыпущено 4 215 новостей, и мы ставим перед собой\nзадачи на 2025 год\nв том же объёме.");
        assertNull(layout.heading(Layout.Role.PLANS), "a wrapped line of a sentence is no heading");
    }

    @Test
    void aTextThatEndsAfterItsHeadingsHasNoProseToNameTheCity() {
        for (String text : List.of("Итоги 2023 года\n", "БРАТСК\n\nИтоги 2023 года\n\n", "Уважаемые коллеги!\n", "\n\n")) {
            Layout layout = new Layout(text);
            assertEquals(text.startsWith("БРАТСК") ? "БРАТСК" : null, layout.cityNamed(), text);
        }
    }

    @Test
    void aLastParagraphOfWhatNextYearHoldsIsThePlans() {
        for (String plans : List.of("В 2024 году запланировано развитие телеграм-канала.",
                "В 2024 году пресс-служба продолжит работу над расширением аудитории.",
                "На 2024 год поставлена задача запустить телеграм-канал администрации.")) {
            Layout layout = new Layout("Итоги 2023 года\n\nВыпущено 900 новостей.\n\n" + plans);
            assertEquals("Выпущено 900 новостей.", layout.textOf(layout.summary), plans);
            assertEquals(plans, layout.textOf(layout.plans));
        }
        Layout layout = new Layout("Итоги 2023 года\n\nВыпущено 900 новостей.\n\nВ 2023 году запланировано и проведено 15 брифингов.");
        assertNull(layout.plans, "what the report's own year planned and did is its result");
        layout = new Layout("Итоги года\n\nВыпущено 900 новостей.\n\nВ 2024 году запланировано развитие канала.");
        assertEquals("В 2024 году запланировано развитие канала.", layout.textOf(layout.plans), "no year above to compare with");
    }

    @Test
    void theSendersLinesAboveTheTitleAreNotTheResults() {
        Layout layout = new Layout("Администрация города Тамбова\nПресс-служба\n\nИтоги 2022 года\n\nВыпущено 900 новостей.");
        assertEquals("Итоги 2022 года", layout.heading(Layout.Role.SUMMARY).text());
        assertEquals("Выпущено 900 новостей.", layout.textOf(layout.summary));
        layout = new Layout("Рыбинск\n\nПресс-служба Администрации городского округа город Рыбинск Ярославской области\n"
                + "Отчет о работе за 2025 год\n\nВыпущено 900 новостей.");
        assertEquals("Отчет о работе за 2025 год", layout.heading(Layout.Role.SUMMARY).text());
    }

    @Test
    void aYearAfterTheCitysNameOnTheFirstLineIsTheReportsYear() {
        assertEquals(2021, new Layout("Воркута — 2021\n\nВыпущено 900 новостей.").cityLineYear());
        assertEquals(2023, new Layout("Братск, 2023 год\n\nВыпущено 900 новостей.").cityLineYear());
        assertNull(new Layout("Братск\n\nВыпущено 900 новостей в 2023 году.").cityLineYear());
    }

    @Test
    void aLineInCapitalsHeadsItsSectionWithoutAYearAndAYearUnderTheCityIsItsLines() {
        Layout layout = new Layout("Зеленодольск\n2025\n\nЧТО СДЕЛАНО\n\nВыпущено 900 новостей.\n\nЧТО ПЛАНИРУЕМ\n\nКанал в MAX.");
        assertEquals(2025, layout.cityLineYear());
        assertEquals("Зеленодольск", layout.cityLineText());
        assertEquals("ЧТО СДЕЛАНО", layout.heading(Layout.Role.SUMMARY).text());
        assertEquals("Выпущено 900 новостей.", layout.textOf(layout.summary));
        assertEquals("Канал в MAX.", layout.textOf(layout.plans));
        layout = new Layout("## Сургут\n\n## ИТОГИ РАБОТЫ ЗА 2024 ГОД\n\nВыпущено 900 новостей.\n\n**Задачи на 2025 год**\n\nMAX.");
        assertEquals("ИТОГИ РАБОТЫ ЗА 2024 ГОД", layout.heading(Layout.Role.SUMMARY).text(), "without the marks of its markup");
        assertEquals("Задачи на 2025 год", layout.heading(Layout.Role.PLANS).text());
    }

    @Test
    void aCityWhoseNameHoldsAWordOfTheResultsIsStillTheCity() {
        Layout layout = new Layout("МАГНИТОГОРСК\nИНФОРМАЦИОННАЯ ПОЛИТИКА — ИТОГИ 2023 ГОДА\n\n2 480 новостей на сайте");
        assertEquals("МАГНИТОГОРСК", layout.cityLineText(), "«итог» inside «МАГНИТОГОРСК» is no word of the results");
        assertEquals("ИНФОРМАЦИОННАЯ ПОЛИТИКА — ИТОГИ 2023 ГОДА", layout.heading(Layout.Role.SUMMARY).text());
    }
}
