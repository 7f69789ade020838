-- Schema version 1: the eight kinds of FORMATS.md §1.
-- Natural keys are UNIQUE and references use them, so that files and the
-- database speak the same language. Code lists are CHECK constraints written
-- as OR chains: SQLite builds an ephemeral index for every `x IN (list)` each
-- time a CHECK runs, which made a 100,000-row import twice as slow.

CREATE TABLE schools (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 64),
    name          TEXT NOT NULL,
    name_en       TEXT,
    establishment TEXT NOT NULL CHECK (establishment = 'national' OR establishment = 'public' OR
                      establishment = 'private'),
    school_type   TEXT NOT NULL CHECK (school_type = 'university' OR school_type = 'graduate_school' OR
                      school_type = 'junior_college' OR school_type = 'technical_college' OR
                      school_type = 'vocational_college' OR school_type = 'miscellaneous_school' OR
                      school_type = 'unaccredited' OR school_type = 'language_school'),
    prefecture    TEXT NOT NULL CHECK (length(prefecture) = 2 AND prefecture BETWEEN '01' AND '47'),
    member_since  TEXT,
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived BETWEEN 0 AND 1),
    row_version   INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE companies (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 64),
    name             TEXT NOT NULL,
    name_en          TEXT,
    corporate_number TEXT CHECK (corporate_number IS NULL OR length(corporate_number) = 13),
    industry         TEXT NOT NULL CHECK (length(industry) = 1 AND industry BETWEEN 'A' AND 'T'),
    sme_category     TEXT NOT NULL CHECK (sme_category = 'general' OR sme_category = 'wholesale' OR
                      sme_category = 'services' OR sme_category = 'retail' OR
                      sme_category = 'rubber_products' OR sme_category = 'software_it' OR
                      sme_category = 'inns'),
    capital_jpy      INTEGER CHECK (capital_jpy IS NULL OR capital_jpy >= 0),
    employees        INTEGER CHECK (employees IS NULL OR employees >= 0),
    prefecture       TEXT NOT NULL CHECK (length(prefecture) = 2 AND prefecture BETWEEN '01' AND '47'),
    overseas_markets TEXT,
    info_provider    INTEGER NOT NULL DEFAULT 0 CHECK (info_provider BETWEEN 0 AND 1),
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived BETWEEN 0 AND 1),
    row_version      INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE students (
    id               INTEGER PRIMARY KEY,
    student_no       TEXT NOT NULL UNIQUE CHECK (length(student_no) BETWEEN 1 AND 64),
    family_name      TEXT NOT NULL,
    given_name       TEXT NOT NULL,
    name_kana        TEXT,
    gender           TEXT CHECK (gender IS NULL OR gender = 'female' OR gender = 'male' OR gender = 'other'),
    birth_date       TEXT NOT NULL,
    nationality      TEXT NOT NULL CHECK (length(nationality) = 2),
    home_university  TEXT,
    school_code      TEXT NOT NULL REFERENCES schools (code),
    faculty          TEXT,
    year_of_study    INTEGER CHECK (year_of_study IS NULL OR year_of_study BETWEEN 1 AND 6),
    graduation_date  TEXT,
    programme        TEXT NOT NULL CHECK (programme = 'asia_jinzai' OR programme = 'sme_recruitment' OR
                      programme = 'sme_internship' OR programme = 'issn_network'),
    cohort_fy        INTEGER NOT NULL,
    enrolled_on      TEXT NOT NULL,
    completed_on     TEXT CHECK (completed_on IS NULL OR completed_on >= enrolled_on),
    residence_status TEXT CHECK (residence_status IS NULL OR residence_status = 'student' OR residence_status = 'job_hunting' OR
                      residence_status = 'engineer_humanities_international' OR
                      residence_status = 'designated_46' OR residence_status = 'specified_skilled_1' OR
                      residence_status = 'medical' OR residence_status = 'care' OR
                      residence_status = 'highly_skilled' OR residence_status = 'other'),
    residence_expiry TEXT,
    jlpt             TEXT CHECK (jlpt IS NULL OR jlpt = 'N1' OR jlpt = 'N2' OR jlpt = 'N3' OR jlpt = 'N4' OR jlpt = 'N5'),
    email            TEXT,
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived BETWEEN 0 AND 1),
    row_version      INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX students_school ON students (school_code);

CREATE TABLE internships (
    id            INTEGER PRIMARY KEY,
    internship_no TEXT NOT NULL UNIQUE CHECK (length(internship_no) BETWEEN 1 AND 64),
    student_no    TEXT NOT NULL REFERENCES students (student_no),
    company_code  TEXT NOT NULL REFERENCES companies (code),
    start_date    TEXT NOT NULL,
    end_date      TEXT NOT NULL CHECK (end_date >= start_date),
    status        TEXT NOT NULL DEFAULT 'planned' CHECK (status = 'planned' OR status = 'active' OR status = 'completed' OR
                      status = 'cancelled'),
    supervisor    TEXT,
    memo          TEXT,
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived BETWEEN 0 AND 1),
    row_version   INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX internships_student ON internships (student_no, start_date);
