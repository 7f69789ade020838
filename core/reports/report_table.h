#pragma once
// A report as data: typed columns, rows, the total row and the definition that
// is printed with it. Queries in core/reports build one; renderers turn it into
// CSV, HTML, XLSX (core/io) or PDF (render/).
#include <QString>
#include <QStringList>

#include <vector>

namespace kakehashi::reports {

struct ReportColumn
{
    QString code;      // the CSV header (FORMATS.md §4)
    QString headingJa; // for printed reports
    QString headingEn;
    bool numeric = false;
};

struct ReportTable
{
    QString code;      // placement, employment, programme, subsidy
    QString titleJa;
    QString titleEn;
    int fiscalYear = 0;
    QString by;        // the grouping, "none" when there is none
    std::vector<ReportColumn> columns;
    std::vector<QStringList> rows; // the data rows, then the total row (if any) last
    bool hasTotalRow = false;
    QString definitionJa;
    QString definitionEn;
};

} // namespace kakehashi::reports
