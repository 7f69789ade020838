#pragma once
// The completion report (実績報告) of a fiscal year for the fund (issue 14,
// item 5): per internship paid in the FY (student, nationality, school, company,
// dates, days and subsidy from the ledger net of reversals, the intern's latest
// placement, the signed timesheets on file), the totals, the budget against what
// was paid, the amount paid by month, the register of payments, and an index of
// the evidence with its hashes in date order, so that an auditor can match each
// payment to its evidence. Every figure of money and days is the ledger's: the
// report adds up entries whose period lies in the FY, it recomputes nothing.
#include "storage/evidence_store.h"
#include "storage/subsidy_store.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct CompletionInternship
{
    QString internshipNo;
    QString studentNo;
    QString name;
    QString nationality; // ISO code
    QString school;
    QString company;
    QString startDate;
    QString endDate;
    qint64 days = 0;    // ledger days, net of reversals
    qint64 paidJpy = 0; // ledger amount, net of reversals
    QString outcome;    // the student's latest placement outcome, or empty
    QString employer;
    QString decidedOn;
    int months = 0;       // months with a non-zero net payment
    int sheets = 0;       // of them, months with a signed timesheet attached
};

struct CompletionReport
{
    int fiscalYear = 0;
    QString consortium;
    std::vector<CompletionInternship> internships; // by internship_no
    qint64 totalDays = 0;
    qint64 totalPaidJpy = 0;
    int students = 0;
    int companies = 0;
    std::optional<qint64> budgetJpy;
    std::map<QString, qint64> paidByMonth; // YYYY-MM → net yen
    std::vector<storage::LedgerRow> payments; // the register: entries of the FY, by entry_no
    std::vector<storage::DocumentInfo> evidence; // timesheets of the FY's months, in the order added
};

CompletionReport completionReport(const storage::Database &db, int fiscalYear);

// The per-internship table (CSV and the first XLSX sheet): header and rows,
// the last row `total`.
std::vector<QString> completionColumns();
std::vector<std::vector<QString>> completionRows(const CompletionReport &r);
std::vector<QString> registerColumns();
std::vector<std::vector<QString>> registerRows(const CompletionReport &r);
std::vector<QString> evidenceColumns();
std::vector<std::vector<QString>> evidenceRows(const CompletionReport &r);
std::vector<QString> summaryColumns();
std::vector<std::vector<QString>> summaryRows(const CompletionReport &r);

// The whole report as HTML for render::writePdf (A4; Japanese unless `japanese` is false).
QString completionHtml(const CompletionReport &r, bool japanese, const QDateTime &madeAt, const QString &madeBy);

} // namespace kakehashi::reports
