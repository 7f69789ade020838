// kakehashi-cli: argument parsing and wiring only; the work is done in core.
#include "auth/auth.h"
#include "calendar/fiscal.h"
#include "calendar/work_calendar.h"
#include "demo/demo_generator.h"
#include "domain/codes.h"
#include "domain/kinds.h"
#include "io/database_check.h"
#include "io/encoding.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "rules/validation.h"
#include "ledger/approval.h"
#include "ledger/budget.h"
#include "ledger/ledger.h"
#include "ledger/settings.h"
#include "ledger/transfer.h"
#include "ledger_document.h"
#include "report_document.h"
#include "reports/html.h"
#include "reports/reports.h"
#include "reports/compliance.h"
#include "reports/matching.h"
#include "reports/visa_risk.h"
#include "io/csv.h"
#include "services/audit.h"
#include "services/calendar_and_rates.h"
#include "services/compliance.h"
#include "services/database_file.h"
#include "services/ledger_summary.h"
#include "services/matching.h"
#include "services/privacy.h"
#include "services/visa.h"
#include "storage/copy.h"
#include "storage/database.h"
#include "kakehashi_version.h"
#include "cli_checklist.h"
#include "cli_evidence.h"
#include "cli_pgspeed.h"
#include "cli_relations.h"
#include "cli_japanese.h"
#include "cli_notification_sheets.h"
#include "cli_privacy.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>
#include <map>
#include <optional>

