-- Schema version 8: the student's right to work (FORMATS.md §6, issue 13).
-- The residence card's number (two capital letters, eight digits, two capital
-- letters) and the permission to work outside the status (資格外活動許可).
-- Records stored before this version have no permission: 'none'.
ALTER TABLE students ADD COLUMN residence_card_no TEXT
    CHECK (residence_card_no IS NULL OR length(residence_card_no) = 12);
ALTER TABLE students ADD COLUMN work_permission TEXT DEFAULT 'none'
    CHECK (work_permission IS NULL OR work_permission = 'none' OR work_permission = 'general' OR
           work_permission = 'individual');

-- A school's long vacations (長期休業期間); one school's periods do not overlap.
CREATE TABLE vacations (
    id          INTEGER PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL CHECK (end_date >= start_date),
    name        TEXT,
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived BETWEEN 0 AND 1),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (school_code, start_date)
) STRICT;

-- A person's check of a residence card's validity (the Immigration Services
-- Agency's online lookup): who, when, and the card as it was then. Append-only.
CREATE TABLE card_checks (
    id                INTEGER PRIMARY KEY,
    student_no        TEXT NOT NULL REFERENCES students (student_no),
    checked_on        TEXT NOT NULL,
    checked_by        TEXT NOT NULL,
    residence_card_no TEXT,
    residence_expiry  TEXT,
    note              TEXT
) STRICT;
CREATE INDEX card_checks_student ON card_checks (student_no, checked_on);
CREATE TRIGGER card_checks_no_update BEFORE UPDATE ON card_checks
BEGIN SELECT RAISE(ABORT, 'card checks are never changed'); END;
CREATE TRIGGER card_checks_no_delete BEFORE DELETE ON card_checks
BEGIN SELECT RAISE(ABORT, 'card checks are never deleted'); END;

-- The employer's foreign-worker notification (外国人雇用状況届出) of an employed
-- placement: whether the worker joins employment insurance, and the filing the
-- company reported. Changes are audited.
CREATE TABLE hire_notifications (
    id                   INTEGER PRIMARY KEY,
    placement_no         TEXT NOT NULL UNIQUE REFERENCES placements (placement_no),
    employment_insurance INTEGER CHECK (employment_insurance IS NULL OR employment_insurance BETWEEN 0 AND 1),
    filed_on             TEXT
) STRICT;
