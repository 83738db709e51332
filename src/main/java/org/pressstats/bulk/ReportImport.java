package org.pressstats.bulk;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pressstats.common.Caller;
import org.pressstats.common.CopyIn;
import org.pressstats.metric.MetricKind;
import org.pressstats.metric.MetricService;
import org.pressstats.report.FigureDto;
import org.pressstats.report.ReportBulk;
import org.pressstats.report.ReportRules;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Imports figures in the long format (CSV, XLSX): the rows go to a staging table as they are read, are then checked
 * city-year by city-year with the rules of a single report, and replace each city-year's figures, all in one
 * transaction: one bad row and nothing is written.
 */
@ApplicationScoped
public class ReportImport {

    private static final Pattern FIGURE_INDEX = Pattern.compile("^figures\\[(\\d+)\\]\\.?(.*)$");
    private static final int ANALYZE_AFTER = 1_000;
    private static final Pattern FIGURE_REFERENCE = Pattern.compile("figures\\[(\\d+)\\]");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MetricService metrics;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Inject
    ReportBulk bulk;

    @Inject
    TransactionManager transactions;

    @ConfigProperty(name = "press-stats.import.batch-size", defaultValue = "500")
    int batchSize;

    /** A city known to the service. */
    record City(long id, String slug, String name) {
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "press-stats.import.transaction-timeout")
    public ImportResult figures(BulkFormat format, InputStream in, boolean dryRun) {
        try (Connection connection = dataSource.getConnection()) {
            ImportErrors errors = new ImportErrors();
            long rows = stage(connection, format, in, errors);
            ReportBulk.Outcome outcome = apply(connection, errors);
            if (errors.any()) {
                throw errors.problem(false);
            }
            if (dryRun) {
                transactions.setRollbackOnly();
            }
            return new ImportResult(format, dryRun, rows,
                    new ImportResult.Changes(outcome.created(), outcome.replaced(), outcome.unchanged()),
                    new ImportResult.FigureChanges(outcome.figuresAdded(), outcome.figuresRemoved()), null);
        } catch (SQLException e) {
            throw new IllegalStateException("import failed", e);
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the file into the staging table; a header that is not the long format's is a 400 at once. */
    private long stage(Connection connection, BulkFormat format, InputStream in, ImportErrors errors) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TEMP TABLE import_figure (line integer, city text, year integer, metric text, owner text, "
                    + "platform text, value bigint, qualifier text, baseline text, note text) ON COMMIT DROP");
        }
        Columns columns = FigureColumns.columns();
        try (CopyIn copy = CopyIn.open(connection, "import_figure",
                "line, city, year, metric, owner, platform, value, qualifier, baseline, note")) {
            return Tables.rows(format, in, columns, errors, (line, cells) -> {
                FigureColumns.Row row = FigureColumns.read(columns, line, cells, errors);
                if (row != null) {
                    FigureDto f = row.figure();
                    try {
                        copy.row(line, row.city(), row.year(), f.metric(), f.owner(), f.platform(), f.value(),
                                f.qualifier(), f.baseline(), f.note());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
    }

    /** Checks each city-year as a PUT would and writes the good ones in batches while no row has failed. */
    private ReportBulk.Outcome apply(Connection connection, ImportErrors errors) throws SQLException {
        Map<String, City> cities = cities(connection);
        Map<String, MetricKind> kinds = new HashMap<>();
        metrics.all().forEach(m -> kinds.put(m.code(), m.kind()));
        ReportBulk.Outcome outcome = ReportBulk.NOTHING;
        List<ReportBulk.FigureSet> batch = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT line, city, year, metric, owner, platform, value, "
                + "qualifier, baseline, note FROM import_figure ORDER BY city, year, line")) {
            query.setFetchSize(10_000);
            try (ResultSet rs = query.executeQuery()) {
                Group group = null;
                while (rs.next()) {
                    String city = rs.getString(2);
                    int year = rs.getInt(3);
                    if (group == null || !group.city.equals(city) || group.year != year) {
                        if (group != null) {
                            outcome = outcome.plus(close(connection, group, cities, kinds, errors, batch));
                        }
                        group = new Group(city, year);
                    }
                    group.lines.add(rs.getInt(1));
                    group.figures.add(new FigureDto(rs.getString(4), enumOf(org.pressstats.report.Owner.class, rs.getString(5)),
                            enumOf(org.pressstats.report.Platform.class, rs.getString(6)), rs.getLong(7),
                            org.pressstats.report.Qualifier.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10)));
                }
                if (group != null) {
                    outcome = outcome.plus(close(connection, group, cities, kinds, errors, batch));
                }
            }
        }
        if (!errors.any() && !batch.isEmpty()) {
            outcome = outcome.plus(bulk.replaceFigures(connection, batch));
        }
        if (outcome.created() + outcome.replaced() >= ANALYZE_AFTER) {
            // the planner's statistics of a table that just grew severalfold are wrong until autovacuum comes by
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE report, figure, rollup");
            }
        }
        return outcome;
    }

    private static final class Group {
        final String city;
        final int year;
        final List<Integer> lines = new ArrayList<>();
        final List<FigureDto> figures = new ArrayList<>();

        Group(String city, int year) {
            this.city = city;
            this.year = year;
        }
    }

    /** Checks a finished city-year; adds it to the batch, and writes the batch when it is full and all is well. */
    private ReportBulk.Outcome close(Connection connection, Group group, Map<String, City> cities, Map<String, MetricKind> kinds,
            ImportErrors errors, List<ReportBulk.FigureSet> batch) throws SQLException {
        int first = group.lines.get(0);
        City city = cities.get(group.city);
        if (city == null) {
            errors.add(first, "city", group.city, "no city with slug '" + group.city + "': import the cities first "
                    + "(POST /api/v1/import/cities)");
            return ReportBulk.NOTHING;
        }
        if (!caller.mayEdit(group.city)) {
            errors.add(first, "city", group.city, caller.refusal(group.city));
            return ReportBulk.NOTHING;
        }
        int now = Year.now().getValue();
        if (!ReportRules.isAllowedYear(group.year, now)) {
            errors.add(first, "year", Integer.toString(group.year), "must be between " + ReportRules.FIRST_YEAR + " and " + (now + 1));
            return ReportBulk.NOTHING;
        }
        boolean valid = true;
        for (int i = 0; i < group.figures.size(); i++) {
            for (ConstraintViolation<FigureDto> v : validator.validate(group.figures.get(i))) {
                String column = v.getPropertyPath().toString();
                errors.add(group.lines.get(i), column, String.valueOf(v.getInvalidValue()), v.getMessage());
                valid = false;
            }
        }
        for (ReportRules.Violation v : ReportRules.check(group.year, group.figures, List.of(), kinds)) {
            Matcher m = FIGURE_INDEX.matcher(v.field());
            int index = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            String column = m.matches() && !m.group(2).isEmpty() ? m.group(2) : "metric";
            errors.add(group.lines.get(index), column, null, lines(v.message(), group.lines));
            valid = false;
        }
        if (!valid || errors.any()) {
            return ReportBulk.NOTHING;
        }
        batch.add(new ReportBulk.FigureSet(city.id(), city.slug(), city.name(), group.year, List.copyOf(group.figures)));
        if (batch.size() < batchSize) {
            return ReportBulk.NOTHING;
        }
        ReportBulk.Outcome outcome = bulk.replaceFigures(connection, batch);
        batch.clear();
        return outcome;
    }

    /** «duplicates figures[2]» of a single report is «duplicates line 14» of a file. */
    private static String lines(String message, List<Integer> lines) {
        Matcher m = FIGURE_REFERENCE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "line " + lines.get(Integer.parseInt(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Map<String, City> cities(Connection connection) throws SQLException {
        Map<String, City> cities = new HashMap<>();
        try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery("SELECT id, slug, name FROM city")) {
            while (rs.next()) {
                cities.put(rs.getString(2), new City(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return cities;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
