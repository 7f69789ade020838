-- Schema version 12 on PostgreSQL: the audit trail sealed a statement at a
-- time (issue 11, speed), and the job-hunting clock of graduates on
-- 特定活動 (継続就職活動) (issue 13, item 4; see ../012_job_hunting.sql).
--
-- Until version 11 every audit row fired two row triggers: one took the
-- advisory lock and gave the row the next id, the other sealed it (a query
-- for the last seal, a hash, an INSERT of one seal) — about 200 µs a row, 47×
-- psql's \copy on an import of 100,000 students. Now:
--  * before an INSERT statement on audit_log, one trigger takes the same
--    advisory lock (one writer of the trail at a time, to the end of its
--    transaction) and sets the sequence of the ids to follow the last row;
--    the rows take their ids from it (column default), in the order the
--    statement inserts them;
--  * after the statement, one trigger sees every new row (REFERENCING NEW
--    TABLE), refuses them unless they follow the last sealed row with the
--    next ids and the session's user (copy-to, for the database's owner:
--    ascending ids and the source's users), and seals them in id order in one
--    pass: the same hash as core/storage/audit_chain.cpp and a file's trigger,
--    so the chain is byte-identical to the file's;
--  * since that trigger refuses a row that does not follow, or names another
--    user than the session's, staff and administrators may INSERT into
--    audit_log directly: an import appends its "create" rows with one
--    INSERT … SELECT from the records it stored. kakehashi_audit (one row, for
--    every role, auditors included) and kakehashi_audit_rows(json) (many rows)
--    write the session's user themselves.
-- The seal's foreign key to audit_log and the unique index of its hashes are
-- dropped: each checked or indexed every seal on its own (a query, a random
-- place in an index). The seals are written only by the trigger below, from
-- the rows just inserted; each hash covers its row's id, so two alike would
-- take a SHA-256 collision; `audit verify` recomputes the chain and reports any
-- seal without its row.

CREATE SEQUENCE audit_log_id_seq AS BIGINT OWNED BY audit_log.id;
ALTER TABLE audit_log ALTER COLUMN id SET DEFAULT nextval('audit_log_id_seq');

DROP TRIGGER audit_before ON audit_log;
DROP TRIGGER audit_seal ON audit_log;
DROP FUNCTION kk_audit_before();
DROP FUNCTION kk_audit_seal();
ALTER TABLE audit_chain DROP CONSTRAINT audit_chain_id_fkey;
ALTER TABLE audit_chain DROP CONSTRAINT audit_chain_hash_key;

CREATE FUNCTION kk_audit_begin() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('kakehashi-audit'));
    PERFORM setval('audit_log_id_seq', coalesce((SELECT max(id) FROM audit_log), 0) + 1, false);
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_begin BEFORE INSERT ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION kk_audit_begin();

