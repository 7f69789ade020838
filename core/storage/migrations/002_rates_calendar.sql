-- Schema version 2: the programme's daily subsidy rates and the administrator's
-- calendar overrides.

CREATE TABLE programme_rates (
    id             INTEGER PRIMARY KEY,
    programme      TEXT NOT NULL CHECK (programme = 'asia_jinzai' OR programme = 'sme_recruitment' OR
                       programme = 'sme_internship' OR programme = 'issn_network'),
    valid_from     TEXT NOT NULL,
    daily_rate_jpy INTEGER NOT NULL CHECK (daily_rate_jpy >= 0),
    UNIQUE (programme, valid_from)
) STRICT;
INSERT INTO programme_rates (programme, valid_from, daily_rate_jpy) VALUES ('sme_internship', '2013-04-01', 7000);

CREATE TABLE calendar_overrides (
    date       TEXT PRIMARY KEY,
    is_holiday INTEGER NOT NULL CHECK (is_holiday BETWEEN 0 AND 1),
    name       TEXT NOT NULL DEFAULT ''
) STRICT;
