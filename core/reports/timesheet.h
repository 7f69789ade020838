#pragma once
// The monthly attendance sheet (出勤簿) of one internship, printed for the
// company to sign (issue 14, item 4): every day of the month with its weekday,
// holiday, the attendance recorded and its hours, the totals, and the student's
// and the company's signature and seal fields. A4 portrait, in Japanese. The
// signed paper comes back as a scan and is attached with ledger::Evidence.
#include "domain/date.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "domain/error.h"

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct TimesheetDay
{
    Date date;
    bool inPeriod = true;  // inside the internship's dates
    QString holiday;       // the holiday's Japanese name, if any
    QString status;        // present / absent / leave, or empty
    std::optional<double> hours;
};

struct Timesheet
{
    QString consortium;
    QString internshipNo;
    QString studentNo;
    QString studentName;
    QString studentKana;
    QString companyName;
    QString supervisor;
    Date start;
    Date end;
    int year = 0;
    int month = 0;
    std::vector<TimesheetDay> days;
    int presentDays = 0;
    double presentHours = 0; // a present day without hours counts 8 (FORMATS.md §6)
};

// Throws ReportError for an unknown internship or a month outside its period.
Timesheet timesheet(const storage::Database &db, const QString &internshipNo, int year, int month);
// The sheet as HTML for render::writePdf (A4 portrait).
QString timesheetHtml(const Timesheet &t, const QDateTime &madeAt);

} // namespace kakehashi::reports