namespace {

using namespace kakehashi;

enum Exit { Ok = 0, Refused = 1, Usage = 2, Auth = 3 };

// A password typed on the terminal with echo off; empty when there is none.
QString promptPassword(const char *prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fputs(prompt, tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool echoOff = tcgetattr(fd, &old) == 0;
    if (echoOff) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    char buf[1024];
    const bool read = std::fgets(buf, sizeof buf, tty) != nullptr;
    if (echoOff)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return {};
    QString p = QString::fromUtf8(buf);
    while (p.endsWith(QLatin1Char('\n')) || p.endsWith(QLatin1Char('\r')))
        p.chop(1);
    return p;
}

struct UsageError
{
    QString message;
};

// Text from files and the database reaches the terminal without its control
// characters: an escape sequence in a CSV cell is shown, not obeyed.
QString printable(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(static_cast<int>(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void err(const QString &text)
{
    const QByteArray b = printable(text).toUtf8();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stderr);
    std::fputc('\n', stderr);
}

void out(const QByteArray &b)
{
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stdout);
}

const char *const kUsage = R"(Usage: kakehashi-cli [--db FILE] [--lang ja|en] [--user NAME] COMMAND ...
       kakehashi-cli --help | --version

Commands:
  init                                   create or upgrade the database
  import KIND FILE [--dry-run] [--encoding auto|utf-8|cp932]
  export KIND [--format csv|xlsx] [--encoding utf-8-bom|utf-8|cp932] [-o FILE]
  calendar holidays YEAR                 one "YYYY-MM-DD<TAB>name" per line
  calendar workdays FROM TO              working days, both ends included
  calendar add DATE NAME | calendar remove DATE
  copy-to TARGET                         everything into an empty database file or server database (a URI)
  backup FILE                            consistent copy while in use
  check                                  integrity and rule check of the whole file
  demo [--students N] [--seed S]         fill an empty database with realistic data
  subsidy claims --month YYYY-MM | subsidy rates | subsidy rate add FROM YEN
  subsidy budget --fy N [--set YEN]      CSV: fy,budget_jpy,paid_jpy,remaining_jpy
  subsidy prepare|check|approve --month YYYY-MM | subsidy reject --month YYYY-MM --reason TEXT
  subsidy approval --month YYYY-MM       the month's approval steps
  ledger post --month YYYY-MM | ledger reverse ENTRY_NO --reason TEXT | ledger verify
  ledger transfer --month YYYY-MM --date YYYY-MM-DD -o FILE [--again]
                                         the 全銀協 総合振込 file of the month's payments
  ledger export [--fy N] [--from D] [--to D] [--min-amount Y] [--max-amount Y]
                [--counterparty TEXT] [--format csv|xlsx|pdf] [-o FILE]
  report placement|employment|programme|subsidy --fy N [--by KEY]
                [--format csv|html|pdf|xlsx] [-o FILE]
  report completion --fy N [--format pdf|xlsx|csv] [-o FILE]
                                         実績報告: internships, payments (ledger, net), budget, evidence
  evidence add --internship N --month YYYY-MM FILE [--replace]
                                         attach the scanned signed timesheet (PDF or image, up to 20 MB)
  evidence list [--month YYYY-MM] [--internship N] [--missing] [-o FILE]
  evidence export --internship N --month YYYY-MM -o FILE   the signed timesheet as attached
  evidence sheet --internship N --month YYYY-MM [-o FILE.pdf]   the blank 出勤簿 for the company to sign
  contacts list [--company CODE] [-o FILE] | contacts import FILE [--dry-run] [--encoding E]
  contacts add --company CODE --name NAME [--role R] [--email E] [--phone P] [--primary] [--do-not-contact]
  contacts edit CONTACT_NO [--name N] [--role R] [--email E] [--phone P] [--primary|--former|--do-not-contact yes|no]
  activity add --kind visit|call|mail|meeting|counselling|letter --summary TEXT [--company CODE] [--student NO]
               [--contact NO] [--date D] [--next TEXT] [--next-on D] [--confidential]
  activity list [--company CODE] [--student NO] [-o FILE] | activity import FILE [--dry-run]
  activity next [-o FILE]                your own open next steps | activity done ACTIVITY_NO
  japanese course --student NO --name NAME --hours H --from D --to D   a business Japanese course
  japanese units --student NO --completed N   e-learning units completed (of 18)
  japanese score --student NO --test NAME --date D --score N   a practice-test score (JLPT N2 practice, BJT …)
  japanese list courses|units|scores [--student NO] [-o FILE] | japanese import courses|units|scores FILE [--dry-run]
  japanese report [--test NAME] [-o FILE]   per cohort: students, average hours, units completed, average score
  letter completion|recommendation|payment|invitation --student NO [--student NO ...]
         [--event NO] [--month YYYY-MM] --output FILE.pdf   Japanese A4 letters, each recorded as an activity
  advisor student NO [--date D] | advisor risk [--list] | advisor senmonshi NO yes|no
  advisor rules [-o FILE] | advisor rules import FILE   the work-visa advisor's rules as data
  match company CODE | match student NO | match introduce --company C --student S [--date D]
                                         (introduce: refused without the student's consent for introductions)
  consent give --student S --purpose introductions|alumni|publicity|school --method paper|email|online|verbal
        [--on D] [--note T] | consent withdraw --student S --purpose P [--on D]
  consent list [--student S] [-o FILE] | consent import FILE   CSV: student_no,purpose,given_on,withdrawn_on,method,note
  provision add --student S --company C --items F;F;… [--date D] [--reference R]   a passing to a company (needs consent)
  provision list [--student S] [--company C] [-o FILE]   third-party provision records (第29条)
  disclose --student S [--format json|pdf] [-o FILE]   everything held about a student; audited (第33条)
  request add --student S --kind disclosure|correction|stop_of_use|deletion [--received D] [--due D] [--note T]
  request answer ID --outcome TEXT [--on D] | request list [--student S] [-o FILE]
  anonymise [--as-of D] [--student S] [--dry-run] [-o FILE]   remove the personal data kept past retention.students
                                         (administrators; the ledger's students are kept for retention.ledger years)
  duplicates [-o FILE]                   likely duplicate students and companies (kind,first,second,reason)
  merge students|companies KEEP MERGED   every reference moves to KEEP; MERGED's values kept in the history
  compliance hours --from D --to D       CSV: student_no,date,rule,hours,limit (the 28-hour limit)
  compliance cards [--within DAYS] [--date D]   residence cards expiring (60 days) or before an internship ends
  compliance card-checked STUDENT_NO [--date D] [--note TEXT]   record a check of the card's validity
  compliance notifications [--date D] [--within DAYS]   foreign-worker notifications of hires, due dates
  compliance notifications --pdf -o FILE [--date D] [--within DAYS]   the notification sheets of those due, A4 PDF
  compliance notification PLACEMENT_NO [--insurance yes|no] [--filed D|none]   what the employer reported
  compliance job-hunting list|due [--date D] [--within DAYS]   graduates on 特定活動 (継続就職活動): status ends (due: within 30 days, no placement)
  compliance job-hunting set STUDENT_NO --granted D --ends D [--renewed-to D|none] [--letter-by TEXT --letter-on D]
  compliance job-hunting import FILE | export   CSV: student_no,granted_on,ends_on,renewed_to,letter_by,letter_on
  compliance checklist list [--internship N] [--missing] [-o FILE]   the checks before an internship starts
  compliance checklist set INTERNSHIP_NO ITEM [--date D] [--document FILE] [--permission none|general|individual]
              [--permission-date D] [--permission-no TEXT] [--note TEXT]   ITEM: residence_card, work_permission,
                                         agreement, insurance; the person verifying is the user
  compliance checklist override INTERNSHIP_NO --reason TEXT   administrator: active with items missing
  compliance checklist import FILE [--dry-run]   CSV: internship_no,item,verified_on,permission,permission_date,
                                         permission_no,document (a file beside the CSV),note
  compliance checklist export [-o FILE]  every verification recorded, with the documents' SHA-256
  compliance checklist document INTERNSHIP_NO ITEM -o FILE   the scanned document as attached
  user add NAME --role staff|administrator|auditor | user list | user disable NAME | user password NAME
  user role NAME --role staff|administrator|auditor   (the last active administrator keeps the role)
  audit export [--from D] [--to D] [--by-user NAME] [--format csv|xlsx] [-o FILE]
  settings list | settings set KEY VALUE   the consortium's bank account (transfer.*), subsidy.approval

Once a database has users, every command needs --user NAME and the password
($KAKEHASHI_PASSWORD, else a prompt); new passwords from $KAKEHASHI_NEW_PASSWORD.

KIND is one of: schools, companies, students, internships, attendance,
placements, events, participants, vacations.
The database is --db, else $KAKEHASHI_DB, else the user's data folder.
Exit status: 0 success, 1 data refused, 2 usage error, 3 not allowed.)";

// Arguments after the command, with options taken out.
class Args
{
public:
    explicit Args(QStringList list) : rest_(std::move(list)) {}

    std::optional<QString> option(const QString &name, const QString &alias = {})
    {
        for (int i = 0; i < rest_.size(); ++i) {
            const QString &a = rest_[i];
            if (a == name || (!alias.isEmpty() && a == alias)) {
                if (i + 1 >= rest_.size())
                    throw UsageError{QStringLiteral("%1 needs a value").arg(a)};
                const QString v = rest_[i + 1];
                rest_.remove(i, 2);
                return v;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                const QString v = a.mid(name.size() + 1);
                rest_.remove(i);
                return v;
            }
        }
        return std::nullopt;
    }
    bool flag(const QString &name)
    {
        return rest_.removeAll(name) > 0;
    }
    QString positional(const QString &what)
    {
        for (int i = 0; i < rest_.size(); ++i) {
            if (rest_[i].startsWith(QLatin1String("--")) && rest_[i].size() > 2)
                continue;
            return rest_.takeAt(i);
        }
        throw UsageError{QStringLiteral("missing %1").arg(what)};
    }
    QStringList remaining() const { return rest_; }
    void done() const
    {
        if (!rest_.isEmpty())
            throw UsageError{QStringLiteral("unexpected argument “%1”").arg(rest_.front())};
    }

private:
    QStringList rest_;
};

Date dateArg(const QString &s)
{
    if (auto d = parseDate(QStringView(s)))
        return *d;
    throw UsageError{QStringLiteral("“%1” is not a date (YYYY-MM-DD)").arg(s)};
}

int intArg(const QString &s, const QString &what)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    if (!ok)
        throw UsageError{QStringLiteral("%1 must be a whole number, not “%2”").arg(what, s)};
    return v;
}

const domain::Kind &kindArg(const QString &s)
{
    if (const domain::Kind *k = domain::kindByName(s))
        return *k;
    throw UsageError{QStringLiteral("unknown kind “%1”").arg(s)};
}

// Writes a result to -o FILE (atomically) or to stdout.
void writeResult(const QByteArray &data, const std::optional<QString> &file)
{
    if (!file) {
        out(data);
        return;
    }
    io::writeFile(*file, data);
}

// Where and how a command writes a table: --format, -o FILE, --encoding.
struct Output
{
    QString format;
    std::optional<QString> file;
    io::Encoding encoding = io::Encoding::Utf8;
};

Output outputOptions(Args &args, const QStringList &formats)
{
    Output o;
    o.format = args.option(QStringLiteral("--format")).value_or(formats.front());
    if (!formats.contains(o.format))
        throw UsageError{QStringLiteral("unknown format “%1” (%2)").arg(o.format, formats.join(QStringLiteral(", ")))};
    o.file = args.option(QStringLiteral("-o"), QStringLiteral("--output"));
    const QString encName =
        args.option(QStringLiteral("--encoding")).value_or(o.file ? QStringLiteral("utf-8-bom") : QStringLiteral("utf-8"));
    const auto enc = io::encodingFromName(encName);
    if (!enc || *enc == io::Encoding::Auto)
        throw UsageError{QStringLiteral("unknown encoding “%1” (utf-8-bom, utf-8, cp932)").arg(encName)};
    o.encoding = *enc;
    return o;
}

// Writes a binary document (xlsx, pdf) made by `make(path)` to the file, or to
// stdout through a temporary file.
void writeBinaryOutput(const Output &o, const std::function<void(const QString &)> &make)
{
    if (o.file) {
        make(*o.file);
        return;
    }
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("export.%1").arg(o.format));
    make(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw io::ExportError(QStringLiteral("cannot read back %1").arg(path));
    out(f.readAll());
}

void writeTable(const Output &o, const QString &sheet, const std::vector<io::XlsxColumn> &columns,
                const std::vector<std::vector<QString>> &rows)
{
    if (o.format == u"xlsx") {
        writeBinaryOutput(o, [&](const QString &path) { io::writeXlsx(path, sheet, columns, rows); });
        return;
    }
    std::vector<QString> header;
    std::vector<bool> numeric;
    for (const io::XlsxColumn &c : columns) {
        header.push_back(c.name);
        numeric.push_back(c.numeric);
    }
    writeResult(io::tableCsv(header, rows, o.encoding, numeric), o.file);
}

std::optional<qint64> yenArg(Args &args, const QString &name)
{
    const auto v = args.option(name);
    if (!v)
        return std::nullopt;
    QString error;
    const auto yen = rules::parseYen(*v, error);
    if (!yen)
        throw UsageError{QStringLiteral("%1: %2").arg(name, error)};
    return yen->value();
}

class Cli
{
public:
    Cli(QString dbPath, bool japanese) : dbPath_(std::move(dbPath)), japanese_(japanese) {}

    int run(const QString &command, Args args, const std::optional<QString> &user, const QStringList &raw)
    {
        user_ = user;
        raw_ = raw;
        command_ = command;
        const Command *c = findCommand(command, raw);
        authenticate(command, raw, user, c ? c->action : auth::Action::Read);
        if (c)
            return (this->*c->run)(args);
        throw UsageError{QStringLiteral("unknown command “%1”").arg(command)};
    }

private:
    // The command table: each command (and subcommand) with what it needs of the
    // roles table (FORMATS §4) and the function that runs it, in one place. The
    // first row that matches wins: a row without a subcommand matches any, and
    // `when` narrows a row to some arguments. An unknown command needs Read (the
    // login comes first) and is then refused as a usage error. To add a command:
    // one row here for each action it needs (the writing subcommands before the
    // command's Read row), and its lines in kUsage and the man page.
    struct Command
    {
        const char16_t *command;
        const char16_t *sub;                       // the first argument; nullptr: any
        auth::Action action;
        int (Cli::*run)(Args &args);
        bool (*when)(const QStringList &raw) = nullptr; // further condition on the arguments
    };
    static const Command kCommands[];

    static const Command *findCommand(const QString &command, const QStringList &raw);

    static bool setsBudget(const QStringList &raw)
    {
        return std::any_of(raw.begin(), raw.end(), [](const QString &a) { return a == u"--set" || a.startsWith(u"--set="); });
    }
    static bool importsRules(const QStringList &raw) { return raw.contains(QStringLiteral("import")); }

    // Commands whose bodies live in files of their own.
    int completion(Args &) { return cli::completionCommand(db(), session_, raw_.mid(1), japanese_); }
    int evidence(Args &) { return cli::evidenceCommand(db(), session_, raw_, japanese_); }
    int jobHunting(Args &) { return cli::jobHuntingCommand(db(), session_, raw_.mid(1)); }
    int checklist(Args &) { return cli::checklistCommand(db(), session_, raw_.mid(1)); }
    int privacy(Args &) { return cli::privacyCommand(db(), session_, command_, raw_, japanese_); }
    int letter(Args &) { return cli::letterCommand(db(), session_, raw_); }
    int contacts(Args &) { return cli::contactsCommand(db(), session_, raw_); }
    int activity(Args &) { return cli::activityCommand(db(), session_, raw_); }
    int japanese(Args &) { return cli::japaneseCommand(db(), session_, raw_); }
    // `compliance job-hunting|checklist set|import` record; `… override` administers.
    static bool recordsChecks(const QStringList &raw) { return raw.value(1) == u"set" || raw.value(1) == u"import"; }
    static bool overrides(const QStringList &raw) { return raw.value(1) == u"override"; }
    // consent give|withdraw|import, provision add, request add|answer.
    static bool privacyWrites(const QStringList &raw)
    {
        const QString sub = raw.value(0);
        return sub == u"give" || sub == u"withdraw" || sub == u"import" || sub == u"add" || sub == u"answer";
    }
    static bool notDryRun(const QStringList &raw) { return !raw.contains(QStringLiteral("--dry-run")); }

    // Logs in when the database has users, and checks the roles table.
    void authenticate(const QString &command, const QStringList &raw, const std::optional<QString> &user,
                      auth::Action action)
    {
        auth::Users users(db());
        if (db().isServer()) {
            // The server checked the password when it let the connection in.
            session_ = users.serverSession();
        } else if (!users.any()) {
            session_ = {};
            session_.user = qEnvironmentVariable("USER");
            return;
        } else {
            if (!user)
                throw auth::AuthError(QStringLiteral("this database has users: give --user NAME (and the password in "
                                                     "$KAKEHASHI_PASSWORD or at the prompt)"));
            QString password = qEnvironmentVariable("KAKEHASHI_PASSWORD");
            if (password.isEmpty() && !qEnvironmentVariableIsSet("KAKEHASHI_PASSWORD"))
                password = promptPassword("Password: ");
            session_ = users.login(*user, password);
        }
        // A user may change their own password.
        const bool ownPassword = command == u"user" && raw.value(0) == u"password" && raw.value(1) == session_.user;
        if (!session_.may(action) && !ownPassword)
            throw auth::AuthError(QStringLiteral("%1 (%2) may not do this: %3")
                                      .arg(session_.user, auth::roleCode(session_.role), command + QLatin1Char(' ') +
                                                                                           raw.value(0)));
    }

    static QString newPassword()
    {
        if (qEnvironmentVariableIsSet("KAKEHASHI_NEW_PASSWORD"))
            return qEnvironmentVariable("KAKEHASHI_NEW_PASSWORD");
        const QString a = promptPassword("New password: ");
        const QString b = promptPassword("Repeat the new password: ");
        if (a != b)
            throw auth::AuthError(QStringLiteral("the two passwords differ"));
        return a;
    }

    int userCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("user command (add, list, disable, password)"));
        auth::Users users(db());
        if (sub == u"add") {
            const QString roleText = args.option(QStringLiteral("--role")).value_or(QString());
            const QString name = args.positional(QStringLiteral("NAME"));
            args.done();
            const auto role = auth::roleFromCode(roleText);
            if (!role)
                throw UsageError{QStringLiteral("--role staff|administrator|auditor is required")};
            users.add(session_, name, *role, newPassword());
            err(QStringLiteral("user %1 added as %2").arg(name, roleText));
            return Ok;
        }
        if (sub == u"list") {
            args.done();
            QByteArray text;
            for (const auth::UserInfo &u : users.list())
                text += QStringLiteral("%1\t%2%3%4\n")
                            .arg(u.name, auth::roleCode(u.role), u.disabled ? QStringLiteral("\tdisabled") : QString(),
                                 u.lockedUntil.isEmpty() ? QString() : QStringLiteral("\tlocked until ") + u.lockedUntil)
                            .toUtf8();
            out(text);
            return Ok;
        }
        if (sub == u"disable") {
            const QString name = args.positional(QStringLiteral("NAME"));
            args.done();
            users.disable(session_, name);
            return Ok;
        }
        if (sub == u"role") {
            const QString roleText = args.option(QStringLiteral("--role")).value_or(QString());
            const QString name = args.positional(QStringLiteral("NAME"));
            args.done();
            const auto role = auth::roleFromCode(roleText);
            if (!role)
                throw UsageError{QStringLiteral("--role staff|administrator|auditor is required")};
            users.setRole(session_, name, *role);
            err(QStringLiteral("%1 is now %2").arg(name, roleText));
            return Ok;
        }
        if (sub == u"password") {
            const QString name = args.positional(QStringLiteral("NAME"));
            args.done();
            users.setPassword(session_, name, newPassword());
            err(QStringLiteral("password of %1 changed").arg(name));
            return Ok;
        }
        throw UsageError{QStringLiteral("unknown user command “%1” (add, list, role, disable, password)").arg(sub)};
    }

    int auditCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("audit command (export)"));
        if (sub != u"export")
            throw UsageError{QStringLiteral("unknown audit command “%1” (export)").arg(sub)};
        const auto from = args.option(QStringLiteral("--from"));
        const auto to = args.option(QStringLiteral("--to"));
        const auto byUser = args.option(QStringLiteral("--by-user"));
        const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
        args.done();
        services::AuditQuery f;
        if (from)
            f.from = dateArg(*from);
        if (to)
            f.to = dateArg(*to);
        f.user = byUser.value_or(QString());
        const auto rows = services::AuditService(db()).entries(f);
        std::vector<io::XlsxColumn> columns;
        for (const char *c : {"at", "user", "action", "kind", "key", "field", "old", "new"})
            columns.push_back({QLatin1String(c)});
        writeTable(o, QStringLiteral("audit"), columns, rows);
        return Ok;
    }

    storage::Database &db()
    {
        if (!db_)
            db_ = openDatabase(dbPath_, user_);
        return *db_;
    }

    // A file, or a server's database as the person given by --user (else the
    // URI's, else libpq's default) with the password from $KAKEHASHI_PASSWORD,
    // else libpq's (PGPASSWORD, ~/.pgpass), else a prompt. A refused login is
    // an authentication failure (exit 3).
    static std::unique_ptr<storage::Database> openDatabase(const QString &description,
                                                           const std::optional<QString> &user)
    {
        if (!storage::ConnectionInfo::isUri(description))
            return std::make_unique<storage::Database>(description);
        storage::Database::Options options;
        options.user = user.value_or(QString());
        options.password = qEnvironmentVariable("KAKEHASHI_PASSWORD");
        const auto refusedLogin = [](const QString &m) {
            return m.contains(QLatin1String("password authentication failed")) ||
                   m.contains(QLatin1String("no password supplied")) ||
                   (m.contains(QLatin1String("role \"")) && m.contains(QLatin1String("does not exist"))) ||
                   m.contains(QLatin1String("not permitted to log in"));
        };
        try {
            return std::make_unique<storage::Database>(description, options);
        } catch (const storage::DatabaseError &e) {
            if (!refusedLogin(e.message()))
                throw;
            if (options.password.isEmpty() && e.message().contains(QLatin1String("no password supplied")) &&
                isatty(STDIN_FILENO)) {
                options.password = promptPassword("Password: ");
                try {
                    return std::make_unique<storage::Database>(description, options);
                } catch (const storage::DatabaseError &again) {
                    if (refusedLogin(again.message()))
                        throw auth::AuthError(again.message());
                    throw;
                }
            }
            throw auth::AuthError(e.message());
        }
    }

    int init(Args &args)
    {
        args.done();
        const bool existed = !db().createdNow();
        const int version = db().schemaVersion();
        err(QStringLiteral("%1 %2 (schema %3)")
                .arg(existed ? QStringLiteral("upgraded") : QStringLiteral("created"), db().displayName())
                .arg(version));
        return Ok;
    }

    int import(Args &args)
    {
        const bool dryRun = args.flag(QStringLiteral("--dry-run"));
        const QString encName = args.option(QStringLiteral("--encoding")).value_or(QStringLiteral("auto"));
        const domain::Kind &kind = kindArg(args.positional(QStringLiteral("KIND")));
        const QString file = args.positional(QStringLiteral("FILE"));
        args.done();
        const auto enc = io::encodingFromName(encName);
        if (!enc || *enc == io::Encoding::Utf8Bom)
            throw UsageError{QStringLiteral("unknown encoding “%1” (auto, utf-8, cp932)").arg(encName)};
        io::ImportOptions opt;
        opt.encoding = *enc;
        opt.dryRun = dryRun;
        opt.session = session_;
        opt.fileName = QFileInfo(file).fileName();
        const io::ImportResult r = io::importCsvFile(db(), kind, file, opt);
        for (const io::ImportProblem &p : r.problems)
            err(io::formatProblem(file, p));
        if (!r.ok()) {
            err(QStringLiteral("%1: %2 problem(s); nothing was imported").arg(file).arg(r.problems.size()));
            return Refused;
        }
        // Likely duplicates are warned of, never refused (issue 15): stderr only.
        if (QFile f(file); f.open(QIODevice::ReadOnly))
            for (const services::DuplicateWarning &w :
                 services::Privacy(db()).importDuplicates(QLatin1String(kind.name), f.readAll()))
                err(QStringLiteral("%1:%2: warning: %3").arg(file).arg(w.line).arg(w.message()));
        err(QStringLiteral("%1: %2 %3 rows (%4 new, %5 updated, %6 unchanged; %7)")
                .arg(file, dryRun ? QStringLiteral("would import") : QStringLiteral("imported"))
                .arg(r.rows)
                .arg(r.inserted)
                .arg(r.updated)
                .arg(r.unchanged)
                .arg(io::encodingName(r.encoding)));
        return Ok;
    }

    int exportKind(Args &args)
    {
        const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
        const auto file = args.option(QStringLiteral("-o"), QStringLiteral("--output"));
        const QString encName = args.option(QStringLiteral("--encoding"))
                                    .value_or(file ? QStringLiteral("utf-8-bom") : QStringLiteral("utf-8"));
        const domain::Kind &kind = kindArg(args.positional(QStringLiteral("KIND")));
        args.done();
        const auto enc = io::encodingFromName(encName);
        if (!enc || *enc == io::Encoding::Auto)
            throw UsageError{QStringLiteral("unknown encoding “%1” (utf-8-bom, utf-8, cp932)").arg(encName)};
        // Exports of personal data are recorded (APPI).
        if (kind.id == domain::KindId::Students || kind.id == domain::KindId::Placements)
            auth::Users(db()).audit(session_.user, QStringLiteral("export"), QLatin1String(kind.name),
                                    file.value_or(QStringLiteral("-")));
        if (format == u"csv") {
            writeResult(io::exportCsv(db(), kind, *enc), file);
        } else if (format == u"xlsx") {
            if (file) {
                io::exportXlsx(db(), kind, *file);
            } else {
                QTemporaryDir tmp;
                const QString path = tmp.filePath(QStringLiteral("export.xlsx"));
                io::exportXlsx(db(), kind, path);
                QFile f(path);
                f.open(QIODevice::ReadOnly);
                out(f.readAll());
            }
        } else {
            throw UsageError{QStringLiteral("unknown format “%1” (csv, xlsx)").arg(format)};
        }
        return Ok;
    }

    int calendarCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("calendar command"));
        services::CalendarService store(db());
        if (sub == u"holidays") {
            const int year = intArg(args.positional(QStringLiteral("YEAR")), QStringLiteral("YEAR"));
            args.done();
            if (year < calendar::kFirstYear || year > calendar::kLastYear)
                throw UsageError{QStringLiteral("the calendar covers %1–%2").arg(calendar::kFirstYear).arg(calendar::kLastYear)};
            QByteArray text;
            for (const calendar::DayInfo &h : store.workCalendar().holidays(year))
                text += (isoDateQ(h.date) + QLatin1Char('\t') + (japanese_ ? h.nameJa : h.nameEn) + QLatin1Char('\n'))
                            .toUtf8();
            out(text);
            return Ok;
        }
        if (sub == u"workdays") {
            const Date from = dateArg(args.positional(QStringLiteral("FROM")));
            const Date to = dateArg(args.positional(QStringLiteral("TO")));
            args.done();
            try {
                out(QByteArray::number(store.workCalendar().workingDays(from, to)) + '\n');
            } catch (const calendar::RangeError &e) {
                throw UsageError{QString::fromUtf8(e.what())};
            }
            return Ok;
        }
        if (sub == u"add") {
            const Date day = dateArg(args.positional(QStringLiteral("DATE")));
            const QString name = args.positional(QStringLiteral("NAME"));
            args.done();
            store.addHoliday(session_, day, name);
            err(QStringLiteral("%1 is now a holiday: %2").arg(isoDateQ(day), name));
            return Ok;
        }
        if (sub == u"remove") {
            const Date day = dateArg(args.positional(QStringLiteral("DATE")));
            args.done();
            store.removeHoliday(session_, day);
            err(QStringLiteral("%1 is now an ordinary day").arg(isoDateQ(day)));
            return Ok;
        }
        throw UsageError{QStringLiteral("unknown calendar command “%1” (holidays, workdays, add, remove)").arg(sub)};
    }

    int backup(Args &args)
    {
        const QString file = args.positional(QStringLiteral("FILE"));
        args.done();
        db().backupTo(file);
        err(QStringLiteral("backed up %1 to %2").arg(db().displayName(), file));
        return Ok;
    }

    // FORMATS §5: everything into an empty file or server database.
    int copyTo(Args &args)
    {
        const QString target = args.positional(QStringLiteral("TARGET"));
        args.done();
        if (storage::ConnectionInfo::isUri(target)) {
            try {
                storage::ConnectionInfo::parse(target);
            } catch (const Error &e) {
                throw UsageError{e.message()};
            }
        }
        std::unique_ptr<storage::Database> to;
        if (storage::ConnectionInfo::isUri(target)) {
            try {
                to = std::make_unique<storage::Database>(target);
            } catch (const storage::DatabaseError &e) {
                throw auth::AuthError(e.message());
            }
        } else {
            to = std::make_unique<storage::Database>(target);
        }
        const storage::CopyResult r = storage::copyDatabase(db(), *to);
        const ledger::VerifyResult v = ledger::Ledger(*to).verify();
        err(QStringLiteral("copied %1 rows of %2 tables from %3 to %4").arg(r.rows).arg(r.tables).arg(
            db().displayName(), to->displayName()));
        if (!v.ok) {
            err(QStringLiteral("the copy's ledger: FAILED at entry %1: %2").arg(v.firstBadEntry).arg(v.problem));
            return Refused;
        }
        out(QStringLiteral("ok %1 entries, last hash %2\n").arg(v.entries).arg(v.lastHash).toUtf8());
        return Ok;
    }

    int check(Args &args)
    {
        args.done();
        if (!storage::ConnectionInfo::isUri(dbPath_) && !QFileInfo::exists(dbPath_)) {
            err(QStringLiteral("%1: no such database file").arg(db().displayName()));
            return Refused;
        }
        const io::CheckReport r = io::checkDatabase(db());
        for (const QString &p : r.integrity)
            err(QStringLiteral("integrity: %1").arg(p));
        for (const QString &p : r.foreignKeys)
            err(QStringLiteral("reference: %1").arg(p));
        for (const QString &p : r.rules)
            err(QStringLiteral("rule: %1").arg(p));
        for (const QString &p : r.ledger)
            err(QStringLiteral("ledger: %1").arg(p));
        for (const QString &p : r.audit)
            err(QStringLiteral("audit trail: %1").arg(p));
        for (const QString &p : r.users)
            err(QStringLiteral("users: %1").arg(p));
        if (!r.ok()) {
            err(QStringLiteral("%1: %2 problem(s) found")
                    .arg(db().displayName())
                    .arg(r.integrity.size() + r.foreignKeys.size() + r.rules.size() + r.ledger.size() + r.audit.size() +
                         r.users.size()));
            return Refused;
        }
        out(QStringLiteral("ok %1 records checked in %2\n").arg(r.records).arg(db().displayName()).toUtf8());
        return Ok;
    }

    int demoCmd(Args &args)
    {
        demo::Options o;
        if (auto n = args.option(QStringLiteral("--students")))
            o.students = intArg(*n, QStringLiteral("--students"));
        if (auto seed = args.option(QStringLiteral("--seed"))) {
            bool ok = false;
            o.seed = seed->toULongLong(&ok);
            if (!ok)
                throw UsageError{QStringLiteral("--seed must be a whole number, not “%1”").arg(*seed)};
        }
        args.done();
        if (o.students < 1 || o.students > 10000000)
            throw UsageError{QStringLiteral("--students must lie between 1 and 10,000,000")};
        o.progress = [](const QString &status) { err(status); };
        const demo::Summary s = demo::generate(db(), o);
        err(QStringLiteral("%1: %2 schools, %3 companies, %4 students, %5 internships, %6 attendance days, "
                           "%7 placements, %8 events, %9 participants")
                .arg(db().displayName())
                .arg(s.schools)
                .arg(s.companies)
                .arg(s.students)
                .arg(s.internships)
                .arg(s.attendance)
                .arg(s.placements)
                .arg(s.events)
                .arg(s.participants));
        return Ok;
    }

    int subsidyCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("subsidy command"));
        if (sub == u"claims") {
            const QString month = args.option(QStringLiteral("--month")).value_or(QString());
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
            args.done();
            const auto ym = ledger::parsePeriod(month);
            if (!ym)
                throw UsageError{QStringLiteral("--month YYYY-MM is required")};
            std::vector<std::vector<QString>> rows;
            for (const ledger::Claim &c : ledger::claimsForMonth(db(), ym->first, ym->second))
                rows.push_back({c.internshipNo, c.studentNo, QString::number(c.claim.presentDays),
                                QString::number(c.claim.rate.value()), QString::number(c.claim.amount.value()),
                                c.claim.eligible ? QStringLiteral("true") : QStringLiteral("false"), c.claim.reason});
            writeTable(o, QStringLiteral("claims %1").arg(month),
                       {{QStringLiteral("internship_no")},
                        {QStringLiteral("student_no")},
                        {QStringLiteral("present_days"), true},
                        {QStringLiteral("rate_jpy"), true},
                        {QStringLiteral("amount_jpy"), true},
                        {QStringLiteral("eligible")},
                        {QStringLiteral("reason")}},
                       rows);
            return Ok;
        }
        if (sub == u"rates") {
            args.done();
            QByteArray text;
            for (const rules::Rate &r : services::RateService(db()).rates())
                text += (isoDateQ(r.validFrom) + QLatin1Char('\t') + QString::number(r.daily.value()) + QLatin1Char('\n'))
                            .toUtf8();
            out(text);
            return Ok;
        }
        if (sub == u"rate") {
            const QString verb = args.positional(QStringLiteral("add"));
            const Date from = dateArg(args.positional(QStringLiteral("FROM")));
            const QString amount = args.positional(QStringLiteral("YEN"));
            args.done();
            QString error;
            const auto yen = rules::parseYen(amount, error);
            if (verb != u"add" || !yen)
                throw UsageError{error.isEmpty() ? QStringLiteral("usage: subsidy rate add FROM YEN") : error};
            services::RateService(db()).addRate(session_, from, yen->value());
            err(QStringLiteral("daily rate from %1: ¥%2").arg(isoDateQ(from)).arg(yen->value()));
            return Ok;
        }
        if (sub == u"budget") {
            const auto fyText = args.option(QStringLiteral("--fy"));
            const auto setText = args.option(QStringLiteral("--set"));
            const Output o = outputOptions(args, {QStringLiteral("csv")});
            args.done();
            if (!fyText)
                throw UsageError{QStringLiteral("--fy N is required")};
            const int fy = intArg(*fyText, QStringLiteral("--fy"));
            if (fy < ledger::kFirstBudgetYear || fy > ledger::kLastBudgetYear)
                throw UsageError{QStringLiteral("--fy must lie between %1 and %2")
                                     .arg(ledger::kFirstBudgetYear)
                                     .arg(ledger::kLastBudgetYear)};
            ledger::Budgets budgets(db());
            ledger::BudgetStatus s;
            if (setText) {
                QString error;
                const auto yen = rules::parseYen(*setText, error);
                if (!yen)
                    throw UsageError{QStringLiteral("--set: %1").arg(error)};
                s = budgets.set(session_, fy, yen->value());
                err(QStringLiteral("FY%1 budget: ¥%2").arg(fy).arg(yen->value()));
                if (s.paidJpy > yen->value())
                    err(QStringLiteral("warning: FY%1 has paid ¥%2 already, ¥%3 above the budget; no further "
                                       "payment of the year can be posted")
                            .arg(fy)
                            .arg(s.paidJpy)
                            .arg(s.paidJpy - yen->value()));
            } else {
                s = budgets.status(fy);
            }
            const auto yenText = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QString(); };
            writeTable(o, QStringLiteral("budget"),
                       {{QStringLiteral("fy"), true},
                        {QStringLiteral("budget_jpy"), true},
                        {QStringLiteral("paid_jpy"), true},
                        {QStringLiteral("remaining_jpy"), true}},
                       {{QString::number(fy), yenText(s.budgetJpy), QString::number(s.paidJpy),
                         yenText(s.remainingJpy())}});
            return Ok;
        }
        if (sub == u"prepare" || sub == u"check" || sub == u"approve" || sub == u"reject") {
            const QString month = args.option(QStringLiteral("--month")).value_or(QString());
            const auto reason = args.option(QStringLiteral("--reason"));
            args.done();
            if (!ledger::parsePeriod(month))
                throw UsageError{QStringLiteral("--month YYYY-MM is required")};
            if (sub == u"reject" && reason.value_or(QString()).trimmed().isEmpty())
                throw UsageError{QStringLiteral("--reason TEXT is required")};
            if (sub != u"reject" && reason)
                throw UsageError{QStringLiteral("--reason is for subsidy reject")};
            ledger::Approvals approvals(db());
            storage::ApprovalStepRow row;
            if (sub == u"prepare")
                row = approvals.prepare(session_, month);
            else if (sub == u"check")
                row = approvals.check(session_, month);
            else if (sub == u"approve")
                row = approvals.approve(session_, month);
            else
                row = approvals.reject(session_, month, *reason);
            err(QStringLiteral("%1: %2 by %3 at %4 (unpaid claims ¥%5)")
                    .arg(month, ledger::approvalState({row}), row.user, row.at)
                    .arg(row.totalJpy));
            for (const QString &w : approvals.warnings(month))
                err(QStringLiteral("warning: ") + w);
            if (!ledger::Settings(db()).approvalRequired())
                err(QStringLiteral("note: subsidy.approval is off, so ledger post does not wait for approval"));
            return Ok;
        }
        if (sub == u"approval") {
            const QString month = args.option(QStringLiteral("--month")).value_or(QString());
            const Output o = outputOptions(args, {QStringLiteral("csv")});
            args.done();
            if (!ledger::parsePeriod(month))
                throw UsageError{QStringLiteral("--month YYYY-MM is required")};
            const auto steps = ledger::Approvals(db()).steps(month);
            std::vector<std::vector<QString>> rows;
            for (const storage::ApprovalStepRow &r : steps)
                rows.push_back({r.period, r.step, r.user, r.at, QString::number(r.totalJpy), r.reason});
            writeTable(o, QStringLiteral("approval"),
                       {{QStringLiteral("period")},
                        {QStringLiteral("step")},
                        {QStringLiteral("user")},
                        {QStringLiteral("at")},
                        {QStringLiteral("total_jpy"), true},
                        {QStringLiteral("reason")}},
                       rows);
            err(QStringLiteral("%1: %2").arg(month, ledger::approvalState(steps)));
            return Ok;
        }
        throw UsageError{QStringLiteral("unknown subsidy command “%1” (claims, rates, rate add, budget, prepare, check, "
                                        "approve, reject, approval)")
                             .arg(sub)};
    }

    int ledgerCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("ledger command"));
        ledger::Ledger book(db());
        book.setSession(session_);
        if (sub == u"post") {
            const QString month = args.option(QStringLiteral("--month")).value_or(QString());
            args.done();
            if (!ledger::parsePeriod(month))
                throw UsageError{QStringLiteral("--month YYYY-MM is required")};
            const auto added = book.post(month);
            qint64 total = 0;
            for (const auto &e : added)
                total += e.amountJpy;
            err(QStringLiteral("%1: %2 payment(s) posted, ¥%3").arg(month).arg(added.size()).arg(total));
            return Ok;
        }
        if (sub == u"reverse") {
            const QString reason = args.option(QStringLiteral("--reason")).value_or(QString());
            const QString entry = args.positional(QStringLiteral("ENTRY_NO"));
            args.done();
            bool ok = false;
            const qint64 no = entry.toLongLong(&ok);
            if (!ok)
                throw UsageError{QStringLiteral("ENTRY_NO must be a number, not “%1”").arg(entry)};
            if (reason.trimmed().isEmpty())
                throw UsageError{QStringLiteral("--reason TEXT is required")};
            const auto r = book.reverse(no, reason);
            err(QStringLiteral("entry %1 reverses entry %2: ¥%3").arg(r.entryNo).arg(no).arg(r.amountJpy));
            return Ok;
        }
        if (sub == u"verify") {
            args.done();
            const ledger::VerifyResult v = book.verify();
            for (const QString &c : v.comparedWith)
                err(QStringLiteral("compared with %1").arg(c));
            if (!v.ok) {
                const QString text = QStringLiteral("FAILED at entry %1: %2").arg(v.firstBadEntry).arg(v.problem);
                out((text + QLatin1Char('\n')).toUtf8());
                err(text);
                return Refused;
            }
            out(QStringLiteral("ok %1 entries, last hash %2\n").arg(v.entries).arg(v.lastHash).toUtf8());
            return Ok;
        }
        if (sub == u"export") {
            services::LedgerFilter f;
            if (auto fy = args.option(QStringLiteral("--fy")))
                f.fiscalYear = intArg(*fy, QStringLiteral("--fy"));
            if (auto from = args.option(QStringLiteral("--from")))
                f.postedFrom = dateArg(*from);
            if (auto to = args.option(QStringLiteral("--to")))
                f.postedTo = dateArg(*to);
            f.minAmount = yenArg(args, QStringLiteral("--min-amount"));
            f.maxAmount = yenArg(args, QStringLiteral("--max-amount"));
            f.counterparty = args.option(QStringLiteral("--counterparty")).value_or(QString());
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")});
            args.done();
            const auto entries = services::ledgerEntries(db(), f);
            const auto [count, last] = book.tip();
            // The ledger names the interns: its exports are recorded like other personal data.
            auth::Users(db()).audit(session_.who(), QStringLiteral("ledger_export"), QStringLiteral("ledger"),
                                    o.file.value_or(QStringLiteral("-")), QStringLiteral("entries"), {},
                                    QString::number(entries.size()));
            if (o.format == u"pdf") {
                render::LedgerDocument doc{entries, render::describeFilter(f, japanese_), count, last,
                                           QDateTime::currentDateTime(), qEnvironmentVariable("USER"), japanese_};
                writeBinaryOutput(o, [&](const QString &path) { render::writeLedgerPdf(path, doc); });
                err(QStringLiteral("%1 of %2 ledger entries exported; the ledger holds %2 entries, last hash %3")
                        .arg(entries.size())
                        .arg(count)
                        .arg(last));
                return Ok;
            }
            std::vector<std::vector<QString>> rows;
            for (const services::LedgerRow &e : entries) {
                const QStringList v = ledger::csvValues(e);
                rows.emplace_back(v.begin(), v.end());
            }
            std::vector<io::XlsxColumn> columns;
            for (const QString &c : ledger::csvColumns())
                columns.push_back({c, c.endsWith(QLatin1String("_jpy")) || c == u"days" || c == u"entry_no"});
            writeTable(o, QStringLiteral("ledger"), columns, rows);
            err(QStringLiteral("%1 of %2 ledger entries exported; the ledger holds %2 entries, last hash %3")
                    .arg(entries.size())
                    .arg(count)
                    .arg(last));
            return Ok;
        }
        if (sub == u"transfer") {
            const QString month = args.option(QStringLiteral("--month")).value_or(QString());
            const auto date = args.option(QStringLiteral("--date"));
            const auto file = args.option(QStringLiteral("-o"), QStringLiteral("--output"));
            const bool again = args.flag(QStringLiteral("--again"));
            args.done();
            if (!ledger::parsePeriod(month))
                throw UsageError{QStringLiteral("--month YYYY-MM is required")};
            if (!date)
                throw UsageError{QStringLiteral("--date YYYY-MM-DD (the transfer date) is required")};
            if (!file)
                throw UsageError{QStringLiteral("-o FILE is required: the transfer file is written to a file")};
            const Date day = dateArg(*date);
            ledger::TransferResult r;
            try {
                r = ledger::Transfers(db()).write(session_, month, day, *file, again);
            } catch (const ledger::TransferError &e) {
                for (const QString &p : e.problems)
                    err(p);
                err(e.message());
                if (e.repeats)
                    err(QStringLiteral("give --again to make the file anyway"));
                return Refused;
            }
            for (const QString &w : r.warnings)
                err(QStringLiteral("warning: %1").arg(w));
            for (const QString &n : r.repeatNotes)
                err(QStringLiteral("again: %1").arg(n));
            err(QStringLiteral("%1: %2 payee(s), ¥%3, transfer date %4, written to %5 (sha256 %6)")
                    .arg(month)
                    .arg(r.payees.size())
                    .arg(r.totalJpy)
                    .arg(isoDateQ(day), *file, r.sha256));
            return Ok;
        }
        throw UsageError{QStringLiteral("unknown ledger command “%1” (post, reverse, export, verify, transfer)").arg(sub)};
    }

    int settingsCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("settings command (list, set)"));
        ledger::Settings settings(db());
        if (sub == u"list") {
            args.done();
            QByteArray text;
            for (const ledger::SettingValue &v : settings.list())
                text += (v.key + QLatin1Char('\t') + v.value + QLatin1Char('\n')).toUtf8();
            out(text);
            return Ok;
        }
        if (sub == u"set") {
            const QString key = args.positional(QStringLiteral("KEY"));
            const QStringList rest = args.remaining();
            if (rest.size() > 1)
                throw UsageError{QStringLiteral("settings set KEY VALUE: give the value as one argument (quote it)")};
            const QString value = rest.value(0);
            const auto &known = ledger::settingKeys();
            if (std::none_of(known.begin(), known.end(), [&](const ledger::SettingInfo &s) { return key == QLatin1String(s.key); })) {
                QStringList names;
                for (const ledger::SettingInfo &s : known)
                    names << QLatin1String(s.key);
                throw UsageError{QStringLiteral("unknown setting “%1” (%2)").arg(key, names.join(QStringLiteral(", ")))};
            }
            if (rest.isEmpty())
                throw UsageError{QStringLiteral("missing VALUE (an empty \"\" removes the setting)")};
            const QString stored = settings.set(session_, key, value);
            err(stored.isEmpty() ? QStringLiteral("%1 removed").arg(key) : QStringLiteral("%1 = %2").arg(key, stored));
            return Ok;
        }
        throw UsageError{QStringLiteral("unknown settings command “%1” (list, set)").arg(sub)};
    }

    int reportCmd(Args &args)
    {
        const QString which = args.positional(QStringLiteral("report (placement, employment, programme, subsidy)"));
        const auto fy = args.option(QStringLiteral("--fy"));
        const QString by = args.option(QStringLiteral("--by")).value_or(QStringLiteral("none"));
        const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("pdf"),
                                              QStringLiteral("xlsx")});
        args.done();
        if (!fy)
            throw UsageError{QStringLiteral("--fy N is required")};
        const int year = intArg(*fy, QStringLiteral("--fy"));
        reports::ReportTable t;
        try {
            if (which == u"placement")
                t = reports::placementReport(db(), year, by);
            else if (which == u"employment")
                t = reports::employmentReport(db(), year, by);
            else if (which == u"programme" || which == u"subsidy") {
                if (by != u"none")
                    throw UsageError{QStringLiteral("the %1 report has no --by").arg(which)};
                t = which == u"programme" ? reports::programmeReport(db(), year) : reports::subsidyReport(db(), year);
            } else
                throw UsageError{QStringLiteral("unknown report “%1” (placement, employment, programme, subsidy)").arg(which)};
        } catch (const reports::ReportError &e) {
            throw UsageError{e.message()};
        }
        const QString madeBy = qEnvironmentVariable("USER");
        if (o.format == u"pdf") {
            writeBinaryOutput(o, [&](const QString &path) {
                render::writeReportPdf(path, t, japanese_, QDateTime::currentDateTime(), madeBy);
            });
            return Ok;
        }
        if (o.format == u"html") {
            writeResult(reports::reportHtml(t, japanese_, QDateTime::currentDateTime(), madeBy).toUtf8(), o.file);
            return Ok;
        }
        std::vector<io::XlsxColumn> columns;
        for (const reports::ReportColumn &c : t.columns)
            columns.push_back({o.format == u"xlsx" ? (japanese_ ? c.headingJa : c.headingEn) : c.code, c.numeric});
        std::vector<std::vector<QString>> rows;
        for (const QStringList &r : t.rows)
            rows.emplace_back(r.begin(), r.end());
        writeTable(o, t.code, columns, rows);
        return Ok;
    }

    static Date today()
    {
        return boost::gregorian::day_clock::local_day();
    }

    int advisorCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("advisor command (student, risk, rules, senmonshi)"));
        const auto dateText = args.option(QStringLiteral("--date"));
        const Date on = dateText ? dateArg(*dateText) : today();
        if (sub == u"student") {
            const QString no = args.positional(QStringLiteral("STUDENT_NO"));
            args.done();
            const auto a = reports::adviseStudent(db(), no, on);
            if (!a) {
                err(QStringLiteral("no student with number “%1”").arg(no));
                return Refused;
            }
            QByteArray text = QStringLiteral("%1 %2: %3, field “%4” (pattern %5), JLPT %6, 専門士 %7\n")
                                  .arg(a->studentNo, a->name, a->facts.schoolType, a->facts.field)
                                  .arg(a->fieldPattern)
                                  .arg(a->facts.jlpt.isEmpty() ? QStringLiteral("-") : a->facts.jlpt,
                                       a->facts.senmonshi ? QStringLiteral("yes") : QStringLiteral("no"))
                                  .toUtf8();
            for (const rules::Advice &x : a->advice)
                text += QStringLiteral("%1\t%2\t%3\t%4\n")
                            .arg(x.verdict, x.status.isEmpty() ? QStringLiteral("-") : x.status, x.ruleNo,
                                 japanese_ ? x.messageJa : x.messageEn)
                            .toUtf8();
            text += (japanese_ ? QStringLiteral("これは助言です。在留資格の判断は出入国在留管理庁が行います。\n")
                               : QStringLiteral("This is advice; the Immigration Services Agency decides.\n"))
                        .toUtf8();
            out(text);
            return Ok;
        }
        if (sub == u"risk") {
            const bool list = args.flag(QStringLiteral("--list"));
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
            args.done();
            if (list) {
                std::vector<std::vector<QString>> rows;
                for (const reports::StudentAdvice &a : reports::studentsAtRisk(db(), on)) {
                    QStringList reasons;
                    for (const rules::Advice &x : a.advice)
                        if (x.verdict != u"candidate")
                            reasons << (japanese_ ? x.messageJa : x.messageEn);
                    rows.push_back({a.studentNo, a.name, a.riskGroup, a.facts.schoolType, a.facts.field,
                                    reasons.join(QStringLiteral(" / "))});
                }
                writeTable(o, QStringLiteral("at risk"),
                           {{QStringLiteral("student_no")}, {QStringLiteral("name")}, {QStringLiteral("group")},
                            {QStringLiteral("school_type")}, {QStringLiteral("field")}, {QStringLiteral("reasons")}},
                           rows);
                return Ok;
            }
            const reports::ReportTable t = reports::visaRiskReport(db(), on);
            std::vector<std::vector<QString>> rows;
            for (const QStringList &r : t.rows)
                rows.emplace_back(r.begin(), r.end());
            writeTable(o, t.code, {{QStringLiteral("group")}, {QStringLiteral("students"), true}}, rows);
            return Ok;
        }
        if (sub == u"senmonshi") {
            const QString no = args.positional(QStringLiteral("STUDENT_NO"));
            const QString value = args.positional(QStringLiteral("yes|no"));
            args.done();
            QString error;
            const auto b = rules::parseBool(value, error);
            if (!b)
                throw UsageError{error};
            services::VisaService(db()).setSenmonshi(session_, no, *b);
            return Ok;
        }
        if (sub == u"rules") {
            if (args.flag(QStringLiteral("import"))) {
                const QString file = args.positional(QStringLiteral("FILE"));
                args.done();
                return importVisaRules(file);
            }
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
            args.done();
            std::vector<std::vector<QString>> rows;
            for (const rules::VisaRule &r : services::VisaService(db()).rules())
                rows.push_back({r.ruleNo, isoDateQ(r.effectiveFrom), r.effectiveTo ? isoDateQ(*r.effectiveTo) : QString(),
                                r.schoolType, r.fieldPattern ? QString::number(*r.fieldPattern) : QString(),
                                r.senmonshi ? (*r.senmonshi ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
                                r.minJlpt, r.verdict, r.status, r.messageJa, r.messageEn});
            std::vector<io::XlsxColumn> columns;
            for (const QString &c : kVisaRuleColumns)
                columns.push_back({c});
            writeTable(o, QStringLiteral("visa rules"), columns, rows);
            return Ok;
        }
        throw UsageError{QStringLiteral("unknown advisor command “%1” (student, risk, rules, senmonshi)").arg(sub)};
    }

    inline static const QStringList kVisaRuleColumns = {
        QStringLiteral("rule_no"),  QStringLiteral("effective_from"), QStringLiteral("effective_to"),
        QStringLiteral("school_type"), QStringLiteral("field_pattern"), QStringLiteral("needs_senmonshi"),
        QStringLiteral("min_jlpt"), QStringLiteral("verdict"),        QStringLiteral("status"),
        QStringLiteral("message_ja"), QStringLiteral("message_en")};

    // An administrator's edited rule set (the CSV `advisor rules` writes), all or nothing.
    int importVisaRules(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("%1: cannot read: %2").arg(file, f.errorString()));
            return Refused;
        }
        const io::CsvDocument doc = io::parseCsv(io::decode(f.readAll(), io::Encoding::Auto).text);
        QStringList problems;
        for (const io::CsvError &e : doc.errors)
            problems << QStringLiteral("%1:%2: (row): %3").arg(file).arg(e.line).arg(e.message);
        if (doc.records.empty() || QStringList(doc.records[0].fields.begin(), doc.records[0].fields.end()) != kVisaRuleColumns)
            problems << QStringLiteral("%1:1: (row): the header must be %2").arg(file, kVisaRuleColumns.join(u','));
        std::vector<rules::VisaRule> rules;
        for (size_t i = 1; problems.isEmpty() && i < doc.records.size(); ++i) {
            const auto &r = doc.records[i];
            auto bad = [&](const QString &column, const QString &why) {
                problems << QStringLiteral("%1:%2: %3: %4").arg(file).arg(r.line).arg(column, why);
            };
            if (r.fields.size() != static_cast<size_t>(kVisaRuleColumns.size())) {
                bad(QStringLiteral("(row)"), QStringLiteral("%1 fields, the header has %2").arg(r.fields.size()).arg(kVisaRuleColumns.size()));
                continue;
            }
            rules::VisaRule v;
            v.ruleNo = r.fields[0].trimmed();
            const auto from = parseDate(QStringView(r.fields[1]));
            if (v.ruleNo.isEmpty())
                bad(QStringLiteral("rule_no"), QStringLiteral("a value is required"));
            if (!from)
                bad(QStringLiteral("effective_from"), QStringLiteral("“%1” is not a date").arg(r.fields[1]));
            else
                v.effectiveFrom = *from;
            if (!r.fields[2].isEmpty())
                v.effectiveTo = parseDate(QStringView(r.fields[2]));
            v.schoolType = r.fields[3].trimmed();
            if (!v.schoolType.isEmpty() && !codes::kSchoolType.contains(v.schoolType))
                bad(QStringLiteral("school_type"), QStringLiteral("“%1” is not a school type").arg(v.schoolType));
            if (!r.fields[4].isEmpty()) {
                const int p = r.fields[4].toInt();
                if (p < 1 || p > 4)
                    bad(QStringLiteral("field_pattern"), QStringLiteral("a pattern is 1–4"));
                v.fieldPattern = p;
            }
            if (!r.fields[5].isEmpty())
                v.senmonshi = r.fields[5] == u"true" || r.fields[5] == u"1";
            v.minJlpt = r.fields[6].trimmed();
            if (!v.minJlpt.isEmpty() && !codes::kJlpt.contains(v.minJlpt))
                bad(QStringLiteral("min_jlpt"), QStringLiteral("“%1” is not N1–N5").arg(v.minJlpt));
            v.verdict = r.fields[7].trimmed();
            if (v.verdict != u"candidate" && v.verdict != u"warning" && v.verdict != u"barrier")
                bad(QStringLiteral("verdict"), QStringLiteral("candidate, warning or barrier"));
            v.status = r.fields[8].trimmed();
            if (!v.status.isEmpty() && !codes::kResidenceStatus.contains(v.status))
                bad(QStringLiteral("status"), QStringLiteral("“%1” is not a residence status").arg(v.status));
            v.messageJa = r.fields[9];
            v.messageEn = r.fields[10];
            rules.push_back(v);
        }
        for (const QString &p : problems)
            err(p);
        if (!problems.isEmpty())
            return Refused;
        services::VisaService(db()).replaceRules(session_, rules);
        err(QStringLiteral("%1: %2 advisor rules in force").arg(file).arg(rules.size()));
        return Ok;
    }

    int matchCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("match command (company, student, introduce)"));
        if (sub == u"company") {
            const QString code = args.positional(QStringLiteral("COMPANY_CODE"));
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
            args.done();
            std::vector<std::vector<QString>> rows;
            for (const reports::StudentMatch &m : reports::studentsForCompany(db(), code))
                rows.push_back({m.studentNo, m.name, m.nationality, m.jlpt, m.stage, m.schoolCode});
            writeTable(o, QStringLiteral("students"),
                       {{QStringLiteral("student_no")}, {QStringLiteral("name")}, {QStringLiteral("nationality")},
                        {QStringLiteral("jlpt")}, {QStringLiteral("stage")}, {QStringLiteral("school_code")}},
                       rows);
            return Ok;
        }
        if (sub == u"student") {
            const QString no = args.positional(QStringLiteral("STUDENT_NO"));
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
            args.done();
            std::vector<std::vector<QString>> rows;
            for (const reports::CompanyMatch &m : reports::companiesForStudent(db(), no))
                rows.push_back({m.code, m.name, m.industry, m.markets,
                                m.infoProvider ? QStringLiteral("true") : QStringLiteral("false")});
            writeTable(o, QStringLiteral("companies"),
                       {{QStringLiteral("company_code")}, {QStringLiteral("name")}, {QStringLiteral("industry")},
                        {QStringLiteral("overseas_markets")}, {QStringLiteral("info_provider")}},
                       rows);
            return Ok;
        }
        if (sub == u"introduce") {
            const auto company = args.option(QStringLiteral("--company"));
            const auto student = args.option(QStringLiteral("--student"));
            const auto dateText = args.option(QStringLiteral("--date"));
            args.done();
            if (!company || !student)
                throw UsageError{QStringLiteral("--company CODE and --student NO are required")};
            const QString event =
                services::recordIntroduction(db(), session_, *company, *student, dateText ? dateArg(*dateText) : today());
            out((event + QLatin1Char('\n')).toUtf8());
            return Ok;
        }
        throw UsageError{QStringLiteral("unknown match command “%1” (company, student, introduce)").arg(sub)};
    }

    // The student's right to work (FORMATS.md §6, issue 13).
    int complianceCmd(Args &args)
    {
        const QString sub = args.positional(QStringLiteral("compliance command (hours, cards, card-checked, notifications, notification)"));
        if (sub == u"hours") {
            const auto from = args.option(QStringLiteral("--from"));
            const auto to = args.option(QStringLiteral("--to"));
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
            args.done();
            if (!from || !to)
                throw UsageError{QStringLiteral("--from D and --to D are required")};
            const Date first = dateArg(*from), last = dateArg(*to);
            if (last < first)
                throw UsageError{QStringLiteral("--to %1 is before --from %2").arg(*to, *from)};
            std::vector<std::vector<QString>> rows;
            for (const reports::StudentHoursBreach &b : reports::hoursBreaches(db(), first, last))
                rows.push_back({b.studentNo, isoDateQ(b.breach.date), b.breach.rule, rules::hoursText(b.breach.hours),
                                QString::number(b.breach.limit)});
            writeTable(o, QStringLiteral("hours"),
                       {{QStringLiteral("student_no")},
                        {QStringLiteral("date")},
                        {QStringLiteral("rule")},
                        {QStringLiteral("hours"), true},
                        {QStringLiteral("limit"), true}},
                       rows);
            return Ok;
        }
        if (sub == u"cards") {
            const auto within = args.option(QStringLiteral("--within"));
            const auto dateText = args.option(QStringLiteral("--date"));
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
            args.done();
            const int days = within ? intArg(*within, QStringLiteral("--within")) : rules::kCardWarningDays;
            if (days < 0)
                throw UsageError{QStringLiteral("--within is a number of days, 0 or more")};
            std::vector<std::vector<QString>> rows;
            for (const reports::CardRow &c : reports::cardsNeedingAttention(db(), dateText ? dateArg(*dateText) : today(), days))
                rows.push_back({c.studentNo, c.name, c.cardNo, isoDateQ(c.expiry), QString::number(c.flag.daysLeft),
                                c.flag.reason, c.flag.internshipNo,
                                c.flag.internshipEnd ? isoDateQ(*c.flag.internshipEnd) : QString(), c.lastCheckedOn,
                                c.lastCheckedBy});
            std::vector<io::XlsxColumn> columns;
            for (const char *c : {"student_no", "name", "residence_card_no", "residence_expiry", "days_left", "reason",
                                  "internship_no", "internship_end", "checked_on", "checked_by"})
                columns.push_back({QLatin1String(c), std::string_view(c) == "days_left"});
            writeTable(o, QStringLiteral("cards"), columns, rows);
            return Ok;
        }
        if (sub == u"card-checked") {
            const auto dateText = args.option(QStringLiteral("--date"));
            const QString note = args.option(QStringLiteral("--note")).value_or(QString());
            const QString no = args.positional(QStringLiteral("STUDENT_NO"));
            args.done();
            const Date on = dateText ? dateArg(*dateText) : today();
            services::ComplianceService(db()).recordCardCheck(session_, no, on, note.trimmed());
            err(QStringLiteral("%1: residence card checked on %2 by %3").arg(no, isoDateQ(on), session_.who()));
            return Ok;
        }
        if (sub == u"notifications") {
            const auto within = args.option(QStringLiteral("--within"));
            const auto dateText = args.option(QStringLiteral("--date"));
            const Output o = outputOptions(args, {QStringLiteral("csv"), QStringLiteral("xlsx")});
            args.done();
            const int days = within ? intArg(*within, QStringLiteral("--within")) : rules::kNotificationWarningDays;
            const auto dateOrEmpty = [](const std::optional<Date> &d) { return d ? isoDateQ(*d) : QString(); };
            std::vector<std::vector<QString>> rows;
            for (const reports::NotificationRow &n :
                 reports::hireNotifications(db(), dateText ? dateArg(*dateText) : today(), days))
                rows.push_back({n.placementNo, n.studentNo, n.name, n.employer, dateOrEmpty(n.startDate),
                                n.employmentInsurance ? (*n.employmentInsurance ? QStringLiteral("true")
                                                                                : QStringLiteral("false"))
                                                      : QString(),
                                dateOrEmpty(n.due), dateOrEmpty(n.filedOn), n.state});
            std::vector<io::XlsxColumn> columns;
            for (const char *c : {"placement_no", "student_no", "name", "employer", "start_date", "employment_insurance",
                                  "due_date", "filed_on", "state"})
                columns.push_back({QLatin1String(c)});
            writeTable(o, QStringLiteral("notifications"), columns, rows);
            return Ok;
        }
        if (sub == u"notification") {
            const auto insuranceText = args.option(QStringLiteral("--insurance"));
            const auto filedText = args.option(QStringLiteral("--filed"));
            const QString no = args.positional(QStringLiteral("PLACEMENT_NO"));
            args.done();
            if (!insuranceText && !filedText)
                throw UsageError{QStringLiteral("give --insurance yes|no, --filed D|none or both")};
            std::optional<bool> insurance;
            if (insuranceText) {
                QString error;
                insurance = rules::parseBool(*insuranceText, error);
                if (!insurance)
                    throw UsageError{QStringLiteral("--insurance: %1").arg(error)};
            }
            std::optional<std::optional<Date>> filed;
            if (filedText)
                filed = *filedText == u"none" ? std::optional<Date>() : std::optional<Date>(dateArg(*filedText));
            services::ComplianceService(db()).setNotification(session_, no, insurance, filed);
            return Ok;
        }
        throw UsageError{
            QStringLiteral("unknown compliance command “%1” (hours, cards, card-checked, notifications, notification)")
                .arg(sub)};
    }

    QString dbPath_;
    std::optional<QString> user_;
    bool japanese_ = false;
    auth::Session session_;
    std::unique_ptr<storage::Database> db_;
    QStringList raw_; // the command's arguments as given
    QString command_;
};

