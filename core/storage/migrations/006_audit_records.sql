-- Schema version 6: the history of one record (kind and key) is read from the
-- audit trail by an index, not by a scan of every change ever made.
CREATE INDEX IF NOT EXISTS audit_record ON audit_log (kind, key);
