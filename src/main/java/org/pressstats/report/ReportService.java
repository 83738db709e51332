package org.pressstats.report;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pressstats.audit.Action;
import org.pressstats.audit.Change;
import org.pressstats.audit.EntityType;
import org.pressstats.audit.History;
import org.pressstats.city.City;
import org.pressstats.city.CityService;
import org.pressstats.city.FederalDistrict;
import org.pressstats.common.Caller;
import org.pressstats.common.ETags;
import org.pressstats.common.Page;
import org.pressstats.common.PageRequest;
import org.pressstats.common.Problem;
import org.pressstats.common.ProblemException;
import org.pressstats.common.SearchKey;
import org.pressstats.common.Timestamps;
import org.pressstats.metric.MetricService;
import org.pressstats.stats.Rollups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

@ApplicationScoped
public class ReportService {

    public static final Map<String, String> SORTABLE = Map.of("year", "r.year", "city", "c.slug",
            "updatedAt", "r.updatedAt");

    /** A write's outcome: the report as stored, whether the write created it, and whether it changed anything. */
    public record Written(ReportDto report, boolean created, boolean changed) {
    }

    /** Filters of the cross-city list; null means no filter. */
    public record Filter(Integer year, String city, FederalDistrict district, String metric) {
    }

    @Inject
    CityService cities;

    @Inject
    MetricService metrics;

    @Inject
    Rollups rollups;

    @Inject
    History history;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportDto> listForCity(String slug, PageRequest page) {
        cities.require(slug);
        return page(" where c.slug = :slug", Map.of("slug", slug), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportDto> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.year() != null) {
            where.append(" and r.year = :year");
            params.put("year", filter.year());
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.append(" and (c.slug = :city or c.nameKey = :cityKey)");
            params.put("city", filter.city());
            params.put("cityKey", SearchKey.of(filter.city()));
        }
        if (filter.district() != null) {
            where.append(" and c.federalDistrict = :district");
            params.put("district", filter.district());
        }
        if (filter.metric() != null) {
            if (metrics.find(filter.metric()).isEmpty()) {
                throw ProblemException.badRequest("metric", "'" + filter.metric() + "' is not in the metric catalog");
            }
            where.append(" and exists (select 1 from Figure f where f.report = r and f.metric = :metric)");
            params.put("metric", filter.metric());
        }
        return page(where.toString(), params, page);
    }

    private static Page<ReportDto> page(String where, Map<String, Object> params, PageRequest page) {
        long total = Report.count("select count(r) from Report r join r.city c" + where, params);
        List<Report> reports = Report.<Report>find("select r from Report r join fetch r.city c" + where
                + " order by " + page.orderBy(), params)
                .range(page.offset(), page.offset() + page.size() - 1).list();
        return Page.of(reports.stream().map(ReportDto::of).toList(), page, total);
    }

    @Inject
    ReportReads reads;

    /** One round trip, no ORM: the read that dashboards and clients make most. */
    public Optional<ReportDto> find(String slug, int year) {
        return reads.find(slug, year);
    }

    @Transactional
    public Written put(String slug, int year, ReportDto input, String ifMatch, String ifNoneMatch) {
        caller.requireEditorOf(slug);
        if (input.city() != null && !input.city().equals(slug)) {
            throw ProblemException.badRequest("city", "'" + input.city() + "' does not match the path ('" + slug + "')");
        }
        if (input.year() != null && input.year() != year) {
            throw ProblemException.badRequest("year", input.year() + " does not match the path (" + year + ")");
        }
        checkYear("year", year);
        return write(slug, year, input.normalized(), ifMatch, ifNoneMatch, null);
    }