CREATE INDEX internships_company ON internships (company_code);
CREATE INDEX internships_period ON internships (start_date, end_date);

CREATE TABLE attendance (
    id            INTEGER PRIMARY KEY,
    internship_no TEXT NOT NULL REFERENCES internships (internship_no),
    date          TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status = 'present' OR status = 'absent' OR status = 'leave'),
    hours         REAL CHECK (hours IS NULL OR hours BETWEEN 0 AND 24),
    UNIQUE (internship_no, date)
) STRICT;
CREATE INDEX attendance_date ON attendance (date);

CREATE TABLE placements (
    id                     INTEGER PRIMARY KEY,
    placement_no           TEXT NOT NULL UNIQUE CHECK (length(placement_no) BETWEEN 1 AND 64),
    student_no             TEXT NOT NULL REFERENCES students (student_no),
    outcome                TEXT NOT NULL CHECK (outcome = 'employed' OR outcome = 'further_study' OR outcome = 'returned_home' OR
                      outcome = 'job_hunting' OR outcome = 'other'),
    decided_on             TEXT NOT NULL,
    employer_name          TEXT,
    company_code           TEXT REFERENCES companies (code),
    employer_country       TEXT NOT NULL DEFAULT 'JP' CHECK (length(employer_country) = 2),
    japanese_company       INTEGER CHECK (japanese_company IS NULL OR japanese_company BETWEEN 0 AND 1),
    start_date             TEXT,
    residence_status_after TEXT CHECK (residence_status_after IS NULL OR residence_status_after = 'student' OR residence_status_after = 'job_hunting' OR
                      residence_status_after = 'engineer_humanities_international' OR
                      residence_status_after = 'designated_46' OR
                      residence_status_after = 'specified_skilled_1' OR
                      residence_status_after = 'medical' OR residence_status_after = 'care' OR
                      residence_status_after = 'highly_skilled' OR residence_status_after = 'other'),
    job_category           TEXT CHECK (job_category IS NULL OR job_category = 'translation_interpretation' OR
                      job_category = 'overseas_business' OR job_category = 'sales' OR
                      job_category = 'it_engineering' OR job_category = 'engineering_other' OR
                      job_category = 'planning_admin' OR job_category = 'management' OR
                      job_category = 'education' OR job_category = 'design' OR job_category = 'other'),
    monthly_salary_jpy     INTEGER CHECK (monthly_salary_jpy IS NULL OR monthly_salary_jpy >= 0),
    left_on                TEXT,
    archived               INTEGER NOT NULL DEFAULT 0 CHECK (archived BETWEEN 0 AND 1),
    row_version            INTEGER NOT NULL DEFAULT 1,
    CHECK (outcome <> 'employed' OR japanese_company IS NOT NULL)
) STRICT;
CREATE INDEX placements_student ON placements (student_no, decided_on);
CREATE INDEX placements_company ON placements (company_code);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    event_no     TEXT NOT NULL UNIQUE CHECK (length(event_no) BETWEEN 1 AND 64),
    kind         TEXT NOT NULL CHECK (kind = 'company_visit' OR kind = 'info_session' OR kind = 'job_fair' OR
                      kind = 'lecture' OR kind = 'seminar' OR kind = 'short_internship' OR
                      kind = 'training' OR kind = 'counselling' OR kind = 'exchange'),
    step         INTEGER CHECK (step IS NULL OR step BETWEEN 1 AND 3),
    title        TEXT NOT NULL,
    date         TEXT NOT NULL,
    prefecture   TEXT CHECK (prefecture IS NULL OR (length(prefecture) = 2 AND prefecture BETWEEN '01' AND '47')),
    company_code TEXT REFERENCES companies (code),
    capacity     INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived BETWEEN 0 AND 1),
    row_version  INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX events_date ON events (date);

CREATE TABLE participants (
    id           INTEGER PRIMARY KEY,
    event_no     TEXT NOT NULL REFERENCES events (event_no),
    student_no   TEXT REFERENCES students (student_no),
    company_code TEXT REFERENCES companies (code),
    attended     INTEGER NOT NULL DEFAULT 1 CHECK (attended BETWEEN 0 AND 1),
    CHECK ((student_no IS NULL) <> (company_code IS NULL))
) STRICT;
CREATE UNIQUE INDEX participants_student ON participants (event_no, student_no) WHERE student_no IS NOT NULL;
CREATE UNIQUE INDEX participants_company ON participants (event_no, company_code) WHERE company_code IS NOT NULL;
CREATE INDEX participants_student_no ON participants (student_no);
CREATE INDEX participants_company_code ON participants (company_code);
