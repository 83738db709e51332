package org.pressstats.city;

import java.util.HashMap;
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
import org.pressstats.common.SearchKey;
import org.pressstats.common.Timestamps;

import io.quarkus.hibernate.orm.panache.Panache;

@ApplicationScoped
public class CityService {

    public static final Map<String, String> SORTABLE = Map.of(
            "slug", "slug", "name", "nameKey", "region", "region", "population", "population",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    /** A write's outcome: the city as stored and whether the write created it. */
    public record Written(CityDto city, boolean created, boolean changed) {
    }

    @Inject
    History history;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CityDto> list(String q, FederalDistrict district, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.append(" and (nameKey like :q escape '\\' or slug like :q escape '\\')");
            params.put("q", SearchKey.containing(q));
        }
        if (district != null) {
            where.append(" and federalDistrict = :district");
            params.put("district", district);
        }
        long total = City.count(where.toString(), params);
        List<City> cities = City.<City>find(where + " order by " + page.orderBy(), params)
                .range(page.offset(), page.offset() + page.size() - 1).list();
        return Page.of(cities.stream().map(CityDto::of).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CityDto> find(String slug) {
        return City.<City>find("slug", slug).firstResultOptional().map(CityDto::of);
    }

    /** The city of this name, in any case and with ё or е. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CityDto> findByName(String name) {
        return City.<City>find("nameKey", SearchKey.of(name)).firstResultOptional().map(CityDto::of);
    }

    /** The cities whose name starts so, in any case and with ё or е (the candidates for a name read in another case). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CityDto> findByNameStart(String start) {
        return City.<City>find("nameKey like ?1 escape '\\' order by slug", SearchKey.startingWith(start)).range(0, 99).list().stream()
                .map(CityDto::of).toList();
    }

    /** The entity, for other features that attach to a city; 404 when there is none. */
    public City require(String slug) {
        return City.<City>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("no city with slug '" + slug + "'"));
    }

    @Transactional
    public CityDto create(CityDto input) {
        if (input.slug() == null) {
            throw ProblemException.badRequest("slug", "must not be null");
        }
        if (City.count("slug", input.slug()) > 0) {
            throw ProblemException.conflict("a city with slug '" + input.slug() + "' exists; PUT /api/v1/cities/"
                    + input.slug() + " replaces it");
        }
        City city = new City();
        city.slug = input.slug();
        city.createdAt = Timestamps.now();
        apply(input, city);
        city.persist();
        city.flush();
        CityDto created = CityDto.of(city);
        history.record(EntityType.CITY, created.slug(), Action.CREATE, null, created, null);
        return created;
    }

    @Transactional
    public Written put(String slug, CityDto input, String ifMatch, String ifNoneMatch) {
        if (input.slug() != null && !input.slug().equals(slug)) {
            throw ProblemException.badRequest("slug", "'" + input.slug() + "' does not match the path ('" + slug + "')");
        }
        Optional<City> existing = City.<City>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        ETags.checkWrite(ifMatch, ifNoneMatch, existing.map(c -> ETags.of(c.version, c.createdAt)).orElse(null));
        if (existing.isEmpty()) {
            return new Written(create(new CityDto(slug, input.name(), input.region(), input.federalDistrict(),
                    input.population(), input.website(), null, null, null)), true, true);
        }
        City city = existing.get();
        if (input.sameContentAs(city)) {
            return new Written(CityDto.of(city), false, false);
        }
        CityDto before = CityDto.of(city);
        apply(input, city);
        city.flush();
        CityDto after = CityDto.of(city);
        history.record(EntityType.CITY, slug, Action.REPLACE, before, after, null);
        return new Written(after, false, true);
    }

    @Transactional
    public void delete(String slug, String ifMatch) {
        City city = City.<City>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("no city with slug '" + slug + "'"));
        ETags.checkIfMatch(ifMatch, ETags.of(city.version, city.createdAt));
        long reports = Panache.getEntityManager()
                .createQuery("select count(r) from Report r where r.city = :city", Long.class)
                .setParameter("city", city).getSingleResult();
        if (reports > 0) {
            throw ProblemException.conflict("city '" + slug + "' has " + reports + " report(s); delete them first");
        }
        history.record(EntityType.CITY, slug, Action.DELETE, CityDto.of(city), null, null);
        city.delete();
    }

    private static void apply(CityDto input, City city) {
        city.name = input.name();
        city.nameKey = SearchKey.of(input.name());
        city.region = input.region();
        city.federalDistrict = input.federalDistrict();
        city.population = input.population();
        city.website = input.website();
        city.updatedAt = Timestamps.now();
    }

}
