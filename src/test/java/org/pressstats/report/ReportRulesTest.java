package org.pressstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressstats.metric.MetricKind;
import org.pressstats.report.ReportRules.Violation;

class ReportRulesTest {

    private static final Map<String, MetricKind> CATALOG = Map.of(
            "subscribers", MetricKind.STOCK, "subscriber_growth", MetricKind.GROWTH, "press_releases", MetricKind.FLOW);

    private static FigureDto figure(String metric, Owner owner, Platform platform, String baseline) {
        return new FigureDto(metric, owner, platform, 10L, Qualifier.EXACT, baseline, null);
    }

    private static List<Violation> check(FigureDto... figures) {
        return ReportRules.check(2023, List.of(figures), List.of(), CATALOG);
    }

    @Test
    void sameMetricAtDifferentLevelsIsAllowed() {
        assertEquals(List.of(), check(
                figure("subscribers", null, null, null),
                figure("subscribers", Owner.MAYOR, Platform.TELEGRAM, null),
                figure("subscribers", Owner.MAYOR, null, null),
                figure("subscribers", null, Platform.TELEGRAM, null)));
    }

    @Test
    void duplicateLevelNamesBothEntries() {
        List<Violation> violations = check(
                figure("subscribers", Owner.MAYOR, Platform.VK, null),
                figure("press_releases", null, null, null),
                figure("subscribers", Owner.MAYOR, Platform.VK, null));
        assertEquals(1, violations.size());
        assertEquals("figures[2]", violations.get(0).field());
        assertTrue(violations.get(0).message().contains("figures[0]"), violations.get(0).message());
    }

    @Test
    void duplicateCityTotalsAreCaughtToo() {
        List<Violation> violations = check(figure("press_releases", null, null, null), figure("press_releases", null, null, null));
        assertEquals("figures[1]", violations.get(0).field());
    }

    @Test
    void metricOutsideTheCatalogIsNamed() {
        List<Violation> violations = check(figure("followers", null, null, null));
        assertEquals("figures[0].metric", violations.get(0).field());
    }

    @Test
    void growthNeedsABaselineAndOthersMustNotHaveOne() {
        assertEquals("figures[0].baseline", check(figure("subscriber_growth", null, null, null)).get(0).field());
        assertEquals("figures[0].baseline", check(figure("subscribers", null, null, "2021")).get(0).field());
        assertEquals(List.of(), check(figure("subscriber_growth", null, null, "2021")));
        assertEquals(List.of(), check(figure("subscriber_growth", Owner.MAYOR, null, "2023-01-01")));
    }

    @Test
    void baselineMustBeARealDateNotAfterTheYear() {
        assertFalse(check(figure("subscriber_growth", null, null, "2023-02-30")).isEmpty());
        assertFalse(check(figure("subscriber_growth", null, null, "2024")).isEmpty());
        assertFalse(check(figure("subscriber_growth", null, null, "2024-01-01")).isEmpty());
    }

    @Test
    void highlightUnitNeedsAQuantity() {
        List<Violation> violations = ReportRules.check(2023, List.of(),
                List.of(new HighlightDto(HighlightKind.PUBLICATION, "Журнал", null, null, "экземпляров", false)), CATALOG);
        assertEquals("highlights[0].unit", violations.get(0).field());
    }

    @Test
    void yearsRunFrom1990ToNextYear() {
        assertTrue(ReportRules.isAllowedYear(1990, 2026));
        assertTrue(ReportRules.isAllowedYear(2027, 2026));
        assertFalse(ReportRules.isAllowedYear(1989, 2026));
        assertFalse(ReportRules.isAllowedYear(2028, 2026));
    }

    @Test
    void missingQualifierMeansExact() {
        FigureDto bare = new FigureDto("press_releases", null, null, 1530L, null, null, null);
        assertEquals(Qualifier.EXACT, bare.normalized().qualifier());
        FigureDto atLeast = new FigureDto("views", null, null, 1L, Qualifier.AT_LEAST, null, null);
        assertEquals(Qualifier.AT_LEAST, atLeast.normalized().qualifier());
    }
}
