package org.pressstats.stats;

import static org.pressstats.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.support.TestData.city;
import static org.pressstats.support.TestData.figure;
import static org.pressstats.support.TestData.json;
import static org.pressstats.support.TestData.putReport;
import static org.pressstats.support.TestData.report;
import static org.pressstats.support.TestData.uniqueSlug;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class StatsResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StatsDirectory directory;

    @Inject
    RollupQueries queries;

    /** The two sample cities only, so that other tests' data does not count. */
    private static RequestSpecification samples() {
        return given().queryParam("city", "bratsk", "blagoveshchensk");
    }

    /** A new city whose report of the year has one figure, of posts; its slug. */
    private static String newCityWithPosts(String prefix, int year, long posts) {
        String slug = uniqueSlug(prefix);
        json().body(city("Город " + prefix)).put("/api/v1/cities/" + slug).then().statusCode(201);
        putReport(slug, year, report("", figure("posts", posts)));
        return slug;
    }

    private static String postsTotals(String slug, int year) {
        return "/api/v1/stats/totals?metric=posts&year=" + year + "&city=" + slug;
    }

    private static ValidatableResponse qualified(ValidatableResponse response, String path, Number value, String qualifier) {
        return response.body(path + ".value", equalTo(value), path + ".qualifier", equalTo(qualifier));
    }

    @Test
    void totalsOnTheSampleData() {
        ValidatableResponse pressReleases = samples().queryParam("metric", "press_releases").queryParam("year", 2023)
                .get("/api/v1/stats/totals").then().statusCode(200);
        qualified(pressReleases, "sum", 4945, "EXACT");
        qualified(pressReleases, "citiesReporting", 2, "EXACT");
        ValidatableResponse subscribers = samples().queryParam("metric", "subscribers").queryParam("year", 2023)
                .get("/api/v1/stats/totals").then().statusCode(200);
        qualified(subscribers, "sum", 60716, "AT_LEAST");
        qualified(subscribers, "max", 35716, "AT_LEAST");
        ValidatableResponse views = samples().queryParam("metric", "views").queryParam("year", 2023)
                .get("/api/v1/stats/totals").then().statusCode(200);
        qualified(views, "sum", 30000000, "AT_LEAST");
        qualified(views, "citiesReporting", 1, "EXACT");
        qualified(views, "citiesFiled", 2, "EXACT");
        qualified(samples().queryParam("metric", "media_requests_answered").queryParam("year", 2023)
                .get("/api/v1/stats/totals").then().statusCode(200), "sum", 500, "AT_LEAST");
        qualified(samples().queryParam("metric", "leader_comments").queryParam("year", 2023)
                .get("/api/v1/stats/totals").then().statusCode(200), "sum", 220, "APPROXIMATE");
    }

    @Test
    void breakdownOnTheSampleData() {
        ValidatableResponse byOwner = given().queryParam("metric", "subscribers").queryParam("year", 2023)
                .queryParam("by", "owner").queryParam("district", "SIBERIAN").queryParam("city", "bratsk")
                .get("/api/v1/stats/breakdown").then().statusCode(200).body("groups", hasSize(2), "unattributed", nullValue());
        qualified(byOwner, "groups.find { it.key == 'MAYOR' }.value", 15808, "EXACT");
        qualified(byOwner, "groups.find { it.key == 'ADMINISTRATION' }.value", 19908, "EXACT");
        ValidatableResponse byPlatform = given().queryParam("metric", "subscribers").queryParam("year", 2023)
                .queryParam("by", "platform").queryParam("district", "SIBERIAN").queryParam("city", "bratsk")
                .get("/api/v1/stats/breakdown").then().statusCode(200);
        qualified(byPlatform, "groups.find { it.key == 'VK' }.value", 18540, "EXACT");
        ValidatableResponse both = samples().queryParam("metric", "subscribers").queryParam("year", 2023)
                .queryParam("by", "owner").get("/api/v1/stats/breakdown").then().statusCode(200)
                .body("unattributedCities.slug", equalTo(List.of("blagoveshchensk")));
        qualified(both, "groups.find { it.key == 'MAYOR' }.value", 25808, "AT_LEAST");
        qualified(both, "unattributed", 15000, "APPROXIMATE");
        ValidatableResponse byDistrict = samples().queryParam("metric", "press_releases").queryParam("year", 2023)
                .queryParam("by", "district").get("/api/v1/stats/breakdown").then().statusCode(200);
        qualified(byDistrict, "groups.find { it.key == 'FAR_EASTERN' }.value", 3415, "EXACT");
    }

    @Test
    void rankingOnTheSampleData() {
        samples().queryParam("metric", "press_releases").queryParam("year", 2023).get("/api/v1/stats/ranking").then()
                .statusCode(200)
                .body("items[0].city.slug", equalTo("blagoveshchensk"), "items[0].rank", equalTo(1),
                        "items[0].value.value", equalTo(3415), "items[1].city.slug", equalTo("bratsk"),
                        "items[1].rank", equalTo(2), "items[1].value.value", equalTo(1530));
    }

    @Test
    void growthOnTheSampleDataKeepsBaselinesApart() {
        samples().queryParam("metric", "subscriber_growth").queryParam("year", 2023).get("/api/v1/stats/totals").then()
                .statusCode(200).body("sum", nullValue(), "baselines", hasSize(2),
                        "baselines.find { it.baseline == '2021' }.cities.slug", equalTo(List.of("blagoveshchensk")),
                        "baselines.find { it.baseline == '2023-01-01' }.sum.value", equalTo(13200));
        given().queryParam("city", "bratsk").queryParam("metric", "subscriber_growth").queryParam("year", 2023)
                .get("/api/v1/stats/totals").then().statusCode(200)
                .body("sum.value", equalTo(13200), "baseline", equalTo("2023-01-01"));
    }

    @Test
    void aThirdCityAndASecondYearForSeriesGrowthAndPerCapita() {
        String north = uniqueSlug("north");
        String south = uniqueSlug("south");
        String nameless = uniqueSlug("nopop");
        Map<String, Object> northCity = city("Северный");
        northCity.put("population", 20000);
        Map<String, Object> southCity = city("Южный");
        southCity.put("population", 100000);
        json().body(northCity).put("/api/v1/cities/" + north).then().statusCode(201);
        json().body(southCity).put("/api/v1/cities/" + south).then().statusCode(201);
        json().body(city("Безымянный")).put("/api/v1/cities/" + nameless).then().statusCode(201);
        putReport(north, 2001, report("", figure("press_releases", 100)));
        putReport(north, 2002, report("", figure("press_releases", "ADMINISTRATION", null, 150, "AT_LEAST")));
        putReport(south, 2001, report("", figure("press_releases", 400)));
        putReport(south, 2002, report("", figure("press_releases", 300)));
        putReport(nameless, 2002, report("", figure("press_releases", 50)));
        java.util.function.Supplier<RequestSpecification> three = () -> given().queryParam("city", north, south, nameless)
                .queryParam("metric", "press_releases");

        ValidatableResponse series = three.get().get("/api/v1/stats/series?from=2000&to=2002").then().statusCode(200)
                .body("points", hasSize(3), "points[0].value", nullValue());
        qualified(series, "points[1].value", 500, "EXACT");
        qualified(series, "points[2].value", 500, "AT_LEAST");
        qualified(series, "points[2].citiesReporting", 3, "EXACT");
        ValidatableResponse one = given().queryParam("city", north).queryParam("metric", "press_releases")
                .get("/api/v1/stats/series?from=2001&to=2002").then().statusCode(200).body("city.slug", equalTo(north));
        qualified(one, "points[0].value", 100, "EXACT");

        ValidatableResponse growth = three.get().get("/api/v1/stats/growth?from=2001&to=2002").then().statusCode(200)
                .body("items", hasSize(2), "items[0].city.slug", equalTo(north),
                        "missing[0].city.slug", equalTo(nameless), "missing[0].missingYears", equalTo(List.of(2001)));
        qualified(growth, "items[0].change", 50, "APPROXIMATE");
        qualified(growth, "items[0].changePercent", 50, "APPROXIMATE");
        qualified(growth, "items[1].change", -100, "EXACT");
        qualified(growth, "items[1].changePercent", -25, "EXACT");

        ValidatableResponse perCapita = three.get().queryParam("perCapita", true).get("/api/v1/stats/ranking?year=2002").then()
                .statusCode(200).body("items[0].city.slug", equalTo(north), "leftOut.slug", equalTo(List.of(nameless)));
        qualified(perCapita, "items[0].value", 7.5f, "APPROXIMATE");
        qualified(perCapita, "items[1].value", 3, "EXACT");
        qualified(perCapita, "leftOutCount", 1, "EXACT");
    }

    @Test
    void coverageShowsTheGaps() {
        ValidatableResponse coverage = samples().queryParam("year", 2023).get("/api/v1/stats/coverage").then().statusCode(200)
                .body("cities.find { it.city.slug == 'bratsk' }.missing", org.hamcrest.Matchers.hasItem("photo_reports"),
                        "cities.find { it.city.slug == 'blagoveshchensk' }.reported", org.hamcrest.Matchers.hasItem("photo_reports"));
        qualified(coverage, "metrics.find { it.code == 'press_releases' }.citiesReporting", 2, "EXACT");
        qualified(coverage, "citiesFiled", 2, "EXACT");
    }

    @Test
    void aMetricWithNoDataIsAnEmptyAnswerNotA404() {
        ValidatableResponse totals = samples().queryParam("metric", "press_releases").queryParam("year", 1995)
                .get("/api/v1/stats/totals").then().statusCode(200).body("note", containsString("no city"));
        qualified(totals, "sum", 0, "EXACT");
        samples().queryParam("metric", "press_releases").queryParam("year", 1995).get("/api/v1/stats/ranking").then()
                .statusCode(200).body("items", hasSize(0), "note", notNullValue());
    }

    @Test
    void badParametersAre400sNamingThem() {
        String[][] cases = {
                { "/api/v1/stats/totals?year=2023", "metric" },
                { "/api/v1/stats/totals?metric=nope&year=2023", "metric" },
                { "/api/v1/stats/totals?metric=posts", "year" },
                { "/api/v1/stats/totals?metric=posts&year=1800", "year" },
                { "/api/v1/stats/totals?metric=posts&year=soon", "year" },
                { "/api/v1/stats/series?metric=posts&from=2023&to=2020", "from" },
                { "/api/v1/stats/breakdown?metric=posts&year=2023&by=colour", "by" },
                { "/api/v1/stats/breakdown?metric=posts&year=2023", "by" },
                { "/api/v1/stats/breakdown?metric=posts&year=2023&by=owner&owner=MAYOR", "owner" },
                { "/api/v1/stats/ranking?metric=posts&year=2023&limit=0", "limit" },
                { "/api/v1/stats/ranking?metric=posts&year=2023&perCapita=yes", "perCapita" },
                { "/api/v1/stats/totals?metric=posts&year=2023&owner=KING", "owner" },
                { "/api/v1/stats/growth?metric=posts&from=2022", "to" },
                { "/api/v1/stats/coverage", "year" },
        };
        for (String[] c : cases) {
            given().get(c[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(c[1]));
        }
    }

    @Test
    void pollingWithTheCurrentTagIs304AndEveryCommittedWriteIsSeenAtOnce() throws Exception {
        String slug = newCityWithPosts("poll", 2003, 10);
        String url = postsTotals(slug, 2003);

        ValidatableResponse first = given().get(url).then().statusCode(200)
                .header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                .header("Cache-Control", containsString("max-age=5")).body("sum.value", equalTo(10));
        String tag = first.extract().header("ETag");
        given().header("If-None-Match", tag).get(url).then().statusCode(304).header("ETag", equalTo(tag));

        putReport(slug, 2003, report("", figure("posts", 11)));
        String second = given().header("If-None-Match", tag).get(url).then().statusCode(200)
                .body("sum.value", equalTo(11)).extract().header("ETag");
        assertNotEquals(tag, second);
        putReport(slug, 2003, report("", figure("posts", 12)));
        given().get(url).then().statusCode(200).body("sum.value", equalTo(12));

        // another instance's write reaches only the database: this instance must still see it next
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE rollup SET value = 99 WHERE metric = 'posts' "
                        + "AND year = 2003 AND city_id = (SELECT id FROM city WHERE slug = ?)")) {
            update.setString(1, slug);
            assertEquals(1, update.executeUpdate());
        }
        given().get(url).then().statusCode(200).body("sum.value", equalTo(99));
    }

    /**
     * A writer raises one city's figure write after write while readers ask for the totals: no reader sees a smaller
     * sum after a larger one, and the writer's own next read is at least what it wrote.
     */
    @Test
    void readersNeverSeeAnOlderTotalAfterANewerOneWhileAWriterWrites() throws Exception {
        String slug = newCityWithPosts("race-stats", 2006, 0);
        String url = postsTotals(slug, 2006);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    List<Integer> seen = new ArrayList<>();
                    while (writing.get()) {
                        seen.add(given().get(url).then().statusCode(200).extract().path("sum.value"));
                    }
                    return seen;
                }));
            }
            for (int i = 1; i <= 30; i++) {
                putReport(slug, 2006, report("", figure("posts", i)));
                int next = given().get(url).then().statusCode(200).extract().path("sum.value");
                assertTrue(next >= i, "read " + next + " right after writing " + i);
            }
            writing.set(false);
            for (Future<List<Integer>> reader : readers) {
                int last = -1;
                for (int sum : reader.get()) {
                    assertTrue(sum >= last, "sum " + sum + " read after " + last);
                    last = sum;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rankingKeepsTheBestInOrderWithTiesSharingARank() {
        String prefix = uniqueSlug("rank");
        long[] values = { 50, 70, 70, 10, 90 };
        String[] slugs = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            slugs[i] = prefix + "-" + (char) ('e' - i); // slugs in the opposite order of creation
            json().body(city("Рейтинговый " + i)).put("/api/v1/cities/" + slugs[i]).then().statusCode(201);
            putReport(slugs[i], 2005, report("", figure("press_releases", values[i])));
        }
        java.util.function.IntFunction<ValidatableResponse> top = limit -> given().queryParam("city", (Object[]) slugs)
                .queryParam("metric", "press_releases").queryParam("year", 2005).queryParam("limit", limit)
                .get("/api/v1/stats/ranking").then().statusCode(200);
        top.apply(3).body("items.city.slug", equalTo(List.of(slugs[4], slugs[2], slugs[1])),
                "items.rank", equalTo(List.of(1, 2, 2)), "items.value.value", equalTo(List.of(90, 70, 70)));
        top.apply(2).body("items.city.slug", equalTo(List.of(slugs[4], slugs[2])));
        top.apply(1).body("items.city.slug", equalTo(List.of(slugs[4])), "items.rank", equalTo(List.of(1)));
        top.apply(10).body("items.city.slug", equalTo(List.of(slugs[4], slugs[2], slugs[1], slugs[0], slugs[3])),
                "items.rank", equalTo(List.of(1, 2, 2, 4, 5)));
    }

    @Test
    void aCityRenamedOrMovedElsewhereShowsInTheVeryNextAnswer() throws Exception {
        String slug = uniqueSlug("moved");
        Map<String, Object> moved = city("Прежнее");
        moved.put("federalDistrict", "URAL");
        json().body(moved).put("/api/v1/cities/" + slug).then().statusCode(201);
        putReport(slug, 2004, report("", figure("posts", 7)));
        String url = "/api/v1/stats/ranking?metric=posts&year=2004";
        given().queryParam("district", "URAL").get(url).then().statusCode(200)
                .body("items.find { it.city.slug == '" + slug + "' }.city.name", equalTo("Прежнее"));

        // another instance renames the city and moves it to another district: only the database knows
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE city SET name = 'Новое', federal_district = 'VOLGA' WHERE slug = ?")) {
            update.setString(1, slug);
            assertEquals(1, update.executeUpdate());
        }
        given().queryParam("district", "VOLGA").get(url).then().statusCode(200)
                .body("items.find { it.city.slug == '" + slug + "' }.city.name", equalTo("Новое"));
        given().queryParam("district", "URAL").get(url).then().statusCode(200)
                .body("items.find { it.city.slug == '" + slug + "' }", nullValue());
        given().queryParam("city", slug).queryParam("metric", "posts").queryParam("year", 2004)
                .queryParam("by", "district").get("/api/v1/stats/breakdown").then().statusCode(200)
                .body("groups[0].key", equalTo("VOLGA"), "groups[0].value.value", equalTo(7));
    }

    /** A city written after the snapshot was read, before any request saw the new version, is read in once more. */
    @Test
    void aCityNewerThanTheSnapshotIsReadInWhenItsValuesArrive() throws Exception {
        directory.current();
        String slug = uniqueSlug("late");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        WITH c AS (INSERT INTO city (slug, name, name_key, created_at, updated_at)
                                   VALUES (?, 'Поздний', 'поздний', now(), now()) RETURNING id),
                             r AS (INSERT INTO report (city_id, year, created_at, updated_at)
                                   SELECT id, 2007, now(), now() FROM c RETURNING id, city_id)
                        INSERT INTO rollup (report_id, city_id, year, metric, level, value, qualifier, reported)
                        SELECT id, city_id, 2007, 'posts', 'TOTAL', 5, 'EXACT', true FROM r""")) {
            insert.setString(1, slug);
            assertEquals(1, insert.executeUpdate());
        }
        List<RollupQueries.CityValue> values = queries.values(new StatsFilter("posts", List.of(), null, null, null),
                RollUp.Level.TOTAL, null, null, List.of(2007));
        assertTrue(values.stream().anyMatch(v -> v.city().slug().equals(slug) && v.city().name().equals("Поздний")),
                "the new city is among " + values.size() + " values");
    }

    @Test
    void csvGivesTheSameAnswer() {
        String csv = samples().accept("text/csv").queryParam("metric", "subscribers").queryParam("year", 2023)
                .get("/api/v1/stats/totals").then().statusCode(200).contentType(containsString("text/csv"))
                .header("ETag", containsString("csv")).extract().asString();
        assertTrue(csv.startsWith("metric,year,measure,value,qualifier\r\n"), csv);
        assertTrue(csv.contains("subscribers,2023,sum,60716,AT_LEAST\r\n"), csv);
        String ranking = samples().accept("text/csv").queryParam("metric", "press_releases").queryParam("year", 2023)
                .get("/api/v1/stats/ranking").then().statusCode(200).extract().asString();
        assertTrue(ranking.contains("1,blagoveshchensk,Благовещенск,3415,EXACT"), ranking);
        samples().queryParam("metric", "subscribers").queryParam("year", 2023).get("/api/v1/stats/totals").then()
                .statusCode(200).contentType(containsString("application/json"));
    }
}
