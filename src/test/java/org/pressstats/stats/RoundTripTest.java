package org.pressstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.support.TestData.city;
import static org.pressstats.support.TestData.figure;
import static org.pressstats.support.TestData.json;
import static org.pressstats.support.TestData.putReport;
import static org.pressstats.support.TestData.report;
import static org.pressstats.support.TestData.uniqueSlug;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pressstats.city.FederalDistrict;
import org.pressstats.common.DataVersion;
import org.pressstats.stats.RollupQueries.CityValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;

/** A cold question's statements and the data version travel together; what comes back is what each asked. */
@QuarkusTest
class RoundTripTest {

    @Inject
    RoundTrip roundTrip;

    @Inject
    RollupQueries queries;

    @Inject
    DataVersion versions;

    @Inject
    AgroalDataSource main;

    @Inject
    @DataSource("stats")
    AgroalDataSource stats;

    private static String planCacheMode(AgroalDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('plan_cache_mode')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String cityWithAccounts() {
        String slug = uniqueSlug("trip");
        json().body(city("Город рейса")).put("/api/v1/cities/" + slug).then().statusCode(201);
        putReport(slug, 2012, report("", figure("subscribers", "ADMINISTRATION", "TELEGRAM", 300, "AT_LEAST"),
                figure("subscribers", "ADMINISTRATION", "VK", 200, "EXACT")));
        return slug;
    }

    @Test
    void theVersionAndEveryStatementOfAQuestionComeBackInTheOrderAsked() {
        String slug = cityWithAccounts();
        long current = versions.readNow().version();
        StatsFilter filter = new StatsFilter("subscribers", List.of(slug), null, null, null);

        RoundTrip.Versioned<RollupQueries.Counted> totals = roundTrip.versioned(
                () -> queries.counted(filter, new RollupQueries.Slice(RollUp.Level.TOTAL, null, null), 2012));
        assertEquals(current, totals.state().version());
        assertEquals(1, totals.answer().filed());
        assertEquals(List.of(500L), totals.answer().values().stream().map(v -> v.row().value()).toList());

        RoundTrip.Versioned<List<List<CityValue>>> slices = roundTrip.versioned(() -> queries.values(filter, List.of(2012),
                List.of(new RollupQueries.Slice(RollUp.Level.TOTAL, null, null),
                        new RollupQueries.Slice(RollUp.Level.PLATFORM, null, null))));
        assertEquals(current, slices.state().version());
        assertEquals(List.of("AT_LEAST"), slices.answer().get(0).stream().map(v -> v.row().qualifier().name()).toList());
        assertEquals(List.of("TELEGRAM 300", "VK 200"), slices.answer().get(1).stream()
                .map(v -> v.row().platform() + " " + v.row().value()).sorted().toList());
    }

    @Test
    void aQuestionWithNothingToAskStillGetsTheCurrentVersion() {
        String slug = cityWithAccounts(); // a write: the version moves on
        long current = versions.readNow().version();
        // the city is in the Far East, not in the Urals: no city passes both filters, there is no statement to send
        RoundTrip.Versioned<List<CityValue>> none = roundTrip.versioned(() -> queries.values(
                new StatsFilter("subscribers", List.of(slug), FederalDistrict.URAL, null, null), RollUp.Level.TOTAL, null,
                null, List.of(2012)));
        assertEquals(current, none.state().version());
        assertEquals(List.of(), none.answer());
    }

    @Test
    void onlyTheStatsQuestionsSessionsKeepOnePlanPerStatement() throws SQLException {
        assertEquals("force_generic_plan", planCacheMode(stats));
        assertEquals("auto", planCacheMode(main)); // Hibernate's statements are planned as PostgreSQL sees fit
    }

    @Test
    void theStatsPoolWaitsAndTimesOutAsTheMainPoolDoes() {
        var mainPool = main.getConfiguration().connectionPoolConfiguration();
        var statsPool = stats.getConfiguration().connectionPoolConfiguration();
        assertEquals(mainPool.acquisitionTimeout(), statsPool.acquisitionTimeout());
        var mainJdbc = mainPool.connectionFactoryConfiguration().jdbcProperties();
        var statsJdbc = statsPool.connectionFactoryConfiguration().jdbcProperties();
        for (String key : List.of("connectTimeout", "socketTimeout", "tcpKeepAlive")) {
            assertEquals(mainJdbc.getProperty(key), statsJdbc.getProperty(key), key);
        }
        assertEquals("60", statsJdbc.getProperty("socketTimeout"));
    }
}
