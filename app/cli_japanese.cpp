#include "cli_options.h"
#include "cli_japanese.h"

#include "io/encoding.h"
#include "io/exporter.h"
#include "services/japanese_training.h"
#include "services/output.h"

#include <QFile>

#include <cstdio>
#include <optional>

namespace kakehashi::cli {

namespace {


int wholeNumber(const QString &option, const QString &text)
{
    bool ok = !text.isEmpty() && text.size() <= 9;
    for (const QChar c : text)
        ok = ok && c >= u'0' && c <= u'9';
    if (!ok)
        throw BadUsage{QStringLiteral("%1 takes a whole number, not “%2”").arg(option, text)};
    return text.toInt();
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
            throw services::JapaneseError(QStringLiteral("%1: cannot write: %2").arg(*file, f.errorString()));
    });
    if (problem) {
        err(*problem);
        return Refused;
    }
    err(QStringLiteral("%1 row(s) written to %2").arg(rows.size()).arg(*file));
    return Ok;
}

services::JapaneseFile fileKind(Options &o, const QString &command)
{
    const auto name = o.positional();
    if (!name)
        throw BadUsage{QStringLiteral("japanese %1 needs courses, units or scores").arg(command)};
    const auto kind = services::JapaneseTraining::fileFromName(*name);
    if (!kind)
        throw BadUsage{QStringLiteral("japanese %1: courses, units or scores, not “%2”").arg(command, *name)};
    return *kind;
}

void said(bool changed, const QString &what)
{
    err(changed ? QStringLiteral("recorded: %1").arg(what) : QStringLiteral("unchanged: %1").arg(what));
}

int japanese(storage::Database &db, const auth::Session &session, Options &o)
{
    const auto sub = o.positional();
    const QString known = QStringLiteral("course, units, score, list, import, report");
    if (!sub)
        throw BadUsage{QStringLiteral("missing japanese command (%1)").arg(known)};
    services::JapaneseTraining training(db, session);
    if (*sub == u"course") {
        services::JapaneseCourse c;
        c.studentNo = o.need(QStringLiteral("--student"));
        c.name = o.need(QStringLiteral("--name"));
        c.hours = wholeNumber(QStringLiteral("--hours"), o.need(QStringLiteral("--hours")));
        c.from = o.need(QStringLiteral("--from"));
        c.to = o.need(QStringLiteral("--to"));
        o.done();
        said(training.recordCourse(c), QStringLiteral("%1 course “%2”").arg(c.studentNo, c.name));
        return Ok;
    }
    if (*sub == u"units") {
        const QString student = o.need(QStringLiteral("--student"));
        const int n = wholeNumber(QStringLiteral("--completed"), o.need(QStringLiteral("--completed")));
        o.done();
        said(training.setUnits(student, n),
             QStringLiteral("%1 e-learning units %2/%3").arg(student).arg(n).arg(services::JapaneseTraining::kUnits));
        return Ok;
    }
    if (*sub == u"score") {
        services::PracticeScore s;
        s.studentNo = o.need(QStringLiteral("--student"));
        s.test = o.need(QStringLiteral("--test"));
        s.date = o.need(QStringLiteral("--date"));
        s.score = wholeNumber(QStringLiteral("--score"), o.need(QStringLiteral("--score")));
        o.done();
        said(training.recordScore(s), QStringLiteral("%1 %2 score %3").arg(s.studentNo, s.test).arg(s.score));
        return Ok;
    }
    if (*sub == u"list") {
        const auto kind = fileKind(o, *sub);
        const QString student = o.take(QStringLiteral("--student")).value_or(QString());
        return writeTable(o, services::JapaneseTraining::columns(kind), training.rows(kind, student));
    }
    if (*sub == u"report")
        return writeTable(o, services::JapaneseTraining::cohortColumns(),
                          training.cohortRows(o.take(QStringLiteral("--test")).value_or(QString())));
    if (*sub == u"import") {
        const auto kind = fileKind(o, *sub);
        const bool dryRun = o.flag(QStringLiteral("--dry-run"));
        const QString encoding = o.take(QStringLiteral("--encoding")).value_or(QStringLiteral("auto"));
        const auto file = o.positional();
        o.done();
        if (!file)
            throw BadUsage{QStringLiteral("missing FILE")};
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly))
            throw services::JapaneseError(QStringLiteral("%1: cannot read: %2").arg(*file, f.errorString()));
        const auto r = training.importFile(kind, *file, f.readAll(), encoding, dryRun);
        err(QStringLiteral("%1%2 new, %3 updated, %4 unchanged")
                .arg(dryRun ? QStringLiteral("dry run: would write ") : QString())
                .arg(r.inserted)
                .arg(r.updated)
                .arg(r.unchanged));
        return Ok;
    }
    throw BadUsage{QStringLiteral("unknown japanese command “%1” (%2)").arg(*sub, known)};
}

} // namespace

int japaneseCommand(storage::Database &db, const auth::Session &session, const QStringList &args)
{
    try {
        Options o(args);
        return japanese(db, session, o);
    } catch (const BadUsage &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message));
        err(QStringLiteral("Try 'kakehashi-cli --help'."));
        return Usage;
    }
}

} // namespace kakehashi::cli
