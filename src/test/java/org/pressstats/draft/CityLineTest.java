package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first line of a report names its city in many ways; each gives the nominative name and a slug. */
class CityLineTest {

    @ParameterizedTest(name = "«{0}» → {1}, {2}")
    @CsvSource(delimiter = '|', value = {
            "БРАТСК | Братск | bratsk",
            "БЛАГОВЕЩЕНСК | Благовещенск | blagoveshchensk",
            "МАГНИТОГОРСК | Магнитогорск | magnitogorsk",
            "г. Чита | Чита | chita",
            "Город Норильск | Норильск | norilsk",
            "УСТЬ-ИЛИМСК | Усть-Илимск | ust-ilimsk",
            "Комсомольск-на-Амуре | Комсомольск-на-Амуре | komsomolsk-na-amure",
            "Администрация города Сургута | Сургут | surgut",
            "Администрация г. Хабаровска | Хабаровск | khabarovsk",
            "Пресс-служба администрации города Перми | Пермь | perm",
            "Администрация городского округа «Город Чита» | Чита | chita",
            "Южно-Сахалинск | Южно-Сахалинск | yuzhno-sakhalinsk",
            "г. Тверь, Тверская область | Тверь | tver",
            "СУРГУТ (ХМАО — Югра) | Сургут | surgut",
            "Братск — Иркутская область | Братск | bratsk",
            "Администрация Великого Новгорода | Великий Новгород | veliky-novgorod",
            "Администрация города Нижнего Новгорода | Нижний Новгород | nizhny-novgorod",
            "Администрация города Старого Оскола | Старый Оскол | stary-oskol",
            "Администрация города Петропавловска-Камчатского | Петропавловск-Камчатский | petropavlovsk-kamchatsky",
            "Администрация города Ханты-Мансийска | Ханты-Мансийск | khanty-mansiysk",
            "Мэрия города Череповца | Череповец | cherepovets",
            "Нижний Тагил. Информационная политика — 2025 | Нижний Тагил | nizhny-tagil",
            "Администрация г. Красноярска. Пресс-служба Главы города | Красноярск | krasnoyarsk",
            "Мирный | Мирный | mirny",
            "Нижний Новгород | Нижний Новгород | nizhny-novgorod",
            "Администрация городского округа город Стерлитамак Республики Башкортостан | Стерлитамак | sterlitamak",
            "Администрация города Тулы Тульской области | Тула | tula",
            "Администрация города-курорта Пятигорска | Пятигорск | pyatigorsk",
            "Энгельсский муниципальный район, г. Энгельс | Энгельс | engels",
            "Администрация города Великие Луки | Великие Луки | velikie-luki",
            "Администрация города Нижний Тагил | Нижний Тагил | nizhny-tagil",
            "Усолье-Сибирское | Усолье-Сибирское | usolye-sibirskoe",
            "ЗАТО Северск (Томская область) | Северск | seversk",
            "Пресс-служба мэра и администрации города Южно-Сахалинска | Южно-Сахалинск | yuzhno-sakhalinsk",
            "Нерюнгри / итоги 2022 | Нерюнгри | neryungri",
            "АБАКАН · информполитика | Абакан | abakan",
            "Администрация города Тольятти | Тольятти | tolyatti",
            "г. Горячий Ключ | Горячий Ключ | goryachy-klyuch" })
    void nameAndSlug(String line, String name, String slug) {
        assertEquals(name, CityLine.name(line));
        assertEquals(slug, CityLine.slug(CityLine.name(line)));
    }

    @ParameterizedTest(name = "«{0}» is named after «{1}»")
    @CsvSource(delimiter = '|', value = {
            "Альметьевский Муниципальный Район | Альметьевск",
            "Междуреченский городской округ | Междуреченск",
            "Нижнекамского муниципального района | Нижнекамск",
            "Анжеро-Судженский городской округ | Анжеро-Судженск",
            "Петропавловск-Камчатского городского округа | Петропавловск-Камчатский" })
    void aDistrictIsNamedAfterItsTown(String read, String town) {
        assertEquals(town, CityLine.townOfDistrict(read));
        assertEquals(null, CityLine.townOfDistrict("Великий Новгород"));
    }

    @ParameterizedTest(name = "«{1}» is a form of «{0}»: {2}")
    @CsvSource(delimiter = '|', value = {
            "Орёл | Орл | true",
            "Набережные Челны | Набережных Челнов | true",
            "Череповец | Череповц | true",
            "Пермь | Перми | true",
            "Киров | Кировск | false",
            "Орёл | Орск | false",
            "Набережные Челны | Набережных | false" })
    void aNameInAnotherCaseIsAFormOfTheCitysName(String city, String read, boolean form) {
        assertEquals(form, CityLine.inflects(city, read));
    }

    @ParameterizedTest(name = "«{1}» is named after «{0}»: {2}")
    @CsvSource(delimiter = '|', value = {
            "Златоуст | Златоустовский Городской Округ | true",
            "Нерюнгри | Нерюнгринской Городской Администрациь | true",
            "Артём | Артемовский городской округ | true",
            "Уссурийск | Уссурийский городской округ | true",
            "Артём | Артемовский район | false",
            "Орск | Орловский городской округ | false" })
    void aDistrictNamedAfterTheCity(String city, String read, boolean named) {
        assertEquals(named, CityLine.adjectiveOf(city, read));
    }
    @ParameterizedTest(name = "«{0}» names no town")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "ГОД В ЦИФРАХ 2020", "Год в цифрах", "Пресс-служба в цифрах",
            "НАШ ГОД", "Соцсети 2020" })
    void aTitlesWordsAreNoTown(String line) {
        org.junit.jupiter.api.Assertions.assertNull(CityLine.name(line));
    }
}
