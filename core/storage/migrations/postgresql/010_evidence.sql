-- Schema version 10 on PostgreSQL: documents kept as evidence (issue 14, item 4).
-- The same table as ../010_evidence.sql (SQLite); read the comments there.
-- Ids from an identity column (the program reads a new id with RETURNING id);
-- dates and timestamps as ISO text, as on SQLite; the content as BYTEA.
-- Documents are history: UPDATE and DELETE are refused for every role, the
-- owner included, by the triggers below (a privilege alone would not stop the
-- owner). Privileges for the group roles are granted where the backend grants
-- the others': staff and administrators SELECT and INSERT, auditors SELECT.

CREATE TABLE documents (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_kind  TEXT NOT NULL CHECK (length(owner_kind) BETWEEN 1 AND 32),
    owner_key   TEXT NOT NULL CHECK (length(owner_key) BETWEEN 1 AND 64),
    purpose     TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 32),
    period      TEXT NOT NULL DEFAULT '' CHECK (period = '' OR (length(period) = 7 AND substr(period, 5, 1) = '-')),
    version     INTEGER NOT NULL CHECK (version >= 1),
    filename    TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    media_type  TEXT NOT NULL CHECK (length(media_type) BETWEEN 1 AND 64),
    size_bytes  BIGINT NOT NULL CHECK (size_bytes > 0),
    content     BYTEA NOT NULL CHECK (octet_length(content) = size_bytes),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    replaces    BIGINT REFERENCES documents (id),
    CHECK ((version = 1) = (replaces IS NULL)),
    UNIQUE (owner_kind, owner_key, purpose, period, version)
);
CREATE INDEX documents_period ON documents (purpose, period);

CREATE FUNCTION documents_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'documents are evidence: they cannot be deleted';
    END IF;
    RAISE EXCEPTION 'documents are evidence: they cannot be changed (attach a new version)';
END;
$$;

CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_append_only();
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_append_only();
-- TRUNCATE bypasses row triggers: refuse it too.
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION documents_append_only();
