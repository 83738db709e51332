package org.pressstats.stats;

import java.util.List;

/** An answer that can also be given as CSV: one header row and rows of plain values. */
public interface CsvTable {

    List<String> csvHeader();

    List<List<Object>> csvRows();
}
