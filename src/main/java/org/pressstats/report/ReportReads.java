package org.pressstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/** Reads one whole report in a single round trip: the row, its city, and its children packed as JSON arrays. */
@ApplicationScoped
public class ReportReads {

    /** A report r's figures and highlights as two JSON arrays, in their order: two columns of a SELECT. */
    public static final String CHILDREN = "(SELECT json_agg(json_build_object('metric', f.metric, 'owner', f.owner, "
            + "'platform', f.platform, 'value', f.value, 'qualifier', f.qualifier, 'baseline', f.baseline, 'note', f.note) "
            + "ORDER BY f.position) FROM figure f WHERE f.report_id = r.id), "
            + "(SELECT json_agg(json_build_object('kind', h.kind, 'title', h.title, 'details', h.details, "
            + "'quantity', h.quantity, 'unit', h.unit, 'firstTime', h.first_time) ORDER BY h.position) "
            + "FROM highlight h WHERE h.report_id = r.id)";
    private static final String SQL = "SELECT c.slug, c.name, r.year, r.summary, r.plans, r.source, r.created_at, "
            + "r.updated_at, r.version, " + CHILDREN + " FROM report r JOIN city c ON c.id = r.city_id WHERE c.slug = ? AND r.year = ?";
    private static final TypeReference<List<FigureDto>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<List<HighlightDto>> HIGHLIGHTS = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    public Optional<ReportDto> find(String slug, int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(SQL)) {
            query.setString(1, slug);
            query.setInt(2, year);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(report(rs, rs.getString(1), rs.getString(2), rs.getInt(3), 4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A report from a row whose columns, from {@code first} on, are summary, plans, source, created_at, updated_at,
     * version and the two of {@link #CHILDREN}.
     */
    public ReportDto report(ResultSet rs, String city, String cityName, int year, int first) throws SQLException {
        return new ReportDto(city, year, cityName, rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                list(rs.getString(first + 6), FIGURES), list(rs.getString(first + 7), HIGHLIGHTS),
                rs.getTimestamp(first + 3).toInstant(), rs.getTimestamp(first + 4).toInstant(), rs.getLong(first + 5));
    }

    private <T> List<T> list(String array, TypeReference<List<T>> type) {
        if (array == null) {
            return List.of();
        }
        try {
            return json.readValue(array, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
