#include "cli_options.h"
#include "cli_privacy.h"

#include "io/encoding.h"
#include "disclosure_document.h"
#include "pdf.h"
#include "reports/matching.h"
#include "services/output.h"
#include "services/privacy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>
#include <optional>

namespace kakehashi::cli {

namespace {


Date today()
{
    return boost::gregorian::day_clock::local_day();
}

Date dateOption(Options &o, const QString &name)
{
    const auto v = o.take(name);
    if (!v)
        return today();
    const auto d = parseDate(QStringView(*v));
    if (!d)
        throw BadUsage{QStringLiteral("%1: “%2” is not a date (YYYY-MM-DD)").arg(name, *v)};
    return *d;
}

void writeBytes(const QByteArray &bytes, const QString &file);

// CSV text to stdout (UTF-8) or to FILE (UTF-8 with BOM, FORMATS §1), whole or nothing.
void writeCsv(const QString &text, const std::optional<QString> &file)
{
    if (!file) {
        out(text.toUtf8());
        return;
    }
    writeBytes(QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8(), *file);
}

void writeBytes(const QByteArray &bytes, const QString &file)
{
    if (const auto problem = services::writeOutput(file, [&](const QString &tmp) {
            QFile f(tmp);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
                throw services::PrivacyError(QStringLiteral("%1: cannot write: %2").arg(file, f.errorString()));
        }))
        throw services::PrivacyError(*problem);
}

int consent(storage::Database &db, const auth::Session &session, Options &o)
{
    const auto sub = o.positional();
    services::Privacy privacy(db);
    if (!sub)
        throw BadUsage{QStringLiteral("missing consent command (give, withdraw, list, import)")};
    if (*sub == u"give") {
        services::Consent c;
        c.studentNo = o.required(QStringLiteral("--student"), QStringLiteral("NO"));
        c.purpose = o.required(QStringLiteral("--purpose"), QStringLiteral("introductions|alumni|publicity|school"));
        c.method = o.required(QStringLiteral("--method"), QStringLiteral("paper|email|online|verbal"));
        c.givenOn = isoDateQ(dateOption(o, QStringLiteral("--on")));
        c.note = o.take(QStringLiteral("--note")).value_or(QString());
        o.done();
        privacy.giveConsent(session, c);
        err(QStringLiteral("%1: consent for %2 given on %3 (%4)").arg(c.studentNo, c.purpose, c.givenOn, c.method));
        return Ok;
    }
    if (*sub == u"withdraw") {
        const QString student = o.required(QStringLiteral("--student"), QStringLiteral("NO"));
        const QString purpose = o.required(QStringLiteral("--purpose"), QStringLiteral("introductions|alumni|publicity|school"));
        const Date on = dateOption(o, QStringLiteral("--on"));
        o.done();
        privacy.withdrawConsent(session, student, purpose, on);
        err(QStringLiteral("%1: consent for %2 withdrawn on %3").arg(student, purpose, isoDateQ(on)));
        return Ok;
    }
    if (*sub == u"list" || *sub == u"export") {
        const QString student = o.take(QStringLiteral("--student")).value_or(QString());
        const auto file = o.take(QStringLiteral("-o"));
        o.done();
        writeCsv(privacy.consentsCsv(student), file);
        return Ok;
    }
    if (*sub == u"import") {
        const auto file = o.positional();
        o.done();
        if (!file)
            throw BadUsage{QStringLiteral("consent import FILE: the file is required")};
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly))
            throw services::PrivacyError(QStringLiteral("%1: cannot read: %2").arg(*file, f.errorString()));
        const auto [added, changed] = privacy.importConsents(session, *file, f.readAll());
        err(QStringLiteral("%1: %2 consents added, %3 changed").arg(*file).arg(added).arg(changed));
        return Ok;
    }
    throw BadUsage{QStringLiteral("unknown consent command “%1” (give, withdraw, list, import)").arg(*sub)};
}

int provision(storage::Database &db, const auth::Session &session, Options &o)
{
    const auto sub = o.positional();
    if (!sub)
        throw BadUsage{QStringLiteral("missing provision command (add, list)")};
    if (*sub == u"add") {
        const QString student = o.required(QStringLiteral("--student"), QStringLiteral("NO"));
        const QString company = o.required(QStringLiteral("--company"), QStringLiteral("CODE"));
        const QString items = o.required(QStringLiteral("--items"), QStringLiteral("FIELD;FIELD;…"));
        const Date on = dateOption(o, QStringLiteral("--date"));
        const QString reference = o.take(QStringLiteral("--reference")).value_or(QString());
        o.done();
        const qint64 id = reports::recordProvision(db, session, company, student, on, items, reference);
        out(QByteArray::number(id) + '\n');
        return Ok;
    }
    if (*sub == u"list" || *sub == u"export") {
        const QString student = o.take(QStringLiteral("--student")).value_or(QString());
        const QString company = o.take(QStringLiteral("--company")).value_or(QString());
        const auto file = o.take(QStringLiteral("-o"));
        o.done();
        writeCsv(services::Privacy(db).provisionsCsv(student, company), file);
        return Ok;
    }
    throw BadUsage{QStringLiteral("unknown provision command “%1” (add, list)").arg(*sub)};
}

