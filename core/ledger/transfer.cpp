#include "ledger/transfer.h"

#include "calendar/work_calendar.h"
#include "io/encoding.h"
#include "io/exporter.h"
#include "ledger/ledger.h"
#include "ledger/settings.h"
#include "rules/validation.h"
#include "rules/zengin_kana.h"
#include "storage/audit_store.h"
#include "storage/calendar_store.h"
#include "storage/database.h"
#include "storage/payment_store.h"

#include <QFile>

namespace kakehashi::ledger {

namespace {

// One fixed-width record: numbers right-aligned and zero-filled, text
// left-aligned and space-filled (cut to its width), in CP932 bytes.
class Record
{
public:
    explicit Record(const io::Encoder &encoder) : encoder_(encoder) {}

    Record &number(const QString &digits, int width)
    {
        if (digits.size() > width)
            throw Error(QStringLiteral("“%1” does not fit %2 digits of the transfer file").arg(digits).arg(width));
        bytes_ += QByteArray(width - digits.size(), '0') + digits.toLatin1();
        return *this;
    }
    Record &number(qint64 value, int width) { return number(QString::number(value), width); }
    Record &text(const QString &value, int width)
    {
        QByteArray b = encoder_.encode(value).value_or(QByteArray());
        if (b.isEmpty() && !value.isEmpty())
            throw Error(QStringLiteral("“%1” has no code in Shift_JIS").arg(value));
        b.truncate(width);
        bytes_ += b + QByteArray(width - b.size(), ' ');
        return *this;
    }
    QByteArray finish()
    {
        if (bytes_.size() != kZenginRecordBytes)
            throw Error(QStringLiteral("a transfer record of %1 bytes instead of %2").arg(bytes_.size()).arg(kZenginRecordBytes));
        return bytes_ + "\r\n";
    }

private:
    const io::Encoder &encoder_;
    QByteArray bytes_;
};

// 預金種目: 1 普通 (ordinary), 2 当座 (current).
QString accountTypeDigit(const QString &type)
{
    return type == u"current" ? QStringLiteral("2") : QStringLiteral("1");
}

const char *const kRequiredSettings[] = {"transfer.requester_code", "transfer.requester_name", "transfer.bank_code",
                                         "transfer.bank_name",      "transfer.branch_code",    "transfer.branch_name",
                                         "transfer.account_no"};

} // namespace

QByteArray zenginTransferFile(const TransferHeader &h, const std::vector<TransferPayee> &payees)
{
    const io::Encoder sjis(io::Encoding::Cp932);
    QByteArray out;
    out += Record(sjis)
               .number(QStringLiteral("1"), 1)  // データ区分: header
               .number(QStringLiteral("21"), 2) // 種別コード: 総合振込
               .number(QStringLiteral("0"), 1)  // コード区分: JIS (Shift_JIS)
               .number(h.requesterCode, 10)
               .text(h.requesterName, 40)
               .number(QStringLiteral("%1%2")
                           .arg(h.date.month().as_number(), 2, 10, QLatin1Char('0'))
                           .arg(h.date.day().as_number(), 2, 10, QLatin1Char('0')),
                       4)
               .number(h.bankCode, 4)
               .text(h.bankName, 15)
               .number(h.branchCode, 3)
               .text(h.branchName, 15)
               .number(accountTypeDigit(h.accountType), 1)
               .number(h.accountNo, 7)
               .text(QString(), 17)
               .finish();
    qint64 total = 0;
    for (const TransferPayee &p : payees) {
        total += p.amountJpy;
        out += Record(sjis)
                   .number(QStringLiteral("2"), 1)
                   .number(p.bankCode, 4)
                   .text(p.bankName, 15)
                   .number(p.branchCode, 3)
                   .text(p.branchName, 15)
                   .number(0, 4) // 手形交換所番号: unused
                   .number(accountTypeDigit(p.accountType), 1)
                   .number(p.accountNo, 7)
                   .text(p.holder, kZenginHolderWidth)
                   .number(p.amountJpy, 10)
                   .number(QStringLiteral("0"), 1) // 新規コード
                   .number(0, 10)                  // 顧客コード1
                   .number(0, 10)                  // 顧客コード2
                   .text(QString(), 1)             // 振込指定区分: the bank's default (telegraphic)
                   .text(QString(), 1)             // 識別表示: customer codes, not EDI
                   .text(QString(), 7)
                   .finish();
    }
    out += Record(sjis).number(QStringLiteral("8"), 1).number(static_cast<qint64>(payees.size()), 6).number(total, 12).text(QString(), 101).finish();
    out += Record(sjis).number(QStringLiteral("9"), 1).text(QString(), 119).finish();
    return out;
}

Transfers::Transfers(storage::Database &db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
}

TransferResult Transfers::prepare(const QString &period, const Date &date) const
{
    if (!parsePeriod(period))
        throw TransferError(tr("“%1” is not a month (YYYY-MM)").arg(period), {});
    QStringList problems;
    TransferResult r;
    r.period = period;
    r.date = date;

    // The consortium's account, from the settings (validated again: a file
    // edited outside the program must not make a wrong header).
    const Settings settings(db_);
    auto setting = [&](const char *key) {
        const QString k = QLatin1String(key);
        const QString v = settings.value(k);
        QString error;
        if (v.isEmpty()) {
            problems << tr("settings: %1: not set (kakehashi-cli settings set %1 VALUE)").arg(k);
            return QString();
        }
        const auto n = normaliseSetting(k, v, error);
        if (!n || *n != v) {
            problems << tr("settings: %1: %2").arg(k, error.isEmpty() ? tr("“%1” is not as stored by the program").arg(v) : error);
            return QString();
        }
        return v;
    };
    TransferHeader header;
    header.date = date;
    header.requesterCode = setting(kRequiredSettings[0]);
    header.requesterName = setting(kRequiredSettings[1]);
    header.bankCode = setting(kRequiredSettings[2]);
    header.bankName = setting(kRequiredSettings[3]);
    header.branchCode = setting(kRequiredSettings[4]);
    header.branchName = setting(kRequiredSettings[5]);
    header.accountNo = setting(kRequiredSettings[6]);
    header.accountType = setting("transfer.account_type");

    // One payee per student: the net of every entry of the period.
    const auto entries = storage::PaymentStore(db_).payableEntries(period);
    for (size_t i = 0; i < entries.size();) {
        const storage::PayableEntry &s = entries[i];
        TransferPayee p;
        p.studentNo = s.studentNo;
        for (; i < entries.size() && entries[i].studentNo == s.studentNo; ++i) {
            p.amountJpy += entries[i].amountJpy;
            p.entries.push_back(entries[i].entryNo);
        }
        if (p.amountJpy <= 0)
            continue;
        const QString who = QStringLiteral("%1 %2").arg(s.studentNo, s.studentName);
        QStringList missing;
        const std::pair<const char *, const QString *> needed[] = {{"bank_code", &s.bankCode},
                                                                    {"branch_code", &s.branchCode},
                                                                    {"account_no", &s.accountNo},
                                                                    {"account_holder_kana", &s.holderKana}};
        for (const auto &[column, value] : needed)
            if (value->trimmed().isEmpty())
                missing << QLatin1String(column);
        if (!missing.isEmpty())
            problems << tr("%1: the account details are not complete: %2 empty").arg(who, missing.join(QStringLiteral(", ")));
        const std::tuple<const char *, const QString *, int> digits[] = {
            {"bank_code", &s.bankCode, 4}, {"branch_code", &s.branchCode, 3}, {"account_no", &s.accountNo, 7}};
        for (const auto &[column, value, n] : digits)
            if (!value->isEmpty())
                if (auto m = rules::checkDigits(*value, n))
                    problems << QStringLiteral("%1: %2: %3").arg(who, QLatin1String(column), *m);
        if (!s.holderKana.trimmed().isEmpty()) {
            QString bad;
            const auto holder = rules::toZenginKana(s.holderKana.trimmed(), &bad);
            if (!holder) {
                QStringList chars;
                for (QChar c : bad)
                    chars << QStringLiteral("“%1”").arg(c);
                problems << tr("%1: account_holder_kana “%2”: %3 cannot be written in the half-width katakana of a "
                               "bank transfer file")
                                .arg(who, s.holderKana, chars.join(QStringLiteral(", ")));
            } else {
                p.holder = *holder;
                if (p.holder.size() > kZenginHolderWidth) {
                    r.warnings << tr("%1: the name “%2” is cut to its first %3 characters, as the transfer file holds "
                                     "them")
                                      .arg(who, p.holder)
                                      .arg(kZenginHolderWidth);
                    p.holder.truncate(kZenginHolderWidth);
                }
            }
        }
        if (p.amountJpy > 9999999999LL)
            problems << tr("%1: ¥%2 does not fit the 10 digits of a transfer's amount").arg(who).arg(p.amountJpy);
        p.bankCode = s.bankCode;
        p.branchCode = s.branchCode;
        p.accountType = s.accountType;
        p.accountNo = s.accountNo;
        r.totalJpy += p.amountJpy;
        r.entries.insert(r.entries.end(), p.entries.begin(), p.entries.end());
        r.payees.push_back(std::move(p));
    }
    if (r.payees.empty())
        problems << tr("%1: nothing to transfer: no student has a net payment above zero in that period").arg(period);
    if (r.totalJpy > 999999999999LL)
        problems << tr("%1: the total ¥%2 does not fit the 12 digits of the trailer").arg(period).arg(r.totalJpy);
    if (!problems.isEmpty())
        throw TransferError(tr("%1: %n problem(s); no transfer file was written", nullptr,
                               static_cast<int>(problems.size()))
                                .arg(period),
                            problems);

    try {
        if (!storage::CalendarStore(db_).workCalendar().isWorkingDay(date))
            r.warnings << tr("%1 is not a working day: a bank transfers on its business days").arg(isoDateQ(date));
    } catch (const std::out_of_range &) {
        // Outside the calendar's years: nothing to warn about.
    }

    r.bytes = zenginTransferFile(header, r.payees);
    r.sha256 = QString::fromLatin1(sha256Hex(r.bytes));

    std::map<qint64, QStringList> byFile;
    std::map<qint64, storage::EarlierTransfer> files;
    const auto earlier = storage::PaymentStore(db_).transferredEntries(period);
    for (qint64 e : r.entries) {
        const auto it = earlier.find(e);
        if (it == earlier.end())
            continue;
        r.repeated.push_back(e);
        byFile[it->second.id] << QString::number(e);
        files[it->second.id] = it->second;
    }
    for (const auto &[id, list] : byFile)
        r.repeatNotes << tr("entries %1 were paid by the transfer file for %2 made at %3 by %4")
                             .arg(list.join(QStringLiteral(", ")), files[id].transferDate, files[id].madeAt,
                                  files[id].madeBy);
    return r;
}

TransferResult Transfers::write(const auth::Session &session, const QString &period, const Date &date,
                                const QString &file, bool again)
{
    auth::require(session, auth::Action::Administer);
    storage::Transaction tx(db_);
    TransferResult r = prepare(period, date);
    if (!r.repeated.empty() && !again)
        throw TransferError(tr("%1: %n of the file's ledger entries were in an earlier transfer file; confirm to "
                               "make the file again; no transfer file was written",
                               nullptr, static_cast<int>(r.repeated.size()))
                                .arg(period),
                            r.repeatNotes, true);
    storage::PaymentStore store(db_);
    storage::TransferFileRow row;
    row.period = period;
    row.transferDate = isoDateQ(date);
    row.madeAt = postingTimestamp(clock_());
    row.madeBy = session.who();
    row.payees = static_cast<qint64>(r.payees.size());
    row.totalJpy = r.totalJpy;
    row.sha256 = r.sha256;
    const qint64 id = store.addTransferFile(row);
    store.addTransferEntries(id, r.entries);
    QStringList entries, repeated;
    for (qint64 e : r.entries)
        entries << QString::number(e);
    for (qint64 e : r.repeated)
        repeated << QString::number(e);
    storage::AuditLog audit(db_, row.madeBy, row.madeAt);
    audit.add(QStringLiteral("transfer"), QStringLiteral("ledger"), period, QStringLiteral("entries"), {},
              entries.join(QLatin1Char(' ')));
    audit.add(QStringLiteral("transfer"), QStringLiteral("ledger"), period, QStringLiteral("file"), {},
              QStringLiteral("%1 transfer date %2, %3 payee(s), ¥%4, sha256 %5")
                  .arg(file, row.transferDate)
                  .arg(row.payees)
                  .arg(row.totalJpy)
                  .arg(row.sha256));
    if (!repeated.isEmpty())
        audit.add(QStringLiteral("transfer"), QStringLiteral("ledger"), period, QStringLiteral("repeats"), {},
                  repeated.join(QLatin1Char(' ')));
    io::writeFile(file, r.bytes);
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(file);
        throw;
    }
    return r;
}

} // namespace kakehashi::ledger
