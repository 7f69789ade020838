-- Schema version 9: paying the interns (FORMATS.md §6 and issue 14).
-- The account each student's subsidy is paid into; the consortium's own
-- settings (its bank account for the 全銀協 transfer file, the approval switch);
-- the fiscal years' subsidy budgets; which ledger entries each transfer file
-- paid; and the approval steps of each month. Files, budgets and steps are
-- history: like the ledger, they are appended, never changed.
-- Independent of schema versions 7 and 8: it touches only what it creates and
-- adds columns to students, so that it runs whichever of them came first.

ALTER TABLE students ADD COLUMN bank_code TEXT
    CHECK (bank_code IS NULL OR (length(bank_code) = 4 AND bank_code NOT GLOB '*[^0-9]*'));
ALTER TABLE students ADD COLUMN branch_code TEXT
    CHECK (branch_code IS NULL OR (length(branch_code) = 3 AND branch_code NOT GLOB '*[^0-9]*'));
ALTER TABLE students ADD COLUMN account_type TEXT NOT NULL DEFAULT 'ordinary'
    CHECK (account_type = 'ordinary' OR account_type = 'current');
ALTER TABLE students ADD COLUMN account_no TEXT
    CHECK (account_no IS NULL OR (length(account_no) = 7 AND account_no NOT GLOB '*[^0-9]*'));
ALTER TABLE students ADD COLUMN account_holder_kana TEXT;

-- Settings of the database (not of one desk): `settings set|list`.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL
) STRICT;

-- A fiscal year's subsidy budget; no row = no limit.
CREATE TABLE subsidy_budgets (
    fy         INTEGER PRIMARY KEY CHECK (fy BETWEEN 1900 AND 2199),
    budget_jpy INTEGER NOT NULL CHECK (budget_jpy >= 0)
) STRICT;

-- Each transfer file made, and the ledger entries it paid.
CREATE TABLE transfer_files (
    id            INTEGER PRIMARY KEY,
    period        TEXT NOT NULL CHECK (length(period) = 7 AND substr(period, 5, 1) = '-'),
    transfer_date TEXT NOT NULL,
    made_at       TEXT NOT NULL,
    made_by       TEXT NOT NULL,
    payees        INTEGER NOT NULL CHECK (payees >= 0),
    total_jpy     INTEGER NOT NULL CHECK (total_jpy >= 0),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64)
) STRICT;
CREATE INDEX transfer_files_period ON transfer_files (period);

CREATE TABLE transfer_entries (
    transfer_id INTEGER NOT NULL REFERENCES transfer_files (id),
    entry_no    INTEGER NOT NULL REFERENCES ledger_entries (entry_no),
    PRIMARY KEY (transfer_id, entry_no)
) STRICT;
CREATE INDEX transfer_entries_entry ON transfer_entries (entry_no);

-- The approval steps of a month's claims, oldest first; the last step is the
-- month's state. `claims` is the SHA-256 of the payments the step saw, so that
-- claims changed after their approval are not posted on it.
CREATE TABLE approval_steps (
    id        INTEGER PRIMARY KEY,
    period    TEXT NOT NULL CHECK (length(period) = 7 AND substr(period, 5, 1) = '-'),
    step      TEXT NOT NULL CHECK (step = 'prepare' OR step = 'check' OR step = 'approve' OR step = 'reject' OR
                                   step = 'post'),
    user      TEXT NOT NULL,
    at        TEXT NOT NULL,
    reason    TEXT,
    claims    TEXT NOT NULL DEFAULT '',
    total_jpy INTEGER NOT NULL DEFAULT 0,
    CHECK (step <> 'reject' OR (reason IS NOT NULL AND length(trim(reason)) > 0))
) STRICT;
CREATE INDEX approval_steps_period ON approval_steps (period, id);

CREATE TRIGGER transfer_files_no_update BEFORE UPDATE ON transfer_files
BEGIN
    SELECT RAISE(ABORT, 'transfer files are history: they cannot be changed');
END;
CREATE TRIGGER transfer_files_no_delete BEFORE DELETE ON transfer_files
BEGIN
    SELECT RAISE(ABORT, 'transfer files are history: they cannot be deleted');
END;
CREATE TRIGGER transfer_entries_no_update BEFORE UPDATE ON transfer_entries
BEGIN
    SELECT RAISE(ABORT, 'transfer files are history: they cannot be changed');
END;
CREATE TRIGGER transfer_entries_no_delete BEFORE DELETE ON transfer_entries
BEGIN
    SELECT RAISE(ABORT, 'transfer files are history: they cannot be deleted');
END;
CREATE TRIGGER approval_steps_no_update BEFORE UPDATE ON approval_steps
BEGIN
    SELECT RAISE(ABORT, 'approval steps are history: they cannot be changed');
END;
CREATE TRIGGER approval_steps_no_delete BEFORE DELETE ON approval_steps
BEGIN
    SELECT RAISE(ABORT, 'approval steps are history: they cannot be deleted');
END;
