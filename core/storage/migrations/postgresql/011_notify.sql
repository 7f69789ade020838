-- Schema version 11 on PostgreSQL: live refresh between desks (issue 11, item 6).
-- After any statement that changes a record table or the ledger, the server
-- notifies the channel kakehashi_changes with the table's name as the payload;
-- the desktop program LISTENs on it and refreshes its open lists, its dashboard
-- and warns an open form whose record changed. A notification is sent when the
-- transaction commits (and not at all when it rolls back); several of one
-- transaction on one table are folded into one by the server.
-- Statement-level triggers: a large import notifies once per statement, not per row.

CREATE FUNCTION kakehashi_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kakehashi_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER schools_notify AFTER INSERT OR UPDATE OR DELETE ON schools
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
CREATE TRIGGER companies_notify AFTER INSERT OR UPDATE OR DELETE ON companies
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
CREATE TRIGGER students_notify AFTER INSERT OR UPDATE OR DELETE ON students
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
CREATE TRIGGER internships_notify AFTER INSERT OR UPDATE OR DELETE ON internships
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
CREATE TRIGGER attendance_notify AFTER INSERT OR UPDATE OR DELETE ON attendance
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
CREATE TRIGGER placements_notify AFTER INSERT OR UPDATE OR DELETE ON placements
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
CREATE TRIGGER events_notify AFTER INSERT OR UPDATE OR DELETE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
CREATE TRIGGER participants_notify AFTER INSERT OR UPDATE OR DELETE ON participants
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
CREATE TRIGGER vacations_notify AFTER INSERT OR UPDATE OR DELETE ON vacations
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();
-- The ledger refuses UPDATE and DELETE (its own triggers); its INSERTs notify.
CREATE TRIGGER ledger_entries_notify AFTER INSERT OR UPDATE OR DELETE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION kakehashi_notify_change();

-- Fired as a trigger only: nobody calls it (a trigger's function is not checked
-- for EXECUTE when it fires).
REVOKE ALL ON FUNCTION kakehashi_notify_change() FROM PUBLIC;
