package org.pressstats.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pressstats.city.CityDto;
import org.pressstats.city.FederalDistrict;
import org.pressstats.report.ReportDto;
import org.pressstats.report.ReportReads;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The row-by-row writers of the exports that are not COPY: NDJSON documents and a streamed XLSX sheet. */
@ApplicationScoped
public class ExportWriters {

    private static final String REPORTS = "SELECT c.slug, c.name, r.year, r.summary, r.plans, r.source, r.created_at, "
            + "r.updated_at, r.version, " + ReportReads.CHILDREN + " FROM report r JOIN city c ON c.id = r.city_id "
            + "WHERE %s ORDER BY c.slug, r.year";
    private static final String CITIES = "SELECT c.slug, c.name, c.region, c.federal_district, c.population, c.website, "
            + "c.created_at, c.updated_at, c.version FROM city c WHERE %s ORDER BY c.slug";

    @Inject
    ObjectMapper json;

    @Inject
    ReportReads reads;

    /** One report document per line, as GET /api/v1/cities/{slug}/reports/{year} gives it. */
    void reportLines(Connection connection, String where, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement(String.format(REPORTS, where))) {
            query.setFetchSize(500);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ReportDto report = reads.report(rs, rs.getString(1), rs.getString(2), rs.getInt(3), 4);
                    out.write(json.writeValueAsBytes(report));
                    out.write('\n');
                }
            }
        }
    }

    /** One city document per line, as GET /api/v1/cities/{slug} gives it. */
    void cityLines(Connection connection, String where, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement(String.format(CITIES, where))) {
            query.setFetchSize(500);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String district = rs.getString(4);
                    Long population = rs.getObject(5, Long.class);
                    CityDto city = new CityDto(rs.getString(1), rs.getString(2), rs.getString(3),
                            district == null ? null : FederalDistrict.valueOf(district), population,
                            rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getLong(9));
                    out.write(json.writeValueAsBytes(city));
                    out.write('\n');
                }
            }
        }
    }

    /** One sheet: the header row from the query's columns, then its rows; numbers as numbers, the rest as text. */
    void xlsx(ResultSet rs, String sheetName, OutputStream out) throws SQLException, IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns; i++) {
                header.createCell(i).setCellValue(meta.getColumnLabel(i + 1));
            }
            int r = 1;
            while (rs.next()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns; i++) {
                    int type = meta.getColumnType(i + 1);
                    if (type == Types.INTEGER || type == Types.BIGINT) {
                        long value = rs.getLong(i + 1);
                        if (!rs.wasNull()) {
                            row.createCell(i).setCellValue(value);
                        }
                    } else {
                        String value = rs.getString(i + 1);
                        if (value != null) {
                            row.createCell(i).setCellValue(value);
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }
}
