SELECT version, changed_at FROM data_version;
SELECT u.city_id, u.owner, u.platform, u.value, u.qualifier, u.baseline, u.reported FROM rollup u WHERE u.metric = 'subscribers' AND u.level = 'TOTAL' AND u.year = 2023;
SELECT count(*) FROM report r WHERE r.year = 2023;
