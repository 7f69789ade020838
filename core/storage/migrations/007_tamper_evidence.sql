-- Schema version 7: nothing forged (issue 10).
-- 1. INSERT OR REPLACE (and REPLACE, and INSERT … ON CONFLICT REPLACE) deletes the
--    conflicting row without running the DELETE triggers, so the append-only
--    tables also refuse an insert that would collide with a row they hold.
-- 2. The audit trail is hash-chained like the ledger: every audit row gets a seal
--    in audit_chain, made in the same statement by a trigger that calls the
--    program's kk_audit_hash() (see core/storage/audit_chain.cpp and the README).
--    A client without that function (the sqlite3 shell) cannot add audit rows at
--    all; a row added after dropping the trigger has no seal, which `check` names.
-- 3. Ledger entries record who posted them.

CREATE TRIGGER ledger_no_replace BEFORE INSERT ON ledger_entries
WHEN EXISTS (SELECT 1 FROM ledger_entries WHERE entry_no = NEW.entry_no)
  OR EXISTS (SELECT 1 FROM ledger_entries WHERE hash = NEW.hash)
  OR (NEW.reverses IS NOT NULL AND EXISTS (SELECT 1 FROM ledger_entries WHERE reverses = NEW.reverses))
BEGIN
    SELECT RAISE(ABORT, 'the subsidy ledger is append-only: an entry cannot be replaced');
END;

ALTER TABLE ledger_entries ADD COLUMN posted_by TEXT;

-- An explicit id is refused unless it comes after every row (NEW.id is -1 when
-- SQLite assigns it): no replacing, no inserting into the past.
CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id <> -1 AND NEW.id <= (SELECT coalesce(max(id), 0) FROM audit_log)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: a row cannot be replaced or inserted before others');
END;

CREATE TABLE audit_chain (
    id        INTEGER PRIMARY KEY REFERENCES audit_log (id),
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash      TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;

CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_chain_no_replace BEFORE INSERT ON audit_chain
WHEN EXISTS (SELECT 1 FROM audit_chain WHERE id = NEW.id) OR EXISTS (SELECT 1 FROM audit_chain WHERE hash = NEW.hash)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: a seal cannot be replaced');
END;

-- The rows written before this version, sealed in order.
WITH RECURSIVE c (id, prev_hash, hash) AS (
    SELECT 0, '', '0000000000000000000000000000000000000000000000000000000000000000'
    UNION ALL
    SELECT a.id, c.hash, kk_audit_hash(c.hash, a.id, a.at, a.user, a.action, a.kind, a.key, a.field, a.old, a.new)
    FROM c JOIN audit_log a ON a.id = (SELECT min(id) FROM audit_log WHERE id > c.id)
)
INSERT INTO audit_chain (id, prev_hash, hash) SELECT id, prev_hash, hash FROM c WHERE id > 0;

CREATE TRIGGER audit_seal AFTER INSERT ON audit_log
BEGIN
    INSERT INTO audit_chain (id, prev_hash, hash)
    SELECT NEW.id, p.h, kk_audit_hash(p.h, NEW.id, NEW.at, NEW.user, NEW.action, NEW.kind, NEW.key, NEW.field, NEW.old, NEW.new)
    FROM (SELECT coalesce((SELECT hash FROM audit_chain ORDER BY id DESC LIMIT 1),
                          '0000000000000000000000000000000000000000000000000000000000000000') AS h) AS p;
END;

-- What the users table holds now, as the first record of each user for `check`
-- to compare with (role, disabled, and a fingerprint of the password hash).
INSERT INTO audit_log (at, user, action, kind, key, field, new)
SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'kakehashi', 'user_baseline', 'user', name, 'role', role FROM users ORDER BY name;
INSERT INTO audit_log (at, user, action, kind, key, field, new)
SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'kakehashi', 'user_baseline', 'user', name, 'disabled',
       CASE disabled WHEN 1 THEN 'true' ELSE 'false' END FROM users ORDER BY name;
INSERT INTO audit_log (at, user, action, kind, key, field, new)
SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'kakehashi', 'user_baseline', 'user', name, 'password_hash',
       kk_sha256(password_hash) FROM users ORDER BY name;
