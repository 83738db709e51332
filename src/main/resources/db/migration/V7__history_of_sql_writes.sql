-- Changes made in SQL outside the service get their history entry too (actor `sql:<role>`, the table row as before
-- and after), so that the audit log and the change stream miss nothing. The service writes its own entries, with the
-- API's representations, and its connections say so (quarkus.datasource.jdbc.new-connection-sql); any other session
-- may say so too (SET press_stats.writer = 'service') when it writes history itself. TRUNCATE is not recorded.

CREATE FUNCTION written_by_service() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('press_stats.writer', true), '') = 'service'
$$;

CREATE FUNCTION record_sql_change(p_entity text, p_key text, p_action text, p_before jsonb, p_after jsonb)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO history (entity, entity_key, version, action, actor, at, before, after)
    SELECT p_entity, p_key, coalesce(max(version), 0) + 1, p_action, left('sql:' || session_user, 300), clock_timestamp(),
           p_before, p_after
    FROM history WHERE entity = p_entity AND entity_key = p_key
$$;

CREATE FUNCTION city_changed_in_sql() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF written_by_service() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM record_sql_change('CITY', n.slug, 'CREATE', NULL, to_jsonb(n)) FROM new_rows n;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM record_sql_change('CITY', n.slug, 'REPLACE', to_jsonb(o), to_jsonb(n))
        FROM old_rows o JOIN new_rows n USING (id) WHERE to_jsonb(o) IS DISTINCT FROM to_jsonb(n);
    ELSE
        PERFORM record_sql_change('CITY', o.slug, 'DELETE', to_jsonb(o), NULL) FROM old_rows o;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION metric_changed_in_sql() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF written_by_service() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM record_sql_change('METRIC', n.code, 'CREATE', NULL, to_jsonb(n)) FROM new_rows n;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM record_sql_change('METRIC', n.code, 'REPLACE', to_jsonb(o), to_jsonb(n))
        FROM old_rows o JOIN new_rows n USING (id) WHERE to_jsonb(o) IS DISTINCT FROM to_jsonb(n);
    ELSE
        PERFORM record_sql_change('METRIC', o.code, 'DELETE', to_jsonb(o), NULL) FROM old_rows o;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION report_changed_in_sql() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF written_by_service() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM record_sql_change('REPORT', c.slug || '/' || n.year, 'CREATE', NULL, to_jsonb(n))
        FROM new_rows n JOIN city c ON c.id = n.city_id;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM record_sql_change('REPORT', c.slug || '/' || n.year, 'REPLACE', to_jsonb(o), to_jsonb(n))
        FROM old_rows o JOIN new_rows n USING (id) JOIN city c ON c.id = n.city_id
        WHERE to_jsonb(o) IS DISTINCT FROM to_jsonb(n);
    ELSE
        PERFORM record_sql_change('REPORT', c.slug || '/' || o.year, 'DELETE', to_jsonb(o), NULL)
        FROM old_rows o JOIN city c ON c.id = o.city_id;
    END IF;
    RETURN NULL;
END
$$;

-- Figures and highlights are parts of a report: a change of them is one REPLACE of each report still there
CREATE FUNCTION report_part_changed_in_sql() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF written_by_service() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM record_sql_change('REPORT', c.slug || '/' || r.year, 'REPLACE', NULL, to_jsonb(r))
        FROM report r JOIN city c ON c.id = r.city_id WHERE r.id IN (SELECT report_id FROM new_rows);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM record_sql_change('REPORT', c.slug || '/' || r.year, 'REPLACE', NULL, to_jsonb(r))
        FROM report r JOIN city c ON c.id = r.city_id
        WHERE r.id IN (SELECT report_id FROM new_rows UNION SELECT report_id FROM old_rows);
    ELSE
        PERFORM record_sql_change('REPORT', c.slug || '/' || r.year, 'REPLACE', NULL, to_jsonb(r))
        FROM report r JOIN city c ON c.id = r.city_id WHERE r.id IN (SELECT report_id FROM old_rows);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER city_sql_insert AFTER INSERT ON city REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION city_changed_in_sql();
CREATE TRIGGER city_sql_update AFTER UPDATE ON city REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION city_changed_in_sql();
CREATE TRIGGER city_sql_delete AFTER DELETE ON city REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION city_changed_in_sql();

CREATE TRIGGER metric_sql_insert AFTER INSERT ON metric REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metric_changed_in_sql();
CREATE TRIGGER metric_sql_update AFTER UPDATE ON metric REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metric_changed_in_sql();
CREATE TRIGGER metric_sql_delete AFTER DELETE ON metric REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metric_changed_in_sql();

CREATE TRIGGER report_sql_insert AFTER INSERT ON report REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_changed_in_sql();
CREATE TRIGGER report_sql_update AFTER UPDATE ON report REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_changed_in_sql();
CREATE TRIGGER report_sql_delete AFTER DELETE ON report REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_changed_in_sql();

CREATE TRIGGER figure_sql_insert AFTER INSERT ON figure REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_part_changed_in_sql();
CREATE TRIGGER figure_sql_update AFTER UPDATE ON figure REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_part_changed_in_sql();
CREATE TRIGGER figure_sql_delete AFTER DELETE ON figure REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_part_changed_in_sql();

CREATE TRIGGER highlight_sql_insert AFTER INSERT ON highlight REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_part_changed_in_sql();
CREATE TRIGGER highlight_sql_update AFTER UPDATE ON highlight REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_part_changed_in_sql();
CREATE TRIGGER highlight_sql_delete AFTER DELETE ON highlight REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_part_changed_in_sql();
