package org.pressstats.bulk;

import java.io.InputStream;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.pressstats.city.CityService;
import org.pressstats.common.Caller;
import org.pressstats.metric.MetricKind;
import org.pressstats.metric.MetricService;
import org.pressstats.report.FigureDto;
import org.pressstats.report.ReportBulk;
import org.pressstats.report.ReportDto;
import org.pressstats.report.ReportRules;
import org.pressstats.report.ReportService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Imports whole reports as NDJSON, one report document per line, each as its PUT would write it (prose, figures,
 * highlights, history, roll-up), all in one transaction: one bad line and nothing is written.
 */
@ApplicationScoped
public class ReportLinesImport {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @Inject
    CityService cities;

    @Inject
    MetricService metrics;

    @Inject
    ReportService reports;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "press-stats.import.transaction-timeout")
    public ImportResult reports(InputStream in, boolean dryRun) {
        ImportErrors errors = new ImportErrors();
        Map<String, MetricKind> kinds = new HashMap<>();
        metrics.all().forEach(m -> kinds.put(m.code(), m.kind()));
        int[] counts = new int[5]; // created, replaced, unchanged, figures added, removed
        long lines = Lines.read(in, json, ReportDto.class, (line, report) -> {
            if (check(line, report, kinds, errors) && !errors.any()) {
                write(report, counts);
            }
        }, errors);
        if (errors.any()) {
            throw errors.problem(false);
        }
        if (dryRun) {
            rollbackOnly();
        }
        return new ImportResult(BulkFormat.NDJSON, dryRun, lines, new ImportResult.Changes(counts[0], counts[1], counts[2]),
                new ImportResult.FigureChanges(counts[3], counts[4]), null);
    }

    /** The checks of a PUT, with the city and year from the line itself. */
    private boolean check(int line, ReportDto report, Map<String, MetricKind> kinds, ImportErrors errors) {
        int before = errors.count();
        for (ConstraintViolation<ReportDto> v : validator.validate(report)) {
            errors.add(line, v.getPropertyPath().toString(), String.valueOf(v.getInvalidValue()), v.getMessage());
        }
        if (report.city() == null) {
            errors.add(line, "city", null, "is required in each line: the city's slug");
        }
        if (report.year() == null) {
            errors.add(line, "year", null, "is required in each line: the year reported on");
        }
        if (errors.count() > before) {
            return false;
        }
        int now = Year.now().getValue();
        if (cities.find(report.city()).isEmpty()) {
            errors.add(line, "city", report.city(), "no city with slug '" + report.city() + "': import the cities first "
                    + "(POST /api/v1/import/cities)");
        } else if (!caller.mayEdit(report.city())) {
            errors.add(line, "city", report.city(), caller.refusal(report.city()));
        } else if (!ReportRules.isAllowedYear(report.year(), now)) {
            errors.add(line, "year", report.year().toString(), "must be between " + ReportRules.FIRST_YEAR + " and " + (now + 1));
        } else {
            List<FigureDto> figures = report.figures() == null ? List.of()
                    : report.figures().stream().map(FigureDto::normalized).toList();
            Set<String> codes = figures.stream().map(FigureDto::metric).collect(Collectors.toSet());
            Map<String, MetricKind> known = new HashMap<>(kinds);
            known.keySet().retainAll(codes);
            for (ReportRules.Violation v : ReportRules.check(report.year(), figures,
                    report.highlights() == null ? List.of() : report.highlights(), known)) {
                errors.add(line, v.field(), null, v.message());
            }
        }
        return errors.count() == before;
    }

    private void write(ReportDto report, int[] counts) {
        Optional<ReportDto> before = reports.find(report.city(), report.year());
        ReportService.Written written = reports.put(report.city(), report.year(), report, null, null);
        counts[written.created() ? 0 : written.changed() ? 1 : 2]++;
        List<FigureDto> old = before.map(ReportDto::figures).orElse(List.of());
        counts[3] += ReportBulk.difference(written.report().figures(), old);
        counts[4] += ReportBulk.difference(old, written.report().figures());
        em.clear(); // thousands of reports: keep the persistence context small
    }

    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
