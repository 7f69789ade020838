-- Schema version 17: business Japanese and test preparation (issue 15, item 8).
-- Per student: the Japanese courses taken (name, hours, from/to), the number of
-- the programme's 18 e-learning units completed, and practice-test scores (test
-- name such as "JLPT N2 practice" or "BJT", date, score). Rows are written and
-- replaced by services::JapaneseTraining, which audits every change.
-- Independent of the other migrations: it touches only what it creates.

CREATE TABLE japanese_courses (
    id          INTEGER PRIMARY KEY,
    student_no  TEXT NOT NULL REFERENCES students (student_no) ON UPDATE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    hours       INTEGER NOT NULL CHECK (hours BETWEEN 1 AND 2000),
    from_on     TEXT NOT NULL CHECK (length(from_on) = 10),
    to_on       TEXT NOT NULL CHECK (length(to_on) = 10 AND to_on >= from_on),
    UNIQUE (student_no, name, from_on)
) STRICT;

CREATE TABLE japanese_units (
    student_no  TEXT NOT NULL PRIMARY KEY REFERENCES students (student_no) ON UPDATE CASCADE,
    completed   INTEGER NOT NULL CHECK (completed BETWEEN 0 AND 18)
) STRICT;

CREATE TABLE japanese_scores (
    id          INTEGER PRIMARY KEY,
    student_no  TEXT NOT NULL REFERENCES students (student_no) ON UPDATE CASCADE,
    test        TEXT NOT NULL CHECK (length(test) BETWEEN 1 AND 100),
    taken_on    TEXT NOT NULL CHECK (length(taken_on) = 10),
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 1000),
    UNIQUE (student_no, test, taken_on)
) STRICT;
