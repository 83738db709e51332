package org.pressstats.common;

import java.util.Locale;

/** Why an Office file (.xlsx, .docx) could not be read, in words for a 400 rather than a library's class name. */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    public static String whyUnreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return "it unpacks to far more than its size (a zip bomb)";
            }
            if (message.contains("no valid entries") || message.contains("not a zip") || t instanceof java.util.zip.ZipException) {
                return "it is not a ZIP package, which Office files are";
            }
        }
        return "its parts are missing or damaged";
    }
}
