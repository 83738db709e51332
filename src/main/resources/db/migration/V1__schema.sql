-- press-stats schema: cities, the metric catalog, city-year reports with their figures and highlights.
-- Constraints repeat the service's rules so that the data stays sound even if the service has a bug.

CREATE TABLE city (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug             varchar(63)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9-]{1,62}$'),
    name             varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    -- lower-cased name for case-insensitive search, computed by the service (independent of DB locale)
    name_key         varchar(200) NOT NULL,
    region           varchar(200),
    federal_district varchar(20)  CHECK (federal_district IN ('CENTRAL', 'NORTHWESTERN', 'SOUTHERN',
                         'NORTH_CAUCASIAN', 'VOLGA', 'URAL', 'SIBERIAN', 'FAR_EASTERN')),
    population       bigint       CHECK (population > 0),
    website          varchar(2048),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX city_name_key_idx ON city (name_key);
CREATE INDEX city_district_idx ON city (federal_district);

CREATE TABLE metric (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        varchar(63)  NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{1,62}$'),
    name_ru     varchar(200) NOT NULL CHECK (btrim(name_ru) <> ''),
    name_en     varchar(200) NOT NULL CHECK (btrim(name_en) <> ''),
    unit        varchar(50)  NOT NULL CHECK (btrim(unit) <> ''),
    kind        varchar(10)  NOT NULL CHECK (kind IN ('FLOW', 'STOCK', 'GROWTH')),
    description varchar(2000),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);

CREATE TABLE report (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    city_id    bigint      NOT NULL REFERENCES city (id) ON DELETE RESTRICT,
    year       integer     NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    summary    text        CHECK (char_length(summary) <= 20000),
    plans      text        CHECK (char_length(plans) <= 20000),
    source     varchar(2000),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    UNIQUE (city_id, year)
);
CREATE INDEX report_year_idx ON report (year);

-- figures and highlights take ids from pooled sequences so that the ORM can batch their inserts
CREATE SEQUENCE figure_id_seq INCREMENT BY 50;
CREATE TABLE figure (
    id        bigint       PRIMARY KEY DEFAULT nextval('figure_id_seq'),
    report_id bigint       NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position  integer      NOT NULL CHECK (position >= 0),
    metric    varchar(63)  NOT NULL REFERENCES metric (code) ON UPDATE RESTRICT ON DELETE RESTRICT,
    owner     varchar(20)  CHECK (owner IN ('ADMINISTRATION', 'MAYOR', 'DEPARTMENTS', 'OTHER')),
    platform  varchar(20)  CHECK (platform IN ('TELEGRAM', 'VK', 'OK', 'VIBER', 'MAX', 'RUTUBE', 'DZEN',
                  'YOUTUBE', 'WEBSITE', 'OTHER')),
    value     bigint       NOT NULL CHECK (value BETWEEN 0 AND 10000000000000),
    qualifier varchar(12)  NOT NULL DEFAULT 'EXACT' CHECK (qualifier IN ('EXACT', 'AT_LEAST', 'APPROXIMATE')),
    baseline  varchar(10)  CHECK (baseline ~ '^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$'),
    note      varchar(2000),
    -- one figure per metric and level within a report; NULL owner/platform are a level too
    CONSTRAINT figure_level_unique UNIQUE NULLS NOT DISTINCT (report_id, metric, owner, platform),
    UNIQUE (report_id, position)
);
ALTER SEQUENCE figure_id_seq OWNED BY figure.id;
CREATE INDEX figure_metric_idx ON figure (metric);

CREATE SEQUENCE highlight_id_seq INCREMENT BY 50;
CREATE TABLE highlight (
    id         bigint        PRIMARY KEY DEFAULT nextval('highlight_id_seq'),
    report_id  bigint        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position   integer       NOT NULL CHECK (position >= 0),
    kind       varchar(20)   NOT NULL CHECK (kind IN ('EVENT_COVERED', 'SPECIAL_PROJECT', 'PUBLICATION', 'MILESTONE')),
    title      varchar(500)  NOT NULL CHECK (btrim(title) <> ''),
    details    varchar(5000),
    quantity   bigint        CHECK (quantity >= 0),
    unit       varchar(50),
    first_time boolean       NOT NULL DEFAULT false,
    CHECK (unit IS NULL OR quantity IS NOT NULL),
    UNIQUE (report_id, position)
);
ALTER SEQUENCE highlight_id_seq OWNED BY highlight.id;
