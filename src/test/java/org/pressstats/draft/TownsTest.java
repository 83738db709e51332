package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A town of Russia named in a report's words: in any case, by an adjective, or by the adjective of its district. */
class TownsTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Администрация города Пскова | Псков",
            "в Нижнем Новгороде | Нижний Новгород",
            "г. Орла | Орёл",
            "города Ельца | Елец",
            "администрации города Череповца | Череповец",
            "в Березниках | Березники",
            "Полярных Зорь | Полярные Зори",
            "администрации Советской Гавани | Советская Гавань",
            "Чайковского городского округа | Чайковский",
            "Бугульминского муниципального района | Бугульма",
            "Елабужского муниципального района | Елабуга",
            "Сергиево-Посадского городского округа | Сергиев Посад",
            "Великолукского района | Великие Луки",
            "Каменск-Шахтинского | Каменск-Шахтинский",
            "Ханты-Мансийска | Ханты-Мансийск",
            "администрации города Переславля-Залесского | Переславль-Залесский",
            "в Ярославле | Ярославль",
            "Твери | Тверь",
            "«Котлас» Архангельской области | Котлас",
            // a region's adjective names no town; one adjective of two towns names neither
            "Тверской области | -",
            "Пермский край | -",
            "Дмитровского городского округа | -",
            "Советской | -" })
    void aLineNamesOneTown(String line, String town) {
        assertEquals(town, Towns.all().townOf(line));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the town named where the words say it is the municipality's, over the region's centre named more often
            "В Иркутске и в Иркутске прошли семинары. Пресс-служба администрации г. Братска подготовила 900 новостей. | Братск",
            // an adjective of two towns, and a noun that says which
            "Администрация Дмитровского городского округа. Год для Дмитрова был юбилейным. | Дмитров",
            "Администрация Губкинского городского округа. Сайт г. Губкина. | Губкин",
            // bare names only when asked for, and only twice or of two words
            "Итоги года по Ханты-Мансийску. | -" })
    void theTextsOwnTownIsTheOneItsMunicipalityIsNamedBy(String text, String town) {
        assertEquals(town, Towns.all().mentioned(text, false));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Итоги года по Ханты-Мансийску. | Ханты-Мансийск",
            "Сводка: Тула. | -",
            "Сводка: Тула. Тулу посетили 40 журналистов. | Тула" })
    void withNoMunicipalityNamedABareNameWillDo(String text, String town) {
        assertEquals(town, Towns.all().mentioned(text, true));
    }
}
