-- Schema version 3: the append-only subsidy ledger (FORMATS.md §2).
-- Entries are never updated or deleted: the database itself refuses it, so that
-- no program, script or hand-edit through SQLite can rewrite a payment quietly.
-- Each entry's hash chains it to the one before (see core/ledger).

CREATE TABLE ledger_entries (
    entry_no      INTEGER PRIMARY KEY CHECK (entry_no >= 1),
    posted_at     TEXT NOT NULL,
    period        TEXT NOT NULL CHECK (length(period) = 7 AND substr(period, 5, 1) = '-'),
    kind          TEXT NOT NULL CHECK (kind = 'payment' OR kind = 'reversal'),
    internship_no TEXT NOT NULL REFERENCES internships (internship_no),
    student_no    TEXT NOT NULL REFERENCES students (student_no),
    counterparty  TEXT NOT NULL,
    days          INTEGER NOT NULL,
    rate_jpy      INTEGER NOT NULL CHECK (rate_jpy >= 0),
    amount_jpy    INTEGER NOT NULL,
    reverses      INTEGER REFERENCES ledger_entries (entry_no),
    reason        TEXT,
    prev_hash     TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash          TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
    CHECK ((kind = 'payment') = (reverses IS NULL)),
    CHECK (kind = 'payment' OR (reason IS NOT NULL AND length(trim(reason)) > 0))
) STRICT;
CREATE INDEX ledger_period ON ledger_entries (period, internship_no);
CREATE INDEX ledger_internship ON ledger_entries (internship_no, period);
CREATE INDEX ledger_posted_at ON ledger_entries (posted_at);
CREATE INDEX ledger_amount ON ledger_entries (amount_jpy);
CREATE UNIQUE INDEX ledger_one_reversal ON ledger_entries (reverses) WHERE reverses IS NOT NULL;

CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'the subsidy ledger is append-only: entries cannot be changed; post a reversal instead');
END;

CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'the subsidy ledger is append-only: entries cannot be deleted; post a reversal instead');
END;

-- A posted month is closed: attendance in it changes only after its payment is
-- reversed. A payment counts as posted while no reversal names it.
CREATE TRIGGER attendance_closed_insert BEFORE INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM ledger_entries p
             WHERE p.kind = 'payment' AND p.internship_no = NEW.internship_no
               AND p.period = substr(NEW.date, 1, 7)
               AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses = p.entry_no))
BEGIN
    SELECT RAISE(ABORT, 'attendance of a posted month cannot change: reverse the payment first');
END;

CREATE TRIGGER attendance_closed_update BEFORE UPDATE ON attendance
WHEN EXISTS (SELECT 1 FROM ledger_entries p
             WHERE p.kind = 'payment' AND p.internship_no IN (OLD.internship_no, NEW.internship_no)
               AND p.period IN (substr(OLD.date, 1, 7), substr(NEW.date, 1, 7))
               AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses = p.entry_no))
BEGIN
    SELECT RAISE(ABORT, 'attendance of a posted month cannot change: reverse the payment first');
END;

CREATE TRIGGER attendance_closed_delete BEFORE DELETE ON attendance
WHEN EXISTS (SELECT 1 FROM ledger_entries p
             WHERE p.kind = 'payment' AND p.internship_no = OLD.internship_no
               AND p.period = substr(OLD.date, 1, 7)
               AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses = p.entry_no))
BEGIN
    SELECT RAISE(ABORT, 'attendance of a posted month cannot change: reverse the payment first');
END;