    /** Writes back the report as it was after version {@code version} of its history; a new history entry. */
    @Transactional
    public Written restore(String slug, int year, int version, String ifMatch) {
        Change change = history.version(EntityType.REPORT, EntityType.reportKey(slug, year), version)
                .orElseThrow(() -> ProblemException.notFound("report " + EntityType.reportKey(slug, year)
                        + " has no version " + version + " in its history"));
        if (change.after() == null) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("version", "version " + version
                    + " is the deletion of the report; restore an earlier version")));
        }
        try {
            return write(slug, year, json.readValue(change.after(), ReportDto.class).normalized(), ifMatch, null, version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history entry " + change.id() + " is not a report", e);
        }
    }

    private Written write(String slug, int year, ReportDto wanted, String ifMatch, String ifNoneMatch, Integer restoredFrom) {
        City city = cities.require(slug);
        checkRules(year, wanted);

        Optional<Report> existing = lockForWrite(slug, year);
        ETags.checkWrite(ifMatch, ifNoneMatch, existing.map(r -> ETags.of(r.version, r.createdAt)).orElse(null));

        Report report;
        ReportDto before = null;
        if (existing.isPresent()) {
            report = existing.get();
            before = ReportDto.of(report);
            if (wanted.sameContentAs(before)) {
                return new Written(before, false, false);
            }
            report.figures.clear();
            report.highlights.clear();
            // deletes must reach the database before inserts that reuse the same (metric, owner, platform)
            report.flush();
        } else {
            report = new Report();
            report.city = city;
            report.year = year;
            report.createdAt = Timestamps.now();
        }
        report.summary = wanted.summary();
        report.plans = wanted.plans();
        report.source = wanted.source();
        report.updatedAt = Timestamps.now();
        addChildren(report, wanted);
        report.persist();
        report.flush();
        rollups.replace(report);
        ReportDto after = ReportDto.of(report);
        Action action = restoredFrom != null ? Action.RESTORE : existing.isPresent() ? Action.REPLACE : Action.CREATE;
        history.record(EntityType.REPORT, EntityType.reportKey(slug, year), action, before, after, restoredFrom);
        return new Written(after, existing.isEmpty(), true);
    }

    @Transactional
    public void delete(String slug, int year, String ifMatch) {
        caller.requireEditorOf(slug);
        Report report = lockForWrite(slug, year)
                .orElseThrow(() -> notFound(slug, year));
        ETags.checkIfMatch(ifMatch, ETags.of(report.version, report.createdAt));
        history.record(EntityType.REPORT, EntityType.reportKey(slug, year), Action.DELETE, ReportDto.of(report), null, null);
        report.delete();
    }

    public static ProblemException notFound(String slug, int year) {
        return ProblemException.notFound("no report for city '" + slug + "' and year " + year);
    }

    /** 400 naming the parameter {@code field} when the year is outside 1990 … next year. */
    public static void checkYear(String field, int year) {
        int now = Year.now().getValue();
        if (!ReportRules.isAllowedYear(year, now)) {
            throw ProblemException.badRequest(field, "must be between " + ReportRules.FIRST_YEAR + " and " + (now + 1));
        }
    }

    private void checkRules(int year, ReportDto wanted) {
        Set<String> codes = wanted.figures().stream().map(FigureDto::metric).collect(Collectors.toSet());
        List<ReportRules.Violation> violations = ReportRules.check(year, wanted.figures(), wanted.highlights(),
                metrics.kindsOf(codes));
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations.stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
    }

    private static Optional<Report> lockForWrite(String slug, int year) {
        return Report.<Report>find("select r from Report r join fetch r.city c where c.slug = ?1 and r.year = ?2", slug, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private static void addChildren(Report report, ReportDto wanted) {
        for (int i = 0; i < wanted.figures().size(); i++) {
            FigureDto dto = wanted.figures().get(i);
            Figure figure = new Figure();
            figure.report = report;
            figure.position = i;
            figure.metric = dto.metric();
            figure.owner = dto.owner();
            figure.platform = dto.platform();
            figure.value = dto.value();
            figure.qualifier = dto.qualifier();
            figure.baseline = dto.baseline();
            figure.note = dto.note();
            report.figures.add(figure);
        }
        for (int i = 0; i < wanted.highlights().size(); i++) {
            HighlightDto dto = wanted.highlights().get(i);
            Highlight highlight = new Highlight();
            highlight.report = report;
            highlight.position = i;
            highlight.kind = dto.kind();
            highlight.title = dto.title();
            highlight.details = dto.details();
            highlight.quantity = dto.quantity();
            highlight.unit = dto.unit();
            highlight.firstTime = dto.firstTime();
            report.highlights.add(highlight);
        }
    }
}
