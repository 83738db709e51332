package org.pressstats.report;

/** Where a figure was counted: a social network, a messenger, a video service or the website. */
public enum Platform {
    TELEGRAM("Телеграм"),
    VK("ВКонтакте"),
    OK("Одноклассники"),
    VIBER("Viber"),
    MAX("MAX"),
    RUTUBE("Rutube"),
    DZEN("Дзен"),
    YOUTUBE("YouTube"),
    WEBSITE("Официальный сайт"),
    OTHER("Другое");

    public final String labelRu;

    Platform(String labelRu) {
        this.labelRu = labelRu;
    }
}
