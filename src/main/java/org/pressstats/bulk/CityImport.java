package org.pressstats.bulk;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.pressstats.city.CityDto;
import org.pressstats.city.CityService;
import org.pressstats.city.FederalDistrict;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Imports cities (CSV, XLSX: «slug,name,region,federalDistrict,population,website»; NDJSON: city documents), each as
 * its PUT would write it, all in one transaction. A report import never creates a city: import the cities first.
 */
@ApplicationScoped
public class CityImport {

    static final List<String> NAMES = List.of("slug", "name", "region", "federalDistrict", "population", "website");

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    CityService cities;

    @Inject
    TransactionManager transactions;

    @Inject
    EntityManager entities;

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "press-stats.import.transaction-timeout")
    public ImportResult cities(BulkFormat format, InputStream in, boolean dryRun) {
        ImportErrors errors = new ImportErrors();
        int[] counts = new int[3];
        long rows;
        if (format == BulkFormat.NDJSON) {
            rows = Lines.read(in, json, CityDto.class, (line, city) -> put(line, city, errors, counts), errors);
        } else {
            rows = table(format, in, errors, counts);
        }
        if (errors.any()) {
            throw errors.problem(false);
        }
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ImportResult(format, dryRun, rows, null, null, new ImportResult.Changes(counts[0], counts[1], counts[2]));
    }

    private long table(BulkFormat format, InputStream in, ImportErrors errors, int[] counts) {
        Columns columns = new Columns(NAMES, Set.of("slug", "name"));
        return Tables.rows(format, in, columns, errors, (line, cells) -> {
            CityDto city = read(columns, line, cells, errors);
            if (city != null) {
                put(line, city, errors, counts);
            }
        });
    }

    private static CityDto read(Columns columns, int line, List<String> cells, ImportErrors errors) {
        if (!columns.fits(line, cells, errors)) {
            return null;
        }
        int before = errors.count();
        String slug = columns.required(line, cells, "slug", errors);
        String name = columns.required(line, cells, "name", errors) == null ? null : columns.raw(cells, "name");
        FederalDistrict district = columns.constant(line, "federalDistrict", columns.cell(cells, "federalDistrict"),
                FederalDistrict.class, errors);
        Long population = columns.number(line, "population", columns.cell(cells, "population"), errors);
        if (errors.count() > before) {
            return null;
        }
        return new CityDto(slug, name, columns.raw(cells, "region"), district, population, columns.cell(cells, "website"),
                null, null, null);
    }

    /** One city as its PUT: the same checks, the same history; unchanged cities stay as they are. */
    private void put(int line, CityDto city, ImportErrors errors, int[] counts) {
        int before = errors.count();
        for (ConstraintViolation<CityDto> v : validator.validate(city)) {
            errors.add(line, v.getPropertyPath().toString(), String.valueOf(v.getInvalidValue()), v.getMessage());
        }
        if (city.slug() == null) {
            errors.add(line, "slug", null, "is required in each line");
        }
        if (errors.count() > before || errors.any()) {
            return;
        }
        CityService.Written written = cities.put(city.slug(), city, null, null);
        counts[written.created() ? 0 : written.changed() ? 1 : 2]++;
        // every query flushes the session first, which checks each city it holds: kept, they make the import quadratic
        entities.flush();
        entities.clear();
    }
}
