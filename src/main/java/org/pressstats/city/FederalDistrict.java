package org.pressstats.city;

/** Federal districts of Russia, with their Russian names and abbreviations. */
public enum FederalDistrict {
    CENTRAL("Центральный федеральный округ", "ЦФО"),
    NORTHWESTERN("Северо-Западный федеральный округ", "СЗФО"),
    SOUTHERN("Южный федеральный округ", "ЮФО"),
    NORTH_CAUCASIAN("Северо-Кавказский федеральный округ", "СКФО"),
    VOLGA("Приволжский федеральный округ", "ПФО"),
    URAL("Уральский федеральный округ", "УФО"),
    SIBERIAN("Сибирский федеральный округ", "СФО"),
    FAR_EASTERN("Дальневосточный федеральный округ", "ДФО");

    public final String nameRu;
    public final String abbreviationRu;

    FederalDistrict(String nameRu, String abbreviationRu) {
        this.nameRu = nameRu;
        this.abbreviationRu = abbreviationRu;
    }
}
