#pragma once
// Signed timesheets as evidence (issue 14, item 4): the company's signed monthly
// attendance sheet (出勤簿) of an internship, scanned (PDF or image), kept in the
// database with its SHA-256 in the audit trail, so that an auditor can match
// each payment of the ledger to its evidence (電子帳簿保存法: 相互関連性).
// A document is never replaced silently: a second one for the same internship
// and month needs `replace`, is stored as a new version (the old one stays) and
// is audited as such. Staff and administrators attach; everyone may list and
// export, and every export or viewing is audited.
#include "auth/roles.h"
#include "storage/evidence_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

#include "domain/error.h"

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ledger {

class EvidenceError final : public Error
{
public:
    using Error::Error;
};

inline constexpr qint64 kMaxEvidenceBytes = 20 * 1024 * 1024;
inline const QString kTimesheetPurpose = QStringLiteral("timesheet");
inline const QString kInternshipOwner = QStringLiteral("internship");

// The media type of a file from its first bytes: application/pdf, image/png,
// image/jpeg, image/tiff, image/webp; empty when it is none of them.
QString sniffMediaType(const QByteArray &head);
// The usual file name extension of a media type ("pdf", "png", …).
QString extensionOf(const QString &mediaType);

// One claim of a month (an internship with a non-zero payment due or paid) and
// its signed timesheet, if attached.
struct MonthEvidence
{
    QString internshipNo;
    QString studentNo;
    QString counterparty;
    QString period;
    int presentDays = 0;
    qint64 amountJpy = 0;
    std::optional<storage::DocumentInfo> sheet;
};

class Evidence final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::ledger)

public:
    using Clock = std::function<QDateTime()>;
    explicit Evidence(storage::Database &db, Clock clock = &QDateTime::currentDateTime);

    // Attaches the signed timesheet of an internship's month (YYYY-MM). Throws
    // AuthError unless the session may edit; EvidenceError when the internship is
    // unknown, the month lies outside its period, the file is empty, larger than
    // 20 MB or neither a PDF nor an image, or a sheet is attached already and
    // `replace` is false. Audited (evidence_add or evidence_replace) with the
    // SHA-256, in the same transaction.
    storage::DocumentInfo addTimesheet(const auth::Session &session, const QString &internshipNo,
                                       const QString &period, const QString &filename, const QByteArray &content,
                                       bool replace = false);
    // The same, read from a file (its size checked before it is read).
    storage::DocumentInfo addTimesheetFile(const auth::Session &session, const QString &internshipNo,
                                           const QString &period, const QString &path, bool replace = false);

    std::optional<storage::DocumentInfo> timesheet(const QString &internshipNo, const QString &period) const;
    std::vector<storage::DocumentInfo> documents(const storage::DocumentFilter &filter) const;

    // The stored bytes of the sheet in force, for viewing or export; audited
    // (`action`: evidence_export or evidence_view) with its SHA-256. Throws
    // EvidenceError when there is none.
    QByteArray open(const auth::Session &session, const QString &internshipNo, const QString &period,
                    const QString &action, storage::DocumentInfo *info = nullptr);
    // Writes the sheet in force to `file` through OutputFile (never the open
    // database; whole or nothing); audited as evidence_export.
    storage::DocumentInfo exportTimesheet(const auth::Session &session, const QString &internshipNo,
                                          const QString &period, const QString &file);

    // Every claim of the month with a non-zero amount due or posted, by internship_no.
    std::vector<MonthEvidence> month(const QString &period) const;

private:
    storage::Database &db_;
    Clock clock_;
};

// The claims of a month that lack their signed timesheet, one message each
// ("I1 阮 文安: no signed timesheet for 2025-10"); empty when all are there.
QStringList missingTimesheetWarnings(storage::Database &db, const QString &period);

} // namespace kakehashi::ledger
