package org.pressstats.metric;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pressstats.audit.Action;
import org.pressstats.audit.EntityType;
import org.pressstats.audit.History;
import org.pressstats.common.ETags;
import org.pressstats.common.Page;
import org.pressstats.common.PageRequest;
import org.pressstats.common.ProblemException;
import org.pressstats.common.Timestamps;

import io.quarkus.hibernate.orm.panache.Panache;

@ApplicationScoped
public class MetricService {

    public static final Map<String, String> SORTABLE = Map.of("code", "code", "kind", "kind", "nameEn", "nameEn",
            "updatedAt", "updatedAt");

    public record Written(MetricDto metric, boolean created) {
    }

    @Inject
    History history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MetricDto> list(MetricKind kind, PageRequest page) {
        String where = kind == null ? "1 = 1" : "kind = ?1";
        Object[] params = kind == null ? new Object[0] : new Object[] { kind };
        long total = Metric.count(where, params);
        List<Metric> metrics = Metric.<Metric>find(where + " order by " + page.orderBy(), params)
                .range(page.offset(), page.offset() + page.size() - 1).list();
        return Page.of(metrics.stream().map(MetricDto::of).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MetricDto> find(String code) {
        return Metric.<Metric>find("code", code).firstResultOptional().map(MetricDto::of);
    }

    /** The whole catalog, in the order metrics were added. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MetricDto> all() {
        return Metric.<Metric>list("order by id").stream().map(MetricDto::of).toList();
    }

    /** Kinds of the given codes that exist in the catalog. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, MetricKind> kindsOf(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return Metric.<Metric>list("code in ?1", codes).stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.code, m -> m.kind));
    }

    @Transactional
    public MetricDto create(MetricDto input) {
        if (input.code() == null) {
            throw ProblemException.badRequest("code", "must not be null");
        }
        if (Metric.count("code", input.code()) > 0) {
            throw ProblemException.conflict("metric '" + input.code() + "' exists; PUT /api/v1/metrics/"
                    + input.code() + " replaces it");
        }
        Metric metric = new Metric();
        metric.code = input.code();
        metric.createdAt = Timestamps.now();
        apply(input, metric);
        metric.persist();
        metric.flush();
        MetricDto created = MetricDto.of(metric);
        history.record(EntityType.METRIC, created.code(), Action.CREATE, null, created, null);
        return created;
    }

    @Transactional
    public Written put(String code, MetricDto input, String ifMatch, String ifNoneMatch) {
        if (input.code() != null && !input.code().equals(code)) {
            throw ProblemException.badRequest("code", "'" + input.code() + "' does not match the path ('" + code + "')");
        }
        Optional<Metric> existing = Metric.<Metric>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        ETags.checkWrite(ifMatch, ifNoneMatch, existing.map(m -> ETags.of(m.version, m.createdAt)).orElse(null));
        if (existing.isEmpty()) {
            return new Written(create(new MetricDto(code, input.nameRu(), input.nameEn(), input.unit(), input.kind(),
                    input.description(), input.keywords(), input.levels(), null, null, null)), true);
        }
        Metric metric = existing.get();
        if (metric.kind != input.kind()) {
            long uses = uses(code);
            if (uses > 0) {
                throw ProblemException.conflict("metric '" + code + "' is used by " + uses
                        + " figure(s); its kind cannot change from " + metric.kind + " to " + input.kind());
            }
        }
        if (input.sameContentAs(metric)) {
            return new Written(MetricDto.of(metric), false);
        }
        MetricDto before = MetricDto.of(metric);
        apply(input, metric);
        metric.flush();
        MetricDto after = MetricDto.of(metric);
        history.record(EntityType.METRIC, code, Action.REPLACE, before, after, null);
        return new Written(after, false);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Metric metric = Metric.<Metric>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("no metric with code '" + code + "'"));
        ETags.checkIfMatch(ifMatch, ETags.of(metric.version, metric.createdAt));
        long uses = uses(code);
        if (uses > 0) {
            throw ProblemException.conflict("metric '" + code + "' is used by " + uses + " figure(s); it cannot be deleted");
        }
        history.record(EntityType.METRIC, code, Action.DELETE, MetricDto.of(metric), null, null);
        metric.delete();
    }

    private static long uses(String code) {
        return Panache.getEntityManager()
                .createQuery("select count(f) from Figure f where f.metric = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    private static void apply(MetricDto input, Metric metric) {
        metric.nameRu = input.nameRu();
        metric.nameEn = input.nameEn();
        metric.unit = input.unit();
        metric.kind = input.kind();
        metric.description = input.description();
        metric.keywords = input.keywordList().toArray(String[]::new);
        metric.levels = input.levelList().stream().map(Enum::name).toArray(String[]::new);
        metric.updatedAt = Timestamps.now();
    }

}
