#include "services/job_hunting.h"

#include "domain/error.h"
#include "io/csv.h"
#include "storage/database.h"
#include "storage/job_hunting_store.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace kakehashi::services {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("kakehashi::services", s);
}

JobHunting fromRow(const storage::JobHuntingRow &r)
{
    return {r.studentNo, r.grantedOn, r.endsOn, r.renewedTo, r.letterBy, r.letterOn};
}

QString optionalText(const std::optional<Date> &d)
{
    return d ? isoDateQ(*d) : QString();
}

} // namespace

std::optional<JobHuntingProblem> checkJobHunting(const JobHunting &e)
{
    if (e.studentNo.trimmed().isEmpty())
        return JobHuntingProblem{QStringLiteral("student_no"), tr("the student number is missing")};
    if (e.endsOn <= e.grantedOn)
        return JobHuntingProblem{QStringLiteral("ends_on"), tr("the status ends on %1, not after it was granted on %2")
                                                                 .arg(isoDateQ(e.endsOn), isoDateQ(e.grantedOn))};
    const Date longest = addMonthsClamped(e.grantedOn, kJobHuntingMonths);
    if (e.endsOn > longest)
        return JobHuntingProblem{QStringLiteral("ends_on"),
                                 tr("the status ends on %1, more than six months after it was granted (%2 at the latest)")
                                     .arg(isoDateQ(e.endsOn), isoDateQ(longest))};
    if (e.renewedTo) {
        if (*e.renewedTo <= e.endsOn)
            return JobHuntingProblem{QStringLiteral("renewed_to"),
                                     tr("the renewal ends on %1, not after the status's first end %2")
                                         .arg(isoDateQ(*e.renewedTo), isoDateQ(e.endsOn))};
        const Date renewal = addMonthsClamped(e.endsOn, kJobHuntingMonths);
        if (*e.renewedTo > renewal)
            return JobHuntingProblem{QStringLiteral("renewed_to"),
                                     tr("the one renewal ends on %1, more than six months after %2 (%3 at the latest)")
                                         .arg(isoDateQ(*e.renewedTo), isoDateQ(e.endsOn), isoDateQ(renewal))};
    }
    if (e.letterBy.trimmed().isEmpty() != !e.letterOn)
        return JobHuntingProblem{e.letterOn ? QStringLiteral("letter_by") : QStringLiteral("letter_on"),
                                 tr("the school's letter needs both who issued it and when")};
    if (e.letterBy.size() > 200)
        return JobHuntingProblem{QStringLiteral("letter_by"), tr("more than 200 characters")};
    if (e.letterOn && *e.letterOn > e.grantedOn)
        return JobHuntingProblem{QStringLiteral("letter_on"),
                                 tr("the school's letter of %1 is dated after the status was granted on %2")
                                     .arg(isoDateQ(*e.letterOn), isoDateQ(e.grantedOn))};
    return std::nullopt;
}

QStringList jobHuntingColumns()
{
    return {QStringLiteral("student_no"), QStringLiteral("granted_on"), QStringLiteral("ends_on"),
            QStringLiteral("renewed_to"), QStringLiteral("letter_by"), QStringLiteral("letter_on")};
}

std::vector<JobHuntingStatus> JobHuntingService::all(const Date &on) const
{
    std::vector<JobHuntingStatus> out;
    for (const storage::JobHuntingStatus &s : storage::JobHuntingStore(db_).all()) {
        JobHuntingStatus st{fromRow(s.row), s.name, s.placed, 0};
        st.daysLeft = static_cast<int>((st.entry.statusEnd() - on).days());
        out.push_back(std::move(st));
    }
    return out;
}

std::vector<JobHuntingStatus> JobHuntingService::endingUnplaced(const Date &on, int within) const
{
    std::vector<JobHuntingStatus> out;
    for (JobHuntingStatus &s : all(on))
        if (!s.placed && s.daysLeft >= 0 && s.daysLeft <= within)
            out.push_back(std::move(s));
    std::stable_sort(out.begin(), out.end(),
                     [](const JobHuntingStatus &a, const JobHuntingStatus &b) { return a.daysLeft < b.daysLeft; });
    return out;
}

void JobHuntingService::save(const auth::Session &session, const JobHunting &e) const
{
    if (const auto p = checkJobHunting(e))
        throw Error(QStringLiteral("%1: %2").arg(p->field, p->message));
    storage::JobHuntingStore(db_).save(session,
                                       {e.studentNo.trimmed(), e.grantedOn, e.endsOn, e.renewedTo,
                                        e.letterBy.trimmed(), e.letterOn});
}

int JobHuntingService::importCsv(const auth::Session &session, const QString &path) const
{
    auth::require(session, auth::Action::Edit);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, f.errorString()));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const io::CsvDocument doc = io::parseCsv(text);
    if (!doc.errors.empty())
        throw Error(tr("%1, line %2: %3").arg(path).arg(doc.errors.front().line).arg(doc.errors.front().message));
    if (doc.records.empty())
        throw Error(tr("%1: no header").arg(path));
    const QStringList columns = jobHuntingColumns();
    const io::CsvRecord &header = doc.records.front();
    QStringList got;
    for (const QString &h : header.fields)
        got << h.trimmed();
    if (got != columns)
        throw Error(tr("%1, line %2: the header must be %3").arg(path).arg(header.line).arg(columns.join(u',')));
    storage::Transaction tx(db_);
    int n = 0;
    for (size_t i = 1; i < doc.records.size(); ++i) {
        const io::CsvRecord &r = doc.records[i];
        const auto where = [&](const QString &field) { return tr("%1, line %2, %3").arg(path).arg(r.line).arg(field); };
        if (r.fields.size() != static_cast<size_t>(columns.size()))
            throw Error(tr("%1: %2 fields, the header has %3")
                            .arg(tr("%1, line %2").arg(path).arg(r.line))
                            .arg(r.fields.size())
                            .arg(columns.size()));
        const auto cell = [&](int c) { return io::unprotectCell(r.fields[static_cast<size_t>(c)].trimmed()); };
        const auto date = [&](int c, bool required) -> std::optional<Date> {
            const QString t = cell(c);
            if (t.isEmpty()) {
                if (required)
                    throw Error(tr("%1: a date is required").arg(where(columns[c])));
                return std::nullopt;
            }
            const auto d = parseDate(t);
            if (!d)
                throw Error(tr("%1: “%2” is not a date (YYYY-MM-DD)").arg(where(columns[c]), t));
            return d;
        };
        JobHunting e{cell(0), *date(1, true), *date(2, true), date(3, false), cell(4), date(5, false)};
        if (const auto p = checkJobHunting(e))
            throw Error(tr("%1: %2").arg(where(p->field), p->message));
        try {
            save(session, e);
        } catch (const Error &err) {
            throw Error(tr("%1: %2").arg(where(columns[0]), err.message()));
        }
        ++n;
    }
    tx.commit();
    return n;
}

QString JobHuntingService::exportCsv() const
{
    io::CsvWriter w;
    const QStringList columns = jobHuntingColumns();
    w.writeRecord({columns.begin(), columns.end()});
    for (const storage::JobHuntingStatus &s : storage::JobHuntingStore(db_).all()) {
        const storage::JobHuntingRow &r = s.row;
        w.writeRecord({io::protectCell(r.studentNo), isoDateQ(r.grantedOn), isoDateQ(r.endsOn),
                       optionalText(r.renewedTo), io::protectCell(r.letterBy), optionalText(r.letterOn)});
    }
    return w.take();
}

} // namespace kakehashi::services
