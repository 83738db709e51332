-- Append-only change log: every create, replace, delete and restore of a city, report or metric,
-- written in the same transaction as the change, with the whole representation before and after.
CREATE TABLE history (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity        text        NOT NULL CHECK (entity IN ('CITY', 'REPORT', 'METRIC')),
    entity_key    text        NOT NULL CHECK (length(entity_key) BETWEEN 1 AND 200),
    -- 1, 2, 3 ... per entity and key, across deletes and re-creates
    version       integer     NOT NULL CHECK (version > 0),
    action        text        NOT NULL CHECK (action IN ('CREATE', 'REPLACE', 'DELETE', 'RESTORE')),
    actor         text        NOT NULL CHECK (length(actor) BETWEEN 1 AND 300),
    at            timestamptz NOT NULL,
    before        jsonb,
    after         jsonb,
    restored_from integer,
    CONSTRAINT history_version_unique UNIQUE (entity, entity_key, version),
    CONSTRAINT history_has_state CHECK (before IS NOT NULL OR after IS NOT NULL),
    CONSTRAINT history_delete_has_no_after CHECK ((action = 'DELETE') = (after IS NULL)),
    CONSTRAINT history_restore_names_source CHECK ((action = 'RESTORE') = (restored_from IS NOT NULL))
);
-- the change log across everything, newest first, by actor or by time
CREATE INDEX history_at_idx ON history (at DESC, id DESC);
CREATE INDEX history_actor_idx ON history (actor, at DESC);

-- Nobody changes the past: not the service, not a stray SQL session.
CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'history is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history
    FOR EACH ROW EXECUTE FUNCTION history_is_append_only();
CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history
    FOR EACH STATEMENT EXECUTE FUNCTION history_is_append_only();