// The command table (see Cli::Command).
const Cli::Command Cli::kCommands[] = {
    {u"import", nullptr, auth::Action::Edit, &Cli::import},
    {u"export", nullptr, auth::Action::Read, &Cli::exportKind},
    {u"calendar", u"add", auth::Action::Administer, &Cli::calendarCmd},
    {u"calendar", u"remove", auth::Action::Administer, &Cli::calendarCmd},
    {u"calendar", nullptr, auth::Action::Read, &Cli::calendarCmd},
    {u"subsidy", u"prepare", auth::Action::Edit, &Cli::subsidyCmd},
    {u"subsidy", u"check", auth::Action::Edit, &Cli::subsidyCmd},
    {u"subsidy", u"reject", auth::Action::Edit, &Cli::subsidyCmd},
    {u"subsidy", u"approve", auth::Action::Administer, &Cli::subsidyCmd},
    {u"subsidy", u"rate", auth::Action::Administer, &Cli::subsidyCmd},
    {u"subsidy", u"budget", auth::Action::Administer, &Cli::subsidyCmd, &Cli::setsBudget},
    {u"subsidy", nullptr, auth::Action::Read, &Cli::subsidyCmd},
    {u"ledger", u"post", auth::Action::Administer, &Cli::ledgerCmd},
    {u"ledger", u"reverse", auth::Action::Administer, &Cli::ledgerCmd},
    {u"ledger", u"transfer", auth::Action::Administer, &Cli::ledgerCmd},
    {u"ledger", u"export", auth::Action::AuditLedger, &Cli::ledgerCmd},
    {u"ledger", u"verify", auth::Action::AuditLedger, &Cli::ledgerCmd},
    {u"ledger", nullptr, auth::Action::Read, &Cli::ledgerCmd},
    {u"settings", u"set", auth::Action::Administer, &Cli::settingsCmd},
    {u"settings", nullptr, auth::Action::Read, &Cli::settingsCmd},
    {u"report", u"completion", auth::Action::Read, &Cli::completion},
    {u"report", nullptr, auth::Action::Read, &Cli::reportCmd},
    {u"evidence", u"add", auth::Action::Edit, &Cli::evidence},
    {u"evidence", nullptr, auth::Action::Read, &Cli::evidence},
    {u"advisor", u"senmonshi", auth::Action::Edit, &Cli::advisorCmd},
    {u"advisor", u"rules", auth::Action::Administer, &Cli::advisorCmd, &Cli::importsRules},
    {u"advisor", nullptr, auth::Action::Read, &Cli::advisorCmd},
    {u"match", u"introduce", auth::Action::Edit, &Cli::matchCmd},
    {u"match", nullptr, auth::Action::Read, &Cli::matchCmd},
    {u"compliance", u"card-checked", auth::Action::Edit, &Cli::complianceCmd},
    {u"compliance", u"notification", auth::Action::Edit, &Cli::complianceCmd},
    {u"compliance", u"job-hunting", auth::Action::Edit, &Cli::jobHunting, &Cli::recordsChecks},
    {u"compliance", u"job-hunting", auth::Action::Read, &Cli::jobHunting},
    {u"compliance", u"checklist", auth::Action::Administer, &Cli::checklist, &Cli::overrides},
    {u"compliance", u"checklist", auth::Action::Edit, &Cli::checklist, &Cli::recordsChecks},
    {u"compliance", u"checklist", auth::Action::Read, &Cli::checklist},
    {u"compliance", nullptr, auth::Action::Read, &Cli::complianceCmd},
    {u"consent", nullptr, auth::Action::Edit, &Cli::privacy, &Cli::privacyWrites},
    {u"consent", nullptr, auth::Action::Read, &Cli::privacy},
    {u"provision", nullptr, auth::Action::Edit, &Cli::privacy, &Cli::privacyWrites},
    {u"provision", nullptr, auth::Action::Read, &Cli::privacy},
    {u"request", nullptr, auth::Action::Edit, &Cli::privacy, &Cli::privacyWrites},
    {u"request", nullptr, auth::Action::Read, &Cli::privacy},
    {u"disclose", nullptr, auth::Action::Read, &Cli::privacy},
    {u"duplicates", nullptr, auth::Action::Read, &Cli::privacy},
    {u"anonymise", nullptr, auth::Action::Administer, &Cli::privacy, &Cli::notDryRun},
    {u"anonymise", nullptr, auth::Action::Read, &Cli::privacy},
    {u"merge", nullptr, auth::Action::Administer, &Cli::privacy},
    {u"letter", nullptr, auth::Action::Edit, &Cli::letter},
    {u"contacts", u"add", auth::Action::Edit, &Cli::contacts},
    {u"contacts", u"edit", auth::Action::Edit, &Cli::contacts},
    {u"contacts", u"import", auth::Action::Edit, &Cli::contacts},
    {u"contacts", nullptr, auth::Action::Read, &Cli::contacts},
    {u"activity", u"add", auth::Action::Edit, &Cli::activity},
    {u"activity", u"done", auth::Action::Edit, &Cli::activity},
    {u"activity", u"import", auth::Action::Edit, &Cli::activity},
    {u"activity", nullptr, auth::Action::Read, &Cli::activity},
    {u"japanese", u"course", auth::Action::Edit, &Cli::japanese},
    {u"japanese", u"units", auth::Action::Edit, &Cli::japanese},
    {u"japanese", u"score", auth::Action::Edit, &Cli::japanese},
    {u"japanese", u"import", auth::Action::Edit, &Cli::japanese},
    {u"japanese", nullptr, auth::Action::Read, &Cli::japanese},
    {u"check", nullptr, auth::Action::Read, &Cli::check},
    {u"audit", nullptr, auth::Action::AuditLedger, &Cli::auditCmd},
    {u"init", nullptr, auth::Action::Maintain, &Cli::init},
    {u"backup", nullptr, auth::Action::Maintain, &Cli::backup},
    {u"demo", nullptr, auth::Action::Maintain, &Cli::demoCmd},
    {u"user", nullptr, auth::Action::Maintain, &Cli::userCmd},
    {u"copy-to", nullptr, auth::Action::Maintain, &Cli::copyTo},
};

