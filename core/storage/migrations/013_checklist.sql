-- Schema version 13: the checks before an internship starts (issue 13, item 3).
-- Each verification of one item of an internship's checklist is a row: who
-- verified it, on which day, when it was recorded, and the scanned document
-- (in `documents`, owner_kind 'internship', purpose 'checklist_<item>'). The
-- item's state is its latest row; earlier rows stay for the auditor
-- (append-only, like card_checks). Items: residence_card (a copy of the card
-- seen), work_permission (none, general or individual; an individual
-- permission's date and number), agreement (signed by the company), insurance.
-- An administrator's override lets an internship be active with items missing
-- (setting internship.checklist on): who, when, the reason and what was missing.
-- Independent of the other migrations: it touches only what it creates.

CREATE TABLE internship_checks (
    id              INTEGER PRIMARY KEY,
    internship_no   TEXT NOT NULL REFERENCES internships (internship_no),
    item            TEXT NOT NULL CHECK (item IN ('residence_card', 'work_permission', 'agreement', 'insurance')),
    verified_on     TEXT NOT NULL CHECK (length(verified_on) = 10),
    verified_by     TEXT NOT NULL CHECK (length(verified_by) BETWEEN 1 AND 128),
    recorded_at     TEXT NOT NULL,
    permission      TEXT CHECK (permission IS NULL OR permission IN ('none', 'general', 'individual')),
    permission_date TEXT CHECK (permission_date IS NULL OR length(permission_date) = 10),
    permission_no   TEXT CHECK (permission_no IS NULL OR length(permission_no) BETWEEN 1 AND 64),
    document_id     INTEGER REFERENCES documents (id),
    note            TEXT,
    CHECK ((item = 'work_permission') = (permission IS NOT NULL)),
    CHECK (permission = 'individual' OR (permission_date IS NULL AND permission_no IS NULL))
) STRICT;
CREATE INDEX internship_checks_item ON internship_checks (internship_no, item, id);

CREATE TRIGGER internship_checks_no_update BEFORE UPDATE ON internship_checks
BEGIN SELECT RAISE(ABORT, 'checklist entries are never changed (record a new verification)'); END;
CREATE TRIGGER internship_checks_no_delete BEFORE DELETE ON internship_checks
BEGIN SELECT RAISE(ABORT, 'checklist entries are never deleted'); END;

CREATE TABLE checklist_overrides (
    id             INTEGER PRIMARY KEY,
    internship_no  TEXT NOT NULL REFERENCES internships (internship_no),
    overridden_by  TEXT NOT NULL CHECK (length(overridden_by) BETWEEN 1 AND 128),
    overridden_at  TEXT NOT NULL,
    reason         TEXT NOT NULL CHECK (length(trim(reason)) >= 1),
    missing        TEXT NOT NULL
) STRICT;
CREATE INDEX checklist_overrides_internship ON checklist_overrides (internship_no);

CREATE TRIGGER checklist_overrides_no_update BEFORE UPDATE ON checklist_overrides
BEGIN SELECT RAISE(ABORT, 'checklist overrides are never changed'); END;
CREATE TRIGGER checklist_overrides_no_delete BEFORE DELETE ON checklist_overrides
BEGIN SELECT RAISE(ABORT, 'checklist overrides are never deleted'); END;
