-- Schema version 11: live refresh between desks (issue 11, item 6) is a server's
-- (postgresql/011_notify.sql: NOTIFY after each change). A file has one writer
-- at a time and nothing to notify: this version changes nothing in a file, so
-- that both backends keep the same numbers.
SELECT 1;
