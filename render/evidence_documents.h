#pragma once
// The printed documents of issue 14: the monthly attendance sheet (出勤簿) for
// the company to sign, and the completion report (実績報告) of a fiscal year as
// PDF, XLSX or CSV. Used by the CLI and the GUI alike; every file goes through
// storage::OutputFile (never the open database, whole or nothing).
#include "reports/completion.h"
#include "reports/timesheet.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kakehashi::render {

// The sheet as an A4 portrait PDF.
void writeTimesheetPdf(const QString &file, const reports::Timesheet &sheet, const QDateTime &madeAt);

// The completion report's per-internship table as CSV (with a BOM when `bom`).
QByteArray completionCsv(const reports::CompletionReport &r, bool bom);
// format: pdf (A4 landscape), xlsx (four sheets: internships, by month,
// payments, evidence) or csv (the internships table). Throws on failure.
void writeCompletion(const QString &file, const QString &format, const reports::CompletionReport &r, bool japanese,
                     const QDateTime &madeAt, const QString &madeBy);

} // namespace kakehashi::render
