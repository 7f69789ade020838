#include "cli_options.h"
#include "cli_pgspeed.h"

#include "domain/error.h"
#include "services/job_hunting.h"

#include <QDate>

#include <cstdio>
#include <optional>

namespace kakehashi::cli {

namespace {


Date dateOption(const QString &name, const QString &text)
{
    const auto d = parseDate(text);
    if (!d)
        throw BadUsage{QStringLiteral("%1: “%2” is not a date (YYYY-MM-DD)").arg(name, text)};
    return *d;
}

Date today()
{
    const QDate d = QDate::currentDate();
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

QString dateOrEmpty(const std::optional<Date> &d)
{
    return d ? isoDateQ(*d) : QString();
}

QString csvCell(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return s;
}

// The report: student_no,name,granted_on,status_end,renewed,days_left,letter_by,letter_on,placed
QString statusCsv(const std::vector<services::JobHuntingStatus> &rows)
{
    QString text = QStringLiteral("student_no,name,granted_on,status_end,renewed,days_left,letter_by,letter_on,placed\r\n");
    for (const services::JobHuntingStatus &s : rows) {
        const services::JobHunting &e = s.entry;
        text += QStringList{csvCell(e.studentNo),
                            csvCell(s.name),
                            isoDateQ(e.grantedOn),
                            isoDateQ(e.statusEnd()),
                            e.renewedTo ? QStringLiteral("true") : QStringLiteral("false"),
                            QString::number(s.daysLeft),
                            csvCell(e.letterBy),
                            dateOrEmpty(e.letterOn),
                            s.placed ? QStringLiteral("true") : QStringLiteral("false")}
                    .join(u',') +
                QStringLiteral("\r\n");
    }
    return text;
}

int run(const storage::Database &db, const auth::Session &session, Options &o)
{
    const QString sub = o.positional(QStringLiteral("job-hunting command (list, due, set, import, export)"));
    services::JobHuntingService service(db);
    if (sub == u"list" || sub == u"due") {
        const auto dateText = o.take(QStringLiteral("--date"));
        const auto within = sub == u"due" ? o.take(QStringLiteral("--within")) : std::nullopt;
        o.done();
        const Date on = dateText ? dateOption(QStringLiteral("--date"), *dateText) : today();
        int days = services::kJobHuntingWarningDays;
        if (within) {
            bool ok = false;
            days = within->toInt(&ok);
            if (!ok || days < 0)
                throw BadUsage{QStringLiteral("--within is a number of days, 0 or more")};
        }
        out(statusCsv(sub == u"list" ? service.all(on) : service.endingUnplaced(on, days)).toUtf8());
        return Ok;
    }
    if (sub == u"export") {
        o.done();
        out(service.exportCsv().toUtf8());
        return Ok;
    }
    if (sub == u"import") {
        const QString path = o.positional(QStringLiteral("FILE"));
        o.done();
        const int n = service.importCsv(session, path);
        err(QStringLiteral("%1: imported %2 rows").arg(path).arg(n));
        return Ok;
    }
    if (sub == u"set") {
        const auto granted = o.take(QStringLiteral("--granted"));
        const auto ends = o.take(QStringLiteral("--ends"));
        const auto renewed = o.take(QStringLiteral("--renewed-to"));
        const auto letterBy = o.take(QStringLiteral("--letter-by"));
        const auto letterOn = o.take(QStringLiteral("--letter-on"));
        const QString no = o.positional(QStringLiteral("STUDENT_NO"));
        o.done();
        if (!granted || !ends)
            throw BadUsage{QStringLiteral("--granted D and --ends D are required")};
        services::JobHunting e{no,
                               dateOption(QStringLiteral("--granted"), *granted),
                               dateOption(QStringLiteral("--ends"), *ends),
                               renewed && *renewed != u"none"
                                   ? std::optional<Date>(dateOption(QStringLiteral("--renewed-to"), *renewed))
                                   : std::nullopt,
                               letterBy.value_or(QString()),
                               letterOn ? std::optional<Date>(dateOption(QStringLiteral("--letter-on"), *letterOn))
                                        : std::nullopt};
        service.save(session, e);
        err(QStringLiteral("%1: job hunting from %2 to %3").arg(no, isoDateQ(e.grantedOn), isoDateQ(e.statusEnd())));
        return Ok;
    }
    throw BadUsage{QStringLiteral("unknown job-hunting command “%1” (list, due, set, import, export)").arg(sub)};
}

} // namespace

int jobHuntingCommand(const storage::Database &db, const auth::Session &session, const QStringList &args)
{
    try {
        Options o(args);
        return run(db, session, o);
    } catch (const BadUsage &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message));
        err(QStringLiteral("Try 'kakehashi-cli --help'."));
        return Usage;
    }
}

} // namespace kakehashi::cli
