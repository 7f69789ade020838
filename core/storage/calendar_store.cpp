#include "storage/calendar_store.h"

#include "domain/timestamp.h"
#include "storage/audit_store.h"
#include <QDateTime>

#include "storage/database.h"

#include <QDir>
#include <QStandardPaths>
#include <QVariant>

namespace kakehashi::storage {

std::vector<calendar::Override> CalendarStore::overrides() const
{
    std::vector<calendar::Override> out;
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT date, is_holiday, name FROM calendar_overrides ORDER BY date"));
    Database::exec(q);
    while (q.next())
        if (auto d = parseDate(q.value(0).toString()))
            out.push_back({*d, q.value(1).toInt() != 0, q.value(2).toString()});
    return out;
}

calendar::WorkCalendar CalendarStore::workCalendar() const
{
    return calendar::WorkCalendar(overrides());
}

void CalendarStore::addHoliday(const auth::Session &session, const Date &day, const QString &name)
{
    auth::require(session, auth::Action::Administer);
    Transaction tx(db_);
    AuditLog(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()))
        .add(QStringLiteral("holiday_add"), QStringLiteral("calendar"), isoDateQ(day), QStringLiteral("name"), {}, name);
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO calendar_overrides (date, is_holiday, name) VALUES (?, 1, ?) "
                                             "ON CONFLICT (date) DO UPDATE SET is_holiday = 1, name = excluded.name"));
    q.addBindValue(isoDateQ(day));
    q.addBindValue(name);
    Database::exec(q);
    tx.commit();
}

void CalendarStore::removeHoliday(const auth::Session &session, const Date &day)
{
    auth::require(session, auth::Action::Administer);
    const calendar::WorkCalendar law;
    Transaction tx(db_);
    AuditLog(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()))
        .add(QStringLiteral("holiday_remove"), QStringLiteral("calendar"), isoDateQ(day));
    QSqlQuery del = db_.prepare(QStringLiteral("DELETE FROM calendar_overrides WHERE date = ?"));
    del.addBindValue(isoDateQ(day));
    Database::exec(del);
    if (day.year() >= calendar::kFirstYear && day.year() <= calendar::kLastYear && law.holiday(day)) {
        QSqlQuery q = db_.prepare(
            QStringLiteral("INSERT INTO calendar_overrides (date, is_holiday, name) VALUES (?, 0, '')"));
        q.addBindValue(isoDateQ(day));
        Database::exec(q);
    }
    tx.commit();
}

QString defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("kakehashi/kakehashi.sqlite3"));
}

} // namespace kakehashi::storage
