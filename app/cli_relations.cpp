#include "cli_options.h"
#include "cli_relations.h"

#include "io/encoding.h"
#include "io/exporter.h"
#include "services/output.h"
#include "services/letters.h"
#include "services/relations.h"
#include "letter_document.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <optional>

namespace kakehashi::cli {

namespace {


std::optional<bool> yesNo(Options &o, const QString &name)
{
    const auto v = o.take(name);
    if (!v)
        return std::nullopt;
    if (*v == u"yes" || *v == u"true")
        return true;
    if (*v == u"no" || *v == u"false")
        return false;
    throw BadUsage{QStringLiteral("%1 takes yes or no, not “%2”").arg(name, *v)};
}

// A CSV table to -o FILE (UTF-8 with BOM unless --encoding says otherwise) or stdout (UTF-8).
int writeTable(Options &o, const std::vector<QString> &header, const std::vector<std::vector<QString>> &rows)
{
    const auto file = o.take(QStringLiteral("-o"));
    const auto encodingText = o.take(QStringLiteral("--encoding"));
    o.done();
    io::Encoding encoding = file ? io::Encoding::Utf8Bom : io::Encoding::Utf8;
    if (encodingText) {
        const auto e = io::encodingFromName(*encodingText);
        if (!e || *e == io::Encoding::Auto)
            throw BadUsage{QStringLiteral("--encoding: utf-8-bom, utf-8 or cp932, not “%1”").arg(*encodingText)};
        encoding = *e;
    }
    const QByteArray bytes = io::tableCsv(header, rows, encoding);
    if (!file) {
        out(bytes);
        return Ok;
    }
    const auto problem = services::writeOutput(*file, [&](const QString &tmp) {
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            throw services::RelationsError(QStringLiteral("%1: cannot write: %2").arg(*file, f.errorString()));
    });
    if (problem) {
        err(*problem);
        return Refused;
    }
    err(QStringLiteral("%1 row(s) written to %2").arg(rows.size()).arg(*file));
    return Ok;
}

int importFile(Options &o, const std::function<services::ImportOutcome(const QString &, const QByteArray &,
                                                                        const QString &, bool)> &run)
{
    const bool dryRun = o.flag(QStringLiteral("--dry-run"));
    const QString encoding = o.take(QStringLiteral("--encoding")).value_or(QStringLiteral("auto"));
    const auto file = o.positional();
    o.done();
    if (!file)
        throw BadUsage{QStringLiteral("missing FILE")};
    QFile f(*file);
    if (!f.open(QIODevice::ReadOnly))
        throw services::RelationsError(QStringLiteral("%1: cannot read: %2").arg(*file, f.errorString()));
    const services::ImportOutcome r = run(*file, f.readAll(), encoding, dryRun);
    err(QStringLiteral("%1%2 new, %3 updated").arg(dryRun ? QStringLiteral("dry run: would write ") : QString())
            .arg(r.inserted)
            .arg(r.updated));
    return Ok;
}

int contacts(storage::Database &db, const auth::Session &session, Options &o)
{
    const auto sub = o.positional();
    if (!sub)
        throw BadUsage{QStringLiteral("missing contacts command (list, add, edit, import)")};
    services::Relations rel(db, session);
    if (*sub == u"list" || *sub == u"export") {
        const QString company = o.take(QStringLiteral("--company")).value_or(QString());
        return writeTable(o, services::Relations::contactColumns(), rel.contactRows(company));
    }
    if (*sub == u"add") {
        services::Contact c;
        c.companyCode = o.take(QStringLiteral("--company")).value_or(QString());
        c.name = o.take(QStringLiteral("--name")).value_or(QString());
        c.role = o.take(QStringLiteral("--role")).value_or(QString());
        c.email = o.take(QStringLiteral("--email")).value_or(QString());
        c.phone = o.take(QStringLiteral("--phone")).value_or(QString());
        c.contactNo = o.take(QStringLiteral("--no")).value_or(QString());
        c.primary = o.flag(QStringLiteral("--primary"));
        c.doNotContact = o.flag(QStringLiteral("--do-not-contact"));
        o.done();
        if (c.companyCode.isEmpty() || c.name.isEmpty())
            throw BadUsage{QStringLiteral("contacts add needs --company CODE and --name NAME")};
        const services::Contact added = rel.addContact(c);
        out((added.contactNo + QLatin1Char('\n')).toUtf8());
        return Ok;
    }
    if (*sub == u"edit") {
        const auto no = o.positional();
        if (!no)
            throw BadUsage{QStringLiteral("missing CONTACT_NO")};
        const auto stored = rel.contact(*no);
        if (!stored)
            throw services::RelationsError(QStringLiteral("there is no contact %1").arg(*no));
        services::Contact c = *stored;
        if (const auto v = o.take(QStringLiteral("--name")))
            c.name = *v;
        if (const auto v = o.take(QStringLiteral("--role")))
            c.role = *v;
        if (const auto v = o.take(QStringLiteral("--email")))
            c.email = *v;
        if (const auto v = o.take(QStringLiteral("--phone")))
            c.phone = *v;
        if (const auto v = yesNo(o, QStringLiteral("--primary")))
            c.primary = *v;
        if (const auto v = yesNo(o, QStringLiteral("--former")))
            c.former = *v;
        if (const auto v = yesNo(o, QStringLiteral("--do-not-contact")))
            c.doNotContact = *v;
        o.done();
        rel.editContact(c);
        return Ok;
    }
    if (*sub == u"import")
        return importFile(o, [&](const QString &f, const QByteArray &b, const QString &e, bool d) {
            return rel.importContacts(f, b, e, d);
        });
    throw BadUsage{QStringLiteral("unknown contacts command “%1” (list, add, edit, import)").arg(*sub)};
}

int activity(storage::Database &db, const auth::Session &session, Options &o)
{
    const auto sub = o.positional();
    if (!sub)
        throw BadUsage{QStringLiteral("missing activity command (list, add, done, next, import)")};
    services::Relations rel(db, session);
    if (*sub == u"list" || *sub == u"export") {
        const QString company = o.take(QStringLiteral("--company")).value_or(QString());
        const QString student = o.take(QStringLiteral("--student")).value_or(QString());
        return writeTable(o, services::Relations::activityColumns(), rel.activityRows(company, student));
    }
    if (*sub == u"add") {
        services::Activity a;
        a.companyCode = o.take(QStringLiteral("--company")).value_or(QString());
        a.studentNo = o.take(QStringLiteral("--student")).value_or(QString());
        a.contactNo = o.take(QStringLiteral("--contact")).value_or(QString());
        a.kind = o.take(QStringLiteral("--kind")).value_or(QString());
        a.summary = o.take(QStringLiteral("--summary")).value_or(QString());
        a.date = o.take(QStringLiteral("--date")).value_or(QString());
        a.nextStep = o.take(QStringLiteral("--next")).value_or(QString());
        a.nextStepOn = o.take(QStringLiteral("--next-on")).value_or(QString());
        a.activityNo = o.take(QStringLiteral("--no")).value_or(QString());
        a.confidential = o.flag(QStringLiteral("--confidential"));
        o.done();
        if (a.kind.isEmpty() || a.summary.isEmpty())
            throw BadUsage{QStringLiteral("activity add needs --kind (%1) and --summary TEXT")
                               .arg(services::activityKinds().join(QStringLiteral(", ")))};
        if (a.companyCode.isEmpty() && a.studentNo.isEmpty() && a.contactNo.isEmpty())
            throw BadUsage{QStringLiteral("activity add needs --company CODE, --student NO or both")};
        const services::Activity added = rel.addActivity(a);
        out((added.activityNo + QLatin1Char('\n')).toUtf8());
        return Ok;
    }
    if (*sub == u"done") {
        const auto no = o.positional();
        o.done();
        if (!no)
            throw BadUsage{QStringLiteral("missing ACTIVITY_NO")};
        rel.completeNextStep(*no);
        return Ok;
    }
    if (*sub == u"next") {
        std::vector<std::vector<QString>> rows;
        for (const services::Activity &a : rel.myNextSteps())
            rows.push_back({a.activityNo, a.nextStepOn, a.nextStep, a.date, a.kind, a.companyCode, a.studentNo});
        return writeTable(o,
                          {QStringLiteral("activity_no"), QStringLiteral("next_step_on"), QStringLiteral("next_step"),
                           QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("company_code"),
                           QStringLiteral("student_no")},
                          rows);
    }
    if (*sub == u"import")
        return importFile(o, [&](const QString &f, const QByteArray &b, const QString &e, bool d) {
            return rel.importActivities(f, b, e, d);
        });
    throw BadUsage{QStringLiteral("unknown activity command “%1” (list, add, done, next, import)").arg(*sub)};
}

// `letter TEMPLATE --student NO [--student NO …] [--event NO] [--month YYYY-MM] -o FILE.pdf`
int letter(storage::Database &db, const auth::Session &session, Options &o)
{
    const auto code = o.positional();
    if (!code)
        throw BadUsage{QStringLiteral("missing TEMPLATE (%1)").arg(services::letterTemplates().join(QStringLiteral(", ")))};
    QStringList students;
    while (const auto s = o.take(QStringLiteral("--student")))
        students << *s;
    const QString event = o.take(QStringLiteral("--event")).value_or(QString());
    const QString month = o.take(QStringLiteral("--month")).value_or(QString());
    auto file = o.take(QStringLiteral("-o"));
    if (!file)
        file = o.take(QStringLiteral("--output"));
    o.done();
    if (!services::letterTemplates().contains(*code))
        throw BadUsage{QStringLiteral("unknown letter template “%1” (%2)")
                           .arg(*code, services::letterTemplates().join(QStringLiteral(", ")))};
    if (students.isEmpty())
        throw BadUsage{QStringLiteral("letter needs --student NO (once per letter)")};
    if (!file || !file->endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        throw BadUsage{QStringLiteral("letter needs --output FILE.pdf")};
    services::Letters letters(db, session);
    std::vector<services::Letter> prepared;
    std::vector<render::LetterPage> pages;
    for (const QString &s : students) { // every letter checked before anything is written
        prepared.push_back(letters.prepare(*code, s, event, month));
        pages.push_back({prepared.back().templateCode, prepared.back().fields});
    }
    render::writeLettersPdf(*file, pages);
    const std::vector<QString> logged = letters.recordSent(prepared, *file);
    err(QStringLiteral("%1 letter(s) written to %2; recorded as %3")
            .arg(pages.size())
            .arg(*file, QStringList(logged.begin(), logged.end()).join(QStringLiteral(", "))));
    return Ok;
}

template <typename F>
int guarded(F &&f)
{
    try {
        return f();
    } catch (const BadUsage &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message));
        err(QStringLiteral("Try 'kakehashi-cli --help'."));
        return Usage;
    }
}

} // namespace

int contactsCommand(storage::Database &db, const auth::Session &session, const QStringList &args)
{
    return guarded([&] {
        Options o(args);
        return contacts(db, session, o);
    });
}

int activityCommand(storage::Database &db, const auth::Session &session, const QStringList &args)
{
    return guarded([&] {
        Options o(args);
        return activity(db, session, o);
    });
}

int letterCommand(storage::Database &db, const auth::Session &session, const QStringList &args)
{
    return guarded([&] {
        Options o(args);
        return letter(db, session, o);
    });
}

bool relationsPrintsPdf(int argc, char *argv[])
{
    return argc > 1 && std::any_of(argv + 1, argv + argc, [](const char *a) { return std::string_view(a) == "letter"; });
}

bool relationsCommandWrites(const QString &command, const QString &sub)
{
    return command == u"letter" || (command == u"contacts" && (sub == u"add" || sub == u"edit" || sub == u"import")) ||
           (command == u"activity" && (sub == u"add" || sub == u"done" || sub == u"import"));
}

} // namespace kakehashi::cli
