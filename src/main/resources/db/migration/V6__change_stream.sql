-- The change stream (GET /api/v1/changes) reads history in id order and is woken by NOTIFY.

-- Ids follow commit order: every write holds the data_version row until it commits, so an id taken under that
-- lock is larger than every id already committed and smaller than every id committed later. A reader that has
-- seen id N can never later find a smaller id that was not yet visible. (The identity default drawn before this
-- trigger runs is discarded; ids have gaps, as they always could.)
CREATE FUNCTION history_id_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM data_version FOR UPDATE;
    NEW.id := nextval(pg_get_serial_sequence('history', 'id'));
    RETURN NEW;
END
$$;
CREATE TRIGGER history_commit_order BEFORE INSERT ON history
    FOR EACH ROW EXECUTE FUNCTION history_id_in_commit_order();

-- One wake-up per writing transaction, delivered by PostgreSQL at its commit to every listening replica;
-- the payload is empty because listeners read what changed from history itself.
CREATE FUNCTION history_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('press_stats_changes', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER history_changes AFTER INSERT ON history
    FOR EACH STATEMENT EXECUTE FUNCTION history_notify();