int disclose(storage::Database &db, const auth::Session &session, Options &o, bool japanese)
{
    const QString student = o.required(QStringLiteral("--student"), QStringLiteral("NO"));
    const QString format = o.take(QStringLiteral("--format")).value_or(QStringLiteral("json"));
    const auto file = o.take(QStringLiteral("-o"));
    o.done();
    if (format != u"json" && format != u"pdf")
        throw BadUsage{QStringLiteral("--format: json or pdf (not “%1”)").arg(format)};
    if (format == u"pdf" && !file)
        throw BadUsage{QStringLiteral("--format pdf needs -o FILE.pdf")};
    const QByteArray json = services::Privacy(db).disclosureJson(session, student, format);
    if (format == u"pdf") {
        if (const auto problem = services::writeOutput(*file, [&](const QString &tmp) { render::disclosurePdf(json, tmp, japanese); }))
            throw services::PrivacyError(*problem);
    } else if (file) {
        writeBytes(json, *file);
    } else {
        out(json);
    }
    return Ok;
}

int request(storage::Database &db, const auth::Session &session, Options &o)
{
    const auto sub = o.positional();
    services::Privacy privacy(db);
    if (!sub)
        throw BadUsage{QStringLiteral("missing request command (add, answer, list)")};
    if (*sub == u"add") {
        services::PrivacyRequest r;
        r.studentNo = o.required(QStringLiteral("--student"), QStringLiteral("NO"));
        r.kind = o.required(QStringLiteral("--kind"), QStringLiteral("disclosure|correction|stop_of_use|deletion"));
        r.receivedOn = isoDateQ(dateOption(o, QStringLiteral("--received")));
        r.dueOn = o.take(QStringLiteral("--due")).value_or(QString());
        r.note = o.take(QStringLiteral("--note")).value_or(QString());
        o.done();
        out(QByteArray::number(privacy.addRequest(session, r)) + '\n');
        return Ok;
    }
    if (*sub == u"answer") {
        const auto id = o.positional();
        bool ok = false;
        const qint64 n = id ? id->toLongLong(&ok) : 0;
        if (!ok)
            throw BadUsage{QStringLiteral("request answer ID: the request's number is required")};
        const Date on = dateOption(o, QStringLiteral("--on"));
        const QString outcome = o.required(QStringLiteral("--outcome"), QStringLiteral("TEXT"));
        o.done();
        privacy.answerRequest(session, n, on, outcome);
        err(QStringLiteral("request %1 answered on %2").arg(n).arg(isoDateQ(on)));
        return Ok;
    }
    if (*sub == u"list") {
        const QString student = o.take(QStringLiteral("--student")).value_or(QString());
        const auto file = o.take(QStringLiteral("-o"));
        o.done();
        writeCsv(privacy.requestsCsv(student), file);
        return Ok;
    }
    throw BadUsage{QStringLiteral("unknown request command “%1” (add, answer, list)").arg(*sub)};
}

int anonymise(storage::Database &db, const auth::Session &session, Options &o)
{
    const Date asOf = dateOption(o, QStringLiteral("--as-of"));
    const QString only = o.take(QStringLiteral("--student")).value_or(QString());
    const bool dryRun = o.flag(QStringLiteral("--dry-run"));
    const auto file = o.take(QStringLiteral("-o"));
    o.done();
    const services::AnonymiseResult r = services::Privacy(db).anonymise(session, asOf, dryRun, only);
    if (dryRun || file)
        writeCsv(services::Privacy::retentionCsv(r), file);
    err(QStringLiteral("%1 students %2anonymised as of %3")
            .arg(r.anonymised.size())
            .arg(dryRun ? QStringLiteral("would be ") : QString(), isoDateQ(asOf)));
    return Ok;
}

int merge(storage::Database &db, const auth::Session &session, Options &o)
{
    const auto kind = o.positional();
    const auto keep = o.positional();
    const auto merged = o.positional();
    o.done();
    if (!kind || !keep || !merged)
        throw BadUsage{QStringLiteral("merge students|companies KEEP MERGED")};
    const QStringList moved = services::Privacy(db).merge(session, *kind, *keep, *merged);
    err(QStringLiteral("%1 merged into %2; moved: %3")
            .arg(*merged, *keep, moved.isEmpty() ? QStringLiteral("nothing") : moved.join(QStringLiteral(", "))));
    return Ok;
}

int duplicates(storage::Database &db, Options &o)
{
    const auto file = o.take(QStringLiteral("-o"));
    o.done();
    const auto list = services::Privacy(db).duplicates();
    writeCsv(services::Privacy::duplicatesCsv(list), file);
    err(QStringLiteral("%1 likely duplicates").arg(list.size()));
    return Ok;
}

} // namespace

bool isPrivacyCommand(const QString &command)
{
    return command == u"consent" || command == u"provision" || command == u"disclose" || command == u"request" ||
           command == u"anonymise" || command == u"duplicates" ||
           command == u"merge";
}

int privacyCommand(storage::Database &db, const auth::Session &session, const QString &command,
                   const QStringList &args, bool japanese)
{
    try {
        Options o(args);
        if (command == u"consent")
            return consent(db, session, o);
        if (command == u"provision")
            return provision(db, session, o);
        if (command == u"disclose")
            return disclose(db, session, o, japanese);
        if (command == u"anonymise")
            return anonymise(db, session, o);
        if (command == u"duplicates")
            return duplicates(db, o);
        if (command == u"merge")
            return merge(db, session, o);
        return request(db, session, o);
    } catch (const BadUsage &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message));
        err(QStringLiteral("Try 'kakehashi-cli --help'."));
        return Usage;
    }
}

} // namespace kakehashi::cli
