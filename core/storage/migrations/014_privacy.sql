-- Schema version 14: personal-data rights (issue 15, items 1 and 2; 個人情報保護法).
-- consents: a student's consent for one purpose, from given_on until the day
-- it is withdrawn (withdrawn_on, inclusive: no longer in force that day).
-- Purposes: introductions (passing the student's data to companies, 第27条),
-- alumni (the alumni network), publicity (photos and publicity), school
-- (sharing with the student's school). method: how it was recorded.
-- provisions: the third-party provision record (第三者提供記録, 第29条): to whom
-- (company_code), when (provided_on), which items, on what basis. Kept as
-- history: UPDATE and DELETE are refused by the triggers below.
-- privacy_requests: the register of a person's requests (disclosure 第33条,
-- correction 第34条, stop of use and deletion 第35条) with received, due and
-- answered dates.
-- Independent of the other migrations: it touches only what it creates.

CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    student_no   TEXT NOT NULL REFERENCES students (student_no),
    purpose      TEXT NOT NULL CHECK (purpose = 'introductions' OR purpose = 'alumni' OR
                     purpose = 'publicity' OR purpose = 'school'),
    given_on     TEXT NOT NULL CHECK (length(given_on) = 10),
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR (length(withdrawn_on) = 10 AND withdrawn_on >= given_on)),
    method       TEXT NOT NULL CHECK (method = 'paper' OR method = 'email' OR method = 'online' OR
                     method = 'verbal'),
    note         TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (student_no, purpose, given_on)
) STRICT;

CREATE TABLE provisions (
    id           INTEGER PRIMARY KEY,
    student_no   TEXT NOT NULL REFERENCES students (student_no),
    company_code TEXT NOT NULL REFERENCES companies (code),
    provided_on  TEXT NOT NULL CHECK (length(provided_on) = 10),
    items        TEXT NOT NULL CHECK (length(items) BETWEEN 1 AND 1000),
    basis        TEXT NOT NULL CHECK (length(basis) BETWEEN 1 AND 200),
    reference    TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX provisions_student ON provisions (student_no, provided_on);
CREATE INDEX provisions_company ON provisions (company_code, provided_on);

CREATE TRIGGER provisions_no_update BEFORE UPDATE ON provisions
BEGIN
    SELECT RAISE(ABORT, 'third-party provision records are history: they cannot be changed');
END;
CREATE TRIGGER provisions_no_delete BEFORE DELETE ON provisions
BEGIN
    SELECT RAISE(ABORT, 'third-party provision records are history: they cannot be deleted');
END;

CREATE TABLE privacy_requests (
    id           INTEGER PRIMARY KEY,
    student_no   TEXT NOT NULL REFERENCES students (student_no),
    kind         TEXT NOT NULL CHECK (kind = 'disclosure' OR kind = 'correction' OR kind = 'stop_of_use' OR
                     kind = 'deletion'),
    received_on  TEXT NOT NULL CHECK (length(received_on) = 10),
    due_on       TEXT NOT NULL CHECK (length(due_on) = 10 AND due_on >= received_on),
    answered_on  TEXT CHECK (answered_on IS NULL OR (length(answered_on) = 10 AND answered_on >= received_on)),
    outcome      TEXT,
    note         TEXT,
    recorded_by  TEXT NOT NULL
) STRICT;
CREATE INDEX privacy_requests_student ON privacy_requests (student_no);

-- anonymisations: the students whose personal data was removed after their
-- retention period (issue 15, item 3), when and by whom; the record stays
-- (nationality, school, programme, fiscal years) for past years' reports.
CREATE TABLE anonymisations (
    student_no    TEXT PRIMARY KEY REFERENCES students (student_no),
    anonymised_at TEXT NOT NULL,
    anonymised_by TEXT NOT NULL
) STRICT;
