-- Schema version 16: search as you type and sorted lists over a million students
-- (issue 17).
-- The text fields that the list's search reads (storage/record_list.cpp,
-- searchIndexSql) joined into one text, with the display name "family given"
-- kept whole and the unit separator (U+001F, which no search can hold) between
-- the others, indexed by an FTS5 trigram index: a search of three characters or
-- more, any part of a name in Latin, kana or kanji, reads the rows that hold
-- its trigrams rather than every row (a LIKE on the index's column is answered
-- from the index and then checked against the text). The index stores no copy
-- of the text (content is the view below) and no positions (detail=none).
-- Kept in step by the triggers below, in the same transaction as the record.
CREATE VIEW students_search_text AS
SELECT id,
       coalesce(student_no, '') || char(31) || coalesce(family_name, '') || ' ' || coalesce(given_name, '') ||
       char(31) || coalesce(name_kana, '') || char(31) || coalesce(home_university, '') || char(31) ||
       coalesce(school_code, '') || char(31) || coalesce(faculty, '') || char(31) || coalesce(email, '') ||
       char(31) || coalesce(residence_card_no, '') AS search_text
FROM students;

CREATE VIRTUAL TABLE students_search USING fts5(
    search_text, tokenize = 'trigram', detail = 'none', content = 'students_search_text', content_rowid = 'id');

CREATE TRIGGER students_search_insert AFTER INSERT ON students BEGIN
    INSERT INTO students_search (rowid, search_text)
    SELECT id, search_text FROM students_search_text WHERE id = new.id;
END;

-- The old text is removed before the row changes (an external-content index
-- must be told the exact text it indexed), the new one added after.
CREATE TRIGGER students_search_delete BEFORE DELETE ON students BEGIN
    INSERT INTO students_search (students_search, rowid, search_text)
    SELECT 'delete', id, search_text FROM students_search_text WHERE id = old.id;
END;

CREATE TRIGGER students_search_update_before BEFORE UPDATE OF
    id, student_no, family_name, given_name, name_kana, home_university, school_code, faculty, email,
    residence_card_no ON students BEGIN
    INSERT INTO students_search (students_search, rowid, search_text)
    SELECT 'delete', id, search_text FROM students_search_text WHERE id = old.id;
END;

CREATE TRIGGER students_search_update_after AFTER UPDATE OF
    id, student_no, family_name, given_name, name_kana, home_university, school_code, faculty, email,
    residence_card_no ON students BEGIN
    INSERT INTO students_search (rowid, search_text)
    SELECT id, search_text FROM students_search_text WHERE id = new.id;
END;

-- The list sorted by a column reads its first and last pages, and every page
-- after the one before it (keyset paging, storage/record_list.cpp), along an
-- index on that column: the columns a list is usually sorted or filtered by.
-- (The student number has its UNIQUE index, the school students_school.)
CREATE INDEX students_family_name ON students (family_name);
CREATE INDEX students_given_name ON students (given_name);
CREATE INDEX students_name_kana ON students (name_kana);
CREATE INDEX students_birth_date ON students (birth_date);
CREATE INDEX students_nationality ON students (nationality);
CREATE INDEX students_programme ON students (programme);
CREATE INDEX students_cohort_fy ON students (cohort_fy);
CREATE INDEX students_enrolled_on ON students (enrolled_on);

-- The students already there.
INSERT INTO students_search (students_search) VALUES ('rebuild');
