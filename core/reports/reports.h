#pragma once
// The reports of FORMATS.md §3 for METI/MEXT: numbers are counts of students
// unless named, computed in SQL over the whole file.
#include "reports/report_table.h"

#include <QStringList>

#include "domain/error.h"

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

class ReportError final : public Error
{
public:
    using Error::Error;
};

QStringList placementGroupings();  // none, nationality, school, school-type, programme, prefecture
QStringList employmentGroupings(); // none, industry, company-size, sme, job-category, salary, prefecture, …

// Throws ReportError for an unknown grouping.
ReportTable placementReport(const storage::Database &db, int fiscalYear, const QString &by = QStringLiteral("none"));
ReportTable employmentReport(const storage::Database &db, int fiscalYear, const QString &by = QStringLiteral("none"));
ReportTable programmeReport(const storage::Database &db, int fiscalYear);
ReportTable subsidyReport(const storage::Database &db, int fiscalYear);

// 100 × numerator / denominator with one decimal, halves rounded up; empty when
// the denominator is 0. Integer arithmetic only.
QString percentOneDecimal(qint64 numerator, qint64 denominator);

// A group code with its label for printed reports ("CN 中国", "university 大学", …).
QString groupLabel(const QString &by, const QString &code, bool japanese);

} // namespace kakehashi::reports