-- The fields of a row as kk_audit_hash joins them (after the previous hash and
-- a newline).
CREATE FUNCTION kk_audit_text(id bigint, at text, who text, action text, kind text, key text, field text, old text,
                              new text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT id::text || E'\t' || coalesce(kk_escape(at), '') || E'\t' ||
        coalesce(kk_escape(who), '') || E'\t' || coalesce(kk_escape(action), '') || E'\t' ||
        coalesce(kk_escape(kind), '') || E'\t' || coalesce(kk_escape(key), '') || E'\t' ||
        coalesce(kk_escape(field), '') || E'\t' || coalesce(kk_escape(old), '') || E'\t' ||
        coalesce(kk_escape(new), '')
$$;

CREATE FUNCTION kk_audit_seal_statement() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    last_id bigint;
    p text;
    r record;
    n integer := 0;
    copying boolean := kk_copying();
    who text := session_user;
    ids bigint[];
    prevs text[];
    hashes text[];
BEGIN
    SELECT c.id, c.hash INTO last_id, p FROM audit_chain c ORDER BY c.id DESC LIMIT 1;
    last_id := coalesce(last_id, 0);
    p := coalesce(p, '0000000000000000000000000000000000000000000000000000000000000000');
    FOR r IN SELECT a.id, a."user", kk_audit_text(a.id, a.at, a."user", a.action, a.kind, a.key, a.field, a.old, a.new) AS t
             FROM new_rows a ORDER BY a.id LOOP
        n := n + 1;
        IF copying THEN
            IF r.id <= last_id THEN
                RAISE EXCEPTION 'the audit trail is append-only: a row cannot be replaced or inserted before others';
            END IF;
        ELSIF r.id <> last_id + 1 THEN
            RAISE EXCEPTION 'the audit trail is append-only: row % does not follow row %', r.id, last_id;
        ELSIF r."user" IS DISTINCT FROM who THEN
            RAISE EXCEPTION 'an audit row names its session''s user (%), not %', who, r."user";
        END IF;
        ids[n] := r.id;
        prevs[n] := p;
        p := encode(sha256(convert_to(p || E'\n' || r.t, 'UTF8')), 'hex');
        hashes[n] := p;
        last_id := r.id;
    END LOOP;
    INSERT INTO audit_chain (id, prev_hash, hash) SELECT * FROM unnest(ids, prevs, hashes);
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_seal AFTER INSERT ON audit_log REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kk_audit_seal_statement();

CREATE OR REPLACE FUNCTION kakehashi_audit(at text, who text, action text, kind text, key text, field text, old text,
                                          new text)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO audit_log (at, "user", action, kind, key, field, old, new)
    VALUES (at, session_user, action, coalesce(kind, ''), coalesce(key, ''), coalesce(field, ''), old, new);
$$;

-- Many rows in one statement: a JSON array of [at, action, kind, key, field,
-- old, new] arrays (null old or new as JSON null), appended in the array's order.
CREATE FUNCTION kakehashi_audit_rows(rows json)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO audit_log (at, "user", action, kind, key, field, old, new)
    SELECT e.r ->> 0, session_user, e.r ->> 1, coalesce(e.r ->> 2, ''), coalesce(e.r ->> 3, ''),
           coalesce(e.r ->> 4, ''), e.r ->> 5, e.r ->> 6
    FROM json_array_elements(rows) WITH ORDINALITY AS e(r, o) ORDER BY e.o;
$$;

-- Fired as triggers only.
REVOKE ALL ON FUNCTION kk_audit_begin(), kk_audit_seal_statement() FROM PUBLIC;
REVOKE ALL ON FUNCTION kakehashi_audit_rows(json) FROM PUBLIC;
GRANT INSERT ON audit_log TO kakehashi_staff, kakehashi_administrator;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO kakehashi_staff, kakehashi_administrator;
GRANT EXECUTE ON FUNCTION kakehashi_audit_rows(json), kk_audit_text(bigint, text, text, text, text, text, text, text, text)
    TO kakehashi_staff, kakehashi_administrator, kakehashi_auditor;

-- The job-hunting clock (issue 13, item 4): the same table as
-- ../012_seal_job_hunting.sql (SQLite); read the comments there. Staff and
-- administrators record, auditors read; a change notifies the desks.
CREATE TABLE job_hunting (
    student_no  TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES students (student_no),
    granted_on  TEXT COLLATE "C" NOT NULL CHECK (length(granted_on) = 10),
    ends_on     TEXT COLLATE "C" NOT NULL CHECK (length(ends_on) = 10 AND ends_on > granted_on),
    renewed_to  TEXT COLLATE "C" CHECK (renewed_to IS NULL OR (length(renewed_to) = 10 AND renewed_to > ends_on)),
    letter_by   TEXT COLLATE "C" CHECK (letter_by IS NULL OR length(letter_by) BETWEEN 1 AND 200),
    letter_on   TEXT COLLATE "C" CHECK (letter_on IS NULL OR length(letter_on) = 10),
    CHECK ((letter_by IS NULL) = (letter_on IS NULL))
);
CREATE INDEX job_hunting_end ON job_hunting ((coalesce(renewed_to, ends_on)));
CREATE TRIGGER job_hunting_notify AFTER INSERT OR UPDATE OR DELETE ON job_hunting
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
REVOKE ALL ON job_hunting FROM PUBLIC;
GRANT SELECT ON job_hunting TO kakehashi_staff, kakehashi_administrator, kakehashi_auditor;
GRANT INSERT, UPDATE ON job_hunting TO kakehashi_staff, kakehashi_administrator;
