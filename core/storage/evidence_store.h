#pragma once
// Documents kept as evidence (schema 10, table `documents`): the signed monthly
// timesheets today, the pre-internship checklist's papers later. Append-only:
// a replacement is a new version. Portable SQL (bound `?` values, RETURNING id).
#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

// A document without its content (lists never load the files).
struct DocumentInfo
{
    qint64 id = 0;
    QString ownerKind; // internship, …
    QString ownerKey;  // internship_no, …
    QString purpose;   // timesheet, …
    QString period;    // YYYY-MM, or empty
    int version = 1;
    QString filename;
    QString mediaType;
    qint64 sizeBytes = 0;
    QString sha256;
    QString addedBy;
    QString addedAt;
    std::optional<qint64> replaces;
};

struct DocumentFilter
{
    QString ownerKind;
    QString ownerKey;  // exactly; empty for all
    QString purpose;   // exactly; empty for all
    QString periodFrom; // YYYY-MM inclusive; empty for no bound
    QString periodTo;
    bool currentOnly = false; // only the highest version of each
};

class EvidenceStore final
{
public:
    explicit EvidenceStore(const Database &db) : db_(db) {}

    // The version in force (the highest) of one owner's document for a purpose and period.
    std::optional<DocumentInfo> current(const QString &ownerKind, const QString &ownerKey, const QString &purpose,
                                        const QString &period) const;
    std::vector<DocumentInfo> list(const DocumentFilter &filter) const;
    // The stored bytes of a document; empty when there is none.
    QByteArray content(qint64 id) const;
    // Inserts inside the caller's transaction; returns the new id. `info.id` is ignored.
    qint64 insert(const DocumentInfo &info, const QByteArray &content);

private:
    const Database &db_;
};

} // namespace kakehashi::storage
