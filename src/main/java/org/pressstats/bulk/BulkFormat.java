package org.pressstats.bulk;

import java.util.Locale;

/** The encodings of bulk data: one schema, three formats. */
public enum BulkFormat {
    CSV(BulkFormat.CSV_TYPE, "csv"),
    NDJSON(BulkFormat.NDJSON_TYPE, "ndjson"),
    XLSX(BulkFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public final String mediaType;
    public final String extension;

    BulkFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format a Content-Type or Accept names, or null. */
    public static BulkFormat of(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (BulkFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return format;
            }
        }
        return null;
    }
}
