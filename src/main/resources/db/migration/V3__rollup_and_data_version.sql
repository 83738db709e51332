-- Figures rolled up to every level (see RollUp), maintained by the service in the same transaction as
-- each report write, so that aggregates read one row per city instead of re-deriving levels per query.
CREATE TABLE rollup (
    report_id bigint      NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    city_id   bigint      NOT NULL REFERENCES city (id),
    year      integer     NOT NULL,
    metric    varchar(63) NOT NULL REFERENCES metric (code),
    level     varchar(16) NOT NULL CHECK (level IN ('TOTAL', 'OWNER', 'PLATFORM', 'ACCOUNT')),
    owner     varchar(20),
    platform  varchar(20),
    -- NULL when growth figures with different baselines would have to be added
    value     bigint      CHECK (value >= 0),
    qualifier varchar(12) NOT NULL CHECK (qualifier IN ('EXACT', 'AT_LEAST', 'APPROXIMATE')),
    baseline  varchar(10),
    reported  boolean     NOT NULL,
    CONSTRAINT rollup_level_unique UNIQUE NULLS NOT DISTINCT (report_id, metric, level, owner, platform)
);
-- covers the stats queries entirely, so they can be answered from the index (index-only scans)
CREATE INDEX rollup_query_idx ON rollup (metric, level, year) INCLUDE (city_id, owner, platform, value, qualifier, baseline, reported);
-- reports filed per year without visiting the table
CREATE INDEX report_year_city_idx ON report (year, city_id);

-- One row that every write bumps in its own transaction: the validator behind the stats ETags.
-- Statement-level triggers catch every write, from the service or from SQL.
CREATE TABLE data_version (
    id         boolean     PRIMARY KEY DEFAULT true CHECK (id),
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (true, 1, clock_timestamp());

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1, changed_at = clock_timestamp();
    RETURN NULL;
END
$$;

CREATE TRIGGER city_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON city
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER metric_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON metric
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER report_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER figure_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON figure
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER rollup_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rollup
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
