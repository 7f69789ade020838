-- Schema version 12: on a server the audit trail is sealed a statement at a
-- time (postgresql/012_seal_job_hunting.sql, issue 11 speed). A file's seal is
-- computed by its writer, row by row, in the trigger of 007_tamper_evidence.sql
-- with the program's kk_audit_hash() (no round trip there): the same hashes,
-- so a file's chain and a server's stay byte-identical.
SELECT 1;

-- The job-hunting clock (issue 13, item 4): a graduate who stays in Japan to
-- look for work does so on 特定活動 (継続就職活動), granted for up to six
-- months and renewable once for up to six more, on the school's letter of
-- recommendation. One row a graduate: when the status was granted, when it
-- ends, the end of its one renewal (none until renewed), who issued the
-- school's letter and when. The limits of six months are checked by the
-- program (services/job_hunting.cpp), the order of the dates here too.
CREATE TABLE job_hunting (
    student_no  TEXT NOT NULL PRIMARY KEY REFERENCES students (student_no),
    granted_on  TEXT NOT NULL CHECK (length(granted_on) = 10),
    ends_on     TEXT NOT NULL CHECK (length(ends_on) = 10 AND ends_on > granted_on),
    renewed_to  TEXT CHECK (renewed_to IS NULL OR (length(renewed_to) = 10 AND renewed_to > ends_on)),
    letter_by   TEXT CHECK (letter_by IS NULL OR length(letter_by) BETWEEN 1 AND 200),
    letter_on   TEXT CHECK (letter_on IS NULL OR length(letter_on) = 10),
    CHECK ((letter_by IS NULL) = (letter_on IS NULL))
);
CREATE INDEX job_hunting_end ON job_hunting (coalesce(renewed_to, ends_on));
