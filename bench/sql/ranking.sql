SELECT version, changed_at FROM data_version;
SELECT code, name_ru, name_en, unit, kind FROM metric WHERE code = 'press_releases';
SELECT c.slug, c.name, c.population, c.federal_district, u.year, u.owner, u.platform, u.value, u.qualifier, u.baseline, u.reported FROM rollup u JOIN city c ON c.id = u.city_id WHERE u.metric = 'press_releases' AND u.level = 'TOTAL' AND u.year = ANY ('{2023}'::int[]) ORDER BY c.slug, u.year;
