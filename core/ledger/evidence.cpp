#include "ledger/evidence.h"

#include "ledger/ledger.h"
#include "storage/attendance_store.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/output_file.h"

#include <QFile>
#include <QFileInfo>

#include <map>

namespace kakehashi::ledger {

QString sniffMediaType(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith(QByteArrayView("II*\0", 4)) || head.startsWith(QByteArrayView("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

QString extensionOf(const QString &mediaType)
{
    if (mediaType == u"application/pdf")
        return QStringLiteral("pdf");
    if (mediaType == u"image/png")
        return QStringLiteral("png");
    if (mediaType == u"image/jpeg")
        return QStringLiteral("jpg");
    if (mediaType == u"image/tiff")
        return QStringLiteral("tif");
    if (mediaType == u"image/webp")
        return QStringLiteral("webp");
    return QStringLiteral("bin");
}

namespace {

QString auditKey(const QString &internshipNo, const QString &period)
{
    return internshipNo + QLatin1Char('/') + period;
}

// The months an internship's period touches, as YYYY-MM.
bool monthInPeriod(const storage::InternshipSummary &i, int year, int month)
{
    const int ym = year * 12 + month;
    return ym >= static_cast<int>(i.start.year()) * 12 + static_cast<int>(i.start.month()) &&
           ym <= static_cast<int>(i.end.year()) * 12 + static_cast<int>(i.end.month());
}

} // namespace

Evidence::Evidence(storage::Database &db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
}

storage::DocumentInfo Evidence::addTimesheet(const auth::Session &session, const QString &internshipNo,
                                             const QString &period, const QString &filename,
                                             const QByteArray &content, bool replace)
{
    auth::require(session, auth::Action::Edit);
    const QString name = QFileInfo(filename).fileName();
    const auto ym = parsePeriod(period);
    if (!ym)
        throw EvidenceError(tr("“%1” is not a month (YYYY-MM)").arg(period));
    const auto internship = storage::AttendanceStore(db_).internship(internshipNo);
    if (!internship)
        throw EvidenceError(tr("there is no internship %1").arg(internshipNo));
    if (!monthInPeriod(*internship, ym->first, ym->second))
        throw EvidenceError(tr("%1 lies outside internship %2 (%3 – %4)")
                                .arg(period, internshipNo, isoDateQ(internship->start), isoDateQ(internship->end)));
    if (content.isEmpty())
        throw EvidenceError(tr("%1: the file is empty").arg(name));
    if (content.size() > kMaxEvidenceBytes)
        throw EvidenceError(tr("%1: %2 bytes is more than the %3 MB a document may have")
                                .arg(name)
                                .arg(content.size())
                                .arg(kMaxEvidenceBytes / (1024 * 1024)));
    const QString mediaType = sniffMediaType(content.left(16));
    if (mediaType.isEmpty())
        throw EvidenceError(tr("%1 is neither a PDF nor an image (PNG, JPEG, TIFF, WebP): a signed timesheet is "
                               "attached as the scan or photo of the paper")
                                .arg(name));

    storage::Transaction tx(db_);
    storage::EvidenceStore store(db_);
    const auto old = store.current(kInternshipOwner, internshipNo, kTimesheetPurpose, period);
    if (old && !replace)
        throw EvidenceError(tr("%1 %2 has a signed timesheet already (%3, added by %4 at %5, sha256 %6); attach "
                               "the new one as a replacement (--replace; Replace… in the window): the old one stays "
                               "as version %7")
                                .arg(internshipNo, period, old->filename, old->addedBy, old->addedAt, old->sha256)
                                .arg(old->version));
    storage::DocumentInfo d;
    d.ownerKind = kInternshipOwner;
    d.ownerKey = internshipNo;
    d.purpose = kTimesheetPurpose;
    d.period = period;
    d.version = old ? old->version + 1 : 1;
    d.filename = name.left(255);
    d.mediaType = mediaType;
    d.sizeBytes = content.size();
    d.sha256 = QString::fromLatin1(sha256Hex(content));
    d.addedBy = session.who();
    d.addedAt = postingTimestamp(clock_());
    if (old)
        d.replaces = old->id;
    d.id = store.insert(d, content);
    storage::AuditLog audit(db_, d.addedBy, d.addedAt);
    const QString action = old ? QStringLiteral("evidence_replace") : QStringLiteral("evidence_add");
    const QString key = auditKey(internshipNo, period);
    audit.add(action, QStringLiteral("documents"), key, QStringLiteral("sha256"),
              old ? QVariant(old->sha256) : QVariant(), d.sha256);
    audit.add(action, QStringLiteral("documents"), key, QStringLiteral("filename"),
              old ? QVariant(old->filename) : QVariant(),
              QStringLiteral("%1 (%2, %3 bytes, version %4)").arg(d.filename, d.mediaType).arg(d.sizeBytes).arg(d.version));
    tx.commit();
    return d;
}

storage::DocumentInfo Evidence::addTimesheetFile(const auth::Session &session, const QString &internshipNo,
                                                 const QString &period, const QString &path, bool replace)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw EvidenceError(tr("%1: cannot read: %2").arg(path, f.errorString()));
    if (f.size() > kMaxEvidenceBytes)
        throw EvidenceError(tr("%1: %2 bytes is more than the %3 MB a document may have")
                                .arg(path)
                                .arg(f.size())
                                .arg(kMaxEvidenceBytes / (1024 * 1024)));
    const QByteArray bytes = f.read(kMaxEvidenceBytes + 1);
    return addTimesheet(session, internshipNo, period, path, bytes, replace);
}

std::optional<storage::DocumentInfo> Evidence::timesheet(const QString &internshipNo, const QString &period) const
{
    return storage::EvidenceStore(db_).current(kInternshipOwner, internshipNo, kTimesheetPurpose, period);
}

std::vector<storage::DocumentInfo> Evidence::documents(const storage::DocumentFilter &filter) const
{
    return storage::EvidenceStore(db_).list(filter);
}

QByteArray Evidence::open(const auth::Session &session, const QString &internshipNo, const QString &period,
                          const QString &action, storage::DocumentInfo *info)
{
    auth::require(session, auth::Action::Read);
    const auto d = timesheet(internshipNo, period);
    if (!d)
        throw EvidenceError(tr("%1 %2 has no signed timesheet").arg(internshipNo, period));
    const QByteArray content = storage::EvidenceStore(db_).content(d->id);
    // What is handed out is what was stored: the hash is checked on every read.
    if (QString::fromLatin1(sha256Hex(content)) != d->sha256)
        throw EvidenceError(tr("%1 %2: the stored timesheet does not match its SHA-256 (%3); the database was "
                               "altered")
                                .arg(internshipNo, period, d->sha256));
    storage::Transaction tx(db_);
    storage::AuditLog(db_, session.who(), postingTimestamp(clock_()))
        .add(action, QStringLiteral("documents"), auditKey(internshipNo, period), QStringLiteral("sha256"), {},
             d->sha256);
    tx.commit();
    if (info)
        *info = *d;
    return content;
}

storage::DocumentInfo Evidence::exportTimesheet(const auth::Session &session, const QString &internshipNo,
                                                const QString &period, const QString &file)
{
    storage::OutputFile out(file); // refuses the open database before anything is read
    storage::DocumentInfo d;
    const QByteArray content = open(session, internshipNo, period, QStringLiteral("evidence_export"), &d);
    out.write(content);
    out.commit();
    return d;
}

std::vector<MonthEvidence> Evidence::month(const QString &period) const
{
    const auto ym = parsePeriod(period);
    if (!ym)
        return {};
    std::map<QString, MonthEvidence> rows;
    for (const Claim &c : claimsForMonth(db_, ym->first, ym->second)) {
        if (c.claim.amount.value() == 0)
            continue;
        MonthEvidence &m = rows[c.internshipNo];
        m.internshipNo = c.internshipNo;
        m.studentNo = c.studentNo;
        m.counterparty = c.counterparty;
        m.period = period;
        m.presentDays = c.claim.presentDays;
        m.amountJpy = c.claim.amount.value();
    }
    // What the ledger paid counts too (attendance may have changed since).
    for (const storage::LedgerRow &p : storage::SubsidyStore(db_).activePayments(period)) {
        MonthEvidence &m = rows[p.internshipNo];
        if (m.internshipNo.isEmpty()) {
            m.internshipNo = p.internshipNo;
            m.studentNo = p.studentNo;
            m.counterparty = p.counterparty;
            m.period = period;
            m.presentDays = static_cast<int>(p.days);
            m.amountJpy = p.amountJpy;
        }
    }
    storage::DocumentFilter f;
    f.ownerKind = kInternshipOwner;
    f.purpose = kTimesheetPurpose;
    f.periodFrom = period;
    f.periodTo = period;
    f.currentOnly = true;
    for (const storage::DocumentInfo &d : storage::EvidenceStore(db_).list(f)) {
        const auto it = rows.find(d.ownerKey);
        if (it != rows.end())
            it->second.sheet = d;
    }
    std::vector<MonthEvidence> out;
    for (auto &[no, m] : rows)
        out.push_back(std::move(m));
    return out;
}

QStringList missingTimesheetWarnings(storage::Database &db, const QString &period)
{
    QStringList out;
    for (const MonthEvidence &m : Evidence(db).month(period))
        if (!m.sheet)
            out << Evidence::tr("%1 %2: no signed timesheet for %3").arg(m.internshipNo, m.counterparty, period);
    return out;
}

} // namespace kakehashi::ledger
