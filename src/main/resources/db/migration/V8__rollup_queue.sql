-- Reports whose figures were written without their roll-up (data loaded in SQL), for the roll-up built at start:
-- a queue kept by the database, so that a start reads the few queued ids instead of probing the roll-up of every
-- report (140 ms at 25 000 reports, growing with them). A statement that inserts figures queues their reports; one
-- that inserts roll-up rows takes theirs out, so the service's writes (figures, then the roll-up, in one
-- transaction) leave nothing queued.
CREATE TABLE rollup_pending (
    report_id bigint PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE
);

CREATE FUNCTION queue_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO rollup_pending (report_id) SELECT DISTINCT report_id FROM new_rows ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE FUNCTION unqueue_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM rollup_pending p WHERE p.report_id IN (SELECT report_id FROM new_rows);
    RETURN NULL;
END
$$;

CREATE TRIGGER figure_queues_rollup AFTER INSERT ON figure REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION queue_rollup();
CREATE TRIGGER rollup_unqueues AFTER INSERT ON rollup REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION unqueue_rollup();

-- What a start found by that probe until now
INSERT INTO rollup_pending (report_id)
SELECT r.id FROM report r
WHERE EXISTS (SELECT 1 FROM figure f WHERE f.report_id = r.id) AND NOT EXISTS (SELECT 1 FROM rollup u WHERE u.report_id = r.id);
