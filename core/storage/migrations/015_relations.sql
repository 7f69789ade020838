-- Schema version 15: the relationship work of STEP 1–3 (issue 15, item 5).
-- The people at each company (company_contacts) and what happened with
-- companies and students (activities: visits, calls, mails, meetings,
-- counselling, letters), with a next step and its date for the staff member
-- who recorded it. Rows are changed in place (a contact leaves: `former`); every
-- change is audited by the service that makes it. An activity's text may be
-- confidential: the service shows it only to its author and administrators
-- (others see that the entry exists), and the audit trail never holds it.
-- Independent of the other migrations: it touches only what it creates.

CREATE TABLE company_contacts (
    id              INTEGER PRIMARY KEY,
    contact_no      TEXT NOT NULL UNIQUE CHECK (length(contact_no) BETWEEN 1 AND 64),
    company_code    TEXT NOT NULL REFERENCES companies (code) ON UPDATE CASCADE,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role            TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 200),
    email           TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254),
    phone           TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    is_primary      INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    former          INTEGER NOT NULL DEFAULT 0 CHECK (former IN (0, 1)),
    do_not_contact  INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    CHECK (NOT (is_primary = 1 AND former = 1))
) STRICT;
CREATE INDEX company_contacts_company ON company_contacts (company_code);
-- One primary contact per company.
CREATE UNIQUE INDEX company_contacts_one_primary ON company_contacts (company_code) WHERE is_primary = 1;

CREATE TABLE activities (
    id              INTEGER PRIMARY KEY,
    activity_no     TEXT NOT NULL UNIQUE CHECK (length(activity_no) BETWEEN 1 AND 64),
    date            TEXT NOT NULL CHECK (length(date) = 10),
    kind            TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'mail', 'meeting', 'counselling', 'letter')),
    company_code    TEXT REFERENCES companies (code) ON UPDATE CASCADE,
    student_no      TEXT REFERENCES students (student_no) ON UPDATE CASCADE,
    contact_no      TEXT REFERENCES company_contacts (contact_no) ON UPDATE CASCADE,
    staff           TEXT NOT NULL CHECK (length(staff) BETWEEN 1 AND 128),
    summary         TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
    next_step       TEXT NOT NULL DEFAULT '' CHECK (length(next_step) <= 1000),
    next_step_on    TEXT CHECK (next_step_on IS NULL OR length(next_step_on) = 10),
    next_step_done  INTEGER NOT NULL DEFAULT 0 CHECK (next_step_done IN (0, 1)),
    confidential    INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    recorded_at     TEXT NOT NULL,
    CHECK (company_code IS NOT NULL OR student_no IS NOT NULL)
) STRICT;
CREATE INDEX activities_company ON activities (company_code, date);
CREATE INDEX activities_student ON activities (student_no, date);
CREATE INDEX activities_next ON activities (staff, next_step_done, next_step_on);
