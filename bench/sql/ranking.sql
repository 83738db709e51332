SELECT version, changed_at FROM data_version;
SELECT u.city_id, u.owner, u.platform, u.value, u.qualifier, u.baseline, u.reported FROM rollup u WHERE u.metric = 'press_releases' AND u.level = 'TOTAL' AND u.year = 2023;
