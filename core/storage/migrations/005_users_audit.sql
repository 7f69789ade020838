-- Schema version 5: users with roles, and the audit trail (FORMATS.md §4).
-- A database without users is single-user. The audit trail, like the ledger,
-- cannot be changed through the program or through SQL.

CREATE TABLE users (
    name          TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
    role          TEXT NOT NULL CHECK (role = 'staff' OR role = 'administrator' OR role = 'auditor'),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled BETWEEN 0 AND 1),
    created_at    TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    user   TEXT NOT NULL,
    action TEXT NOT NULL,
    kind   TEXT NOT NULL DEFAULT '',
    key    TEXT NOT NULL DEFAULT '',
    field  TEXT NOT NULL DEFAULT '',
    old    TEXT,
    new    TEXT
) STRICT;
CREATE INDEX audit_at ON audit_log (at);
CREATE INDEX audit_user ON audit_log (user, at);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
