#include "cli_notification_sheets.h"

#include "auth/auth.h"
#include "domain/date.h"
#include "domain/error.h"
#include "notification_document.h"
#include "reports/notification_sheet.h"
#include "rules/hire_notification.h"
#include "services/database_file.h"
#include "storage/database.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QSettings>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace kakehashi::cli {

namespace {

enum Exit { Ok = 0, Refused = 1, Usage = 2, Auth = 3 };

struct UsageError
{
    QString message;
};

void say(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

// "--name VALUE" or "--name=VALUE", taken out of `args`.
std::optional<QString> take(QStringList &args, const QString &name, const QString &alias = {})
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        for (const QString &n : {name, alias}) {
            if (n.isEmpty())
                continue;
            if (a == n) {
                if (i + 1 >= args.size())
                    throw UsageError{QStringLiteral("%1 needs a value").arg(n)};
                const QString v = args[i + 1];
                args.remove(i, 2);
                return v;
            }
            if (a.startsWith(n + QLatin1Char('='))) {
                const QString v = a.mid(n.size() + 1);
                args.remove(i);
                return v;
            }
        }
    }
    return std::nullopt;
}

Date dateArg(const QString &text)
{
    const auto d = parseDate(QStringView(text));
    if (!d)
        throw UsageError{QStringLiteral("“%1” is not a date (YYYY-MM-DD)").arg(text)};
    return *d;
}

} // namespace

std::optional<int> notificationSheetsCommand(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const qsizetype command = raw.indexOf(QStringLiteral("compliance"));
    if (command < 0 || raw.value(command + 1) != u"notifications" || !raw.contains(QStringLiteral("--pdf")) ||
        raw.contains(QStringLiteral("--help")) || raw.contains(QStringLiteral("-h")))
        return std::nullopt;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kakehashi"));
    try {
        QStringList args = raw;
        args.remove(command, 2);
        args.removeAll(QStringLiteral("--pdf"));
        QString dbPath = take(args, QStringLiteral("--db")).value_or(qEnvironmentVariable("KAKEHASHI_DB"));
        const auto user = take(args, QStringLiteral("--user"));
        take(args, QStringLiteral("--lang")); // the sheet is in both languages
        const auto file = take(args, QStringLiteral("-o"), QStringLiteral("--output"));
        const auto dateText = take(args, QStringLiteral("--date"));
        const auto withinText = take(args, QStringLiteral("--within"));
        if (!args.isEmpty())
            throw UsageError{QStringLiteral("unknown argument “%1” (compliance notifications --pdf -o FILE "
                                            "[--date D] [--within DAYS])")
                                 .arg(args.front())};
        if (!file)
            throw UsageError{QStringLiteral("--pdf needs -o FILE")};
        if (dbPath.contains(QLatin1String("://")))
            throw UsageError{QStringLiteral("“%1”: give a database file").arg(dbPath)};
        if (dbPath.isEmpty())
            dbPath = services::defaultDatabasePath();
        int within = rules::kNotificationWarningDays;
        if (withinText) {
            bool ok = false;
            within = withinText->toInt(&ok);
            if (!ok || within < 0)
                throw UsageError{QStringLiteral("--within takes a number of days, not “%1”").arg(*withinText)};
        }
        const QDate now = QDate::currentDate();
        const Date on = dateText ? dateArg(*dateText)
                                 : Date(static_cast<unsigned short>(now.year()), static_cast<unsigned short>(now.month()),
                                        static_cast<unsigned short>(now.day()));

        storage::Database db(dbPath);
        // Every role reads the notifications (FORMATS §4); a database with users wants one.
        auth::Users users(db);
        QString who = qEnvironmentVariable("USER");
        if (users.any()) {
            if (!user)
                throw auth::AuthError(QStringLiteral("this database has users: give --user NAME (and the password "
                                                     "in $KAKEHASHI_PASSWORD)"));
            who = users.login(*user, qEnvironmentVariable("KAKEHASHI_PASSWORD")).who();
        }
        const auto sheets = reports::notificationSheetsDue(db, on, within);
        // The consortium's name as the GUI's first start stored it.
        render::writeNotificationPdf(*file, sheets, QSettings().value(QStringLiteral("consortium/name")).toString(),
                                     QDateTime::currentDateTime());
        // Personal data leaving the program is recorded (APPI).
        users.audit(who, QStringLiteral("export"), QStringLiteral("notification_sheet"), QString(), QString(),
                    QString(), *file);
        say(QStringLiteral("%1: %2 notification sheet(s)").arg(*file).arg(sheets.size()));
        return Ok;
    } catch (const UsageError &e) {
        say(QStringLiteral("kakehashi-cli: %1").arg(e.message));
        say(QStringLiteral("Try 'kakehashi-cli --help'."));
        return Usage;
    } catch (const auth::AuthError &e) {
        say(QStringLiteral("kakehashi-cli: %1").arg(e.message()));
        return Auth;
    } catch (const Error &e) {
        say(QStringLiteral("kakehashi-cli: %1").arg(e.message()));
        return Refused;
    } catch (const std::exception &e) {
        say(QStringLiteral("kakehashi-cli: %1").arg(QString::fromUtf8(e.what())));
        return Refused;
    }
}

} // namespace kakehashi::cli
