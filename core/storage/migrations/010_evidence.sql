-- Schema version 10: documents kept as evidence (issue 14, item 4), stored in
-- the database itself so that a backup or a copy carries them with the ledger.
-- Generic on purpose: a document belongs to an owner (owner_kind + owner_key:
-- an internship's internship_no today; a student's student_no for issue 13's
-- pre-internship checklist later), serves a purpose (`timesheet`: the signed
-- monthly attendance sheet, 出勤簿) and, where the purpose has one, a period
-- (`YYYY-MM` for a timesheet; '' when none, so that UNIQUE holds).
-- Documents are history, like the ledger: never changed, never deleted. A
-- replacement is a new version (version + 1, `replaces` names the one before);
-- the highest version is the one in force, the older ones stay for the auditor.
-- owner_kind, purpose and media_type are checked by the program rather than by
-- CHECK lists, so that a new purpose needs no migration.
-- Independent of the other migrations: it touches only what it creates.

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    owner_kind  TEXT NOT NULL CHECK (length(owner_kind) BETWEEN 1 AND 32),
    owner_key   TEXT NOT NULL CHECK (length(owner_key) BETWEEN 1 AND 64),
    purpose     TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 32),
    period      TEXT NOT NULL DEFAULT '' CHECK (period = '' OR (length(period) = 7 AND substr(period, 5, 1) = '-')),
    version     INTEGER NOT NULL CHECK (version >= 1),
    filename    TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    media_type  TEXT NOT NULL CHECK (length(media_type) BETWEEN 1 AND 64),
    size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
    content     BLOB NOT NULL CHECK (length(content) = size_bytes),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    replaces    INTEGER REFERENCES documents (id),
    CHECK ((version = 1) = (replaces IS NULL)),
    UNIQUE (owner_kind, owner_key, purpose, period, version)
) STRICT;
CREATE INDEX documents_period ON documents (purpose, period);

CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN
    SELECT RAISE(ABORT, 'documents are evidence: they cannot be changed (attach a new version)');
END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN
    SELECT RAISE(ABORT, 'documents are evidence: they cannot be deleted');
END;
