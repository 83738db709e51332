package org.pressstats.report;

/** Whose accounts or work a figure is about. */
public enum Owner {
    ADMINISTRATION("Администрация"),
    MAYOR("Мэр"),
    DEPARTMENTS("Подразделения"),
    OTHER("Другое");

    public final String labelRu;

    Owner(String labelRu) {
        this.labelRu = labelRu;
    }
}
