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
            "Братск — Иркутская область | Братск | bratsk" })
    void nameAndSlug(String line, String name, String slug) {
        assertEquals(name, CityLine.name(line));
        assertEquals(slug, CityLine.slug(CityLine.name(line)));
    }
}
