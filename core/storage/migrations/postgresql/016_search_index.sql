-- Schema version 16 on PostgreSQL: search as you type over a million students
-- (issue 17). The text fields that the list's search reads, joined as in the
-- file's 016_search_index.sql (the display name "family given" whole, the unit
-- separator U+001F between the others), indexed by a pg_trgm GIN index on that
-- expression: an ILIKE of three characters or more reads the rows that hold its
-- trigrams. An expression index is kept by the server itself in the
-- transaction that writes the row.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since
-- PostgreSQL 13: the owner of the database (or anyone with CREATE on it) may
-- create it. Where it cannot be created here, the schema is made without the
-- index (the search gives the same rows, by reading them all) and a notice
-- says so; an administrator then runs, as a superuser:
--     CREATE EXTENSION pg_trgm;
--     CREATE INDEX students_search ON students USING gin (kakehashi_students_search_text(...) gin_trgm_ops);
-- (the statement below), see the README's server setup.

CREATE FUNCTION kakehashi_students_search_text(student_no text, family_name text, given_name text, name_kana text,
                                                home_university text, school_code text, faculty text, email text,
                                                residence_card_no text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(student_no, '') || chr(31) || coalesce(family_name, '') || ' ' || coalesce(given_name, '') ||
           chr(31) || coalesce(name_kana, '') || chr(31) || coalesce(home_university, '') || chr(31) ||
           coalesce(school_code, '') || chr(31) || coalesce(faculty, '') || chr(31) || coalesce(email, '') ||
           chr(31) || coalesce(residence_card_no, '')
$$;
GRANT EXECUTE ON FUNCTION kakehashi_students_search_text(text, text, text, text, text, text, text, text, text)
    TO kakehashi_staff, kakehashi_administrator, kakehashi_auditor;

DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
        RAISE NOTICE 'pg_trgm could not be created (%): the student search reads every row until a superuser '
                     'creates the extension and the index students_search', SQLERRM;
        RETURN;
    END;
    CREATE INDEX students_search ON students USING gin (
        kakehashi_students_search_text(student_no, family_name, given_name, name_kana, home_university, school_code,
                                       faculty, email, residence_card_no) gin_trgm_ops);
END;
$$;

-- The list sorted by a column reads its first and last pages, and every page
-- after the one before it (keyset paging on (column, id), storage/record_list.cpp),
-- along an index on that column: the columns a list is usually sorted or
-- filtered by.
CREATE INDEX students_family_name ON students (family_name, id);
CREATE INDEX students_given_name ON students (given_name, id);
CREATE INDEX students_name_kana ON students (name_kana, id);
CREATE INDEX students_birth_date ON students (birth_date, id);
CREATE INDEX students_nationality ON students (nationality, id);
CREATE INDEX students_programme ON students (programme, id);
CREATE INDEX students_cohort_fy ON students (cohort_fy, id);
CREATE INDEX students_enrolled_on ON students (enrolled_on, id);
CREATE INDEX students_school_id ON students (school_code, id);