const Cli::Command *Cli::findCommand(const QString &command, const QStringList &raw)
{
    for (const Command &c : kCommands)
        if (command == QStringView(c.command) && (!c.sub || raw.value(0) == QStringView(c.sub)) && (!c.when || c.when(raw)))
            return &c;
    return nullptr;
}

} // namespace

// PDF documents are painted with QtGui, which needs a QGuiApplication; without a
// display it runs on the offscreen platform. Other commands stay GUI-free.
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--format=pdf" || (a == "--format" && i + 1 < argc && std::string_view(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    if (const auto rc = kakehashi::cli::notificationSheetsCommand(argc, argv)) return *rc; // cli_notification_sheets.cpp
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdf(argc, argv) || cli::printsPdfByDefault(argc, argv) || cli::relationsPrintsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("kakehashi"));
    QStringList args = app.arguments().mid(1);

    try {
        QString dbPath = qEnvironmentVariable("KAKEHASHI_DB");
        bool japanese = QLocale::system().language() == QLocale::Japanese;
        // Global options, usually before the command but accepted anywhere (no
        // command has options of the same names).
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
            out(QByteArray(kUsage) + '\n');
            return Ok;
        }
        if (args.contains(QStringLiteral("--version"))) {
            out(QByteArrayLiteral("kakehashi-cli " KAKEHASHI_VERSION_LINE "\n"));
            return Ok;
        }
        Args global(args);
        if (auto db = global.option(QStringLiteral("--db")))
            dbPath = *db;
        const std::optional<QString> user = global.option(QStringLiteral("--user"));
        if (auto lang = global.option(QStringLiteral("--lang"))) {
            if (*lang != u"ja" && *lang != u"en")
                throw UsageError{QStringLiteral("--lang is ja or en, not “%1”").arg(*lang)};
            japanese = *lang == u"ja";
        }
        args = global.remaining();
        if (!args.isEmpty() && args.front().startsWith(QLatin1String("--")))
            throw UsageError{QStringLiteral("unknown option “%1”").arg(args.front())};
        if (args.isEmpty())
            throw UsageError{QStringLiteral("no command given")};
        // FORMATS §5: a URI is never taken for a file name.
        if (storage::ConnectionInfo::isUri(dbPath)) {
            try {
                storage::ConnectionInfo::parse(dbPath);
            } catch (const Error &e) {
                throw UsageError{e.message()};
            }
        }
        if (dbPath.isEmpty())
            dbPath = services::defaultDatabasePath();
        const QString command = args.takeFirst();
        Cli cli(dbPath, japanese);
        return cli.run(command, Args(args), user, args);
    } catch (const UsageError &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message));
        err(QStringLiteral("Try 'kakehashi-cli --help'."));
        return Usage;
    } catch (const auth::AuthError &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message()));
        return Auth;
    } catch (const Error &e) {
        // Refused data, a failed write, a ledger that will not do it: the message says which.
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message()));
        return Refused;
    } catch (const std::exception &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(QString::fromUtf8(e.what())));
        return Refused;
    }
}
