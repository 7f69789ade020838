#include "services/japanese_training.h"

#include "domain/date.h"
#include "domain/timestamp.h"
#include "io/csv.h"
#include "io/encoding.h"
#include "rules/validation.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/japanese_store.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>

#include <utility>

namespace kakehashi::services {

namespace {

const QString kCourses = QStringLiteral("japanese_courses");
const QString kUnitsTable = QStringLiteral("japanese_units");
const QString kScores = QStringLiteral("japanese_scores");

using Problems = std::vector<std::pair<QString, QString>>; // column, message

QString tr(const char *text)
{
    return QCoreApplication::translate("kakehashi::services::JapaneseTraining", text);
}

[[noreturn]] void refuse(const Problems &p)
{
    QStringList lines;
    for (const auto &[column, message] : p)
        lines << QStringLiteral("%1: %2").arg(column, message);
    throw JapaneseError(lines.join(QLatin1Char('\n')));
}

void checkStudent(Problems &p, const storage::JapaneseStore &store, const QString &studentNo)
{
    if (studentNo.isEmpty())
        p.emplace_back(QStringLiteral("student_no"), tr("a value is required"));
    else if (!store.studentExists(studentNo))
        p.emplace_back(QStringLiteral("student_no"), tr("there is no student %1").arg(studentNo));
}

void checkName(Problems &p, const QString &column, const QString &text, int limit)
{
    if (text.trimmed().isEmpty()) {
        p.emplace_back(column, tr("a value is required"));
        return;
    }
    if (text != text.trimmed())
        p.emplace_back(column, tr("begins or ends with a space"));
    if (text.size() > limit)
        p.emplace_back(column, tr("%1 characters is more than the %2 allowed").arg(text.size()).arg(limit));
    for (const QChar c : text)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) {
            p.emplace_back(column, tr("holds a control character"));
            return;
        }
}

// A required date, normalised to YYYY-MM-DD.
bool checkDate(Problems &p, const QString &column, QString &value)
{
    if (value.isEmpty()) {
        p.emplace_back(column, tr("a value is required"));
        return false;
    }
    QString error;
    const auto d = rules::parseDateField(value, error);
    if (!d) {
        p.emplace_back(column, error.isEmpty() ? tr("“%1” is not a date (YYYY-MM-DD)").arg(value) : error);
        return false;
    }
    value = isoDateQ(*d);
    return true;
}

void checkRange(Problems &p, const QString &column, int value, int low, int high)
{
    if (value < low || value > high)
        p.emplace_back(column, tr("%1 is not between %2 and %3").arg(value).arg(low).arg(high));
}

// A whole number written with digits only.
std::optional<int> number(Problems &p, const QString &column, const QString &text)
{
    bool ok = !text.isEmpty() && text.size() <= 9;
    for (const QChar c : text)
        ok = ok && c >= u'0' && c <= u'9';
    if (!ok) {
        p.emplace_back(column, text.isEmpty() ? tr("a value is required")
                                              : tr("“%1” is not a whole number").arg(text));
        return std::nullopt;
    }
    return text.toInt();
}

Problems courseProblems(const storage::JapaneseStore &store, JapaneseCourse &c)
{
    Problems p;
    checkStudent(p, store, c.studentNo);
    checkName(p, QStringLiteral("name"), c.name, 200);
    checkRange(p, QStringLiteral("hours"), c.hours, 1, 2000);
    const bool from = checkDate(p, QStringLiteral("from"), c.from);
    const bool to = checkDate(p, QStringLiteral("to"), c.to);
    if (from && to && c.to < c.from)
        p.emplace_back(QStringLiteral("to"), tr("%1 is before the start %2").arg(c.to, c.from));
    return p;
}

Problems scoreProblems(const storage::JapaneseStore &store, PracticeScore &s)
{
    Problems p;
    checkStudent(p, store, s.studentNo);
    checkName(p, QStringLiteral("test"), s.test, 100);
    checkDate(p, QStringLiteral("date"), s.date);
    checkRange(p, QStringLiteral("score"), s.score, 0, 1000);
    return p;
}

Problems unitsProblems(const storage::JapaneseStore &store, const QString &studentNo, int completed)
{
    Problems p;
    checkStudent(p, store, studentNo);
    checkRange(p, QStringLiteral("units_completed"), completed, 0, JapaneseTraining::kUnits);
    return p;
}

QString courseKey(const JapaneseCourse &c)
{
    return QStringLiteral("%1/%2/%3").arg(c.studentNo, c.name, c.from);
}

QString scoreKey(const PracticeScore &s)
{
    return QStringLiteral("%1/%2/%3").arg(s.studentNo, s.test, s.date);
}

QString oneDecimal(double v)
{
    return QString::number(v, 'f', 1);
}

enum class Written { Unchanged, Inserted, Updated };

// The three writes, without role check or transaction: the caller holds both.
Written writeCourse(storage::JapaneseStore &store, storage::AuditLog &audit, const JapaneseCourse &c)
{
    const auto old = store.course(c.studentNo, c.name, c.from);
    if (!old) {
        store.insertCourse({c.studentNo, c.name, c.hours, c.from, c.to});
        audit.add(QStringLiteral("create"), kCourses, courseKey(c), QStringLiteral("hours"), {}, c.hours);
        audit.add(QStringLiteral("create"), kCourses, courseKey(c), QStringLiteral("to"), {}, c.to);
        return Written::Inserted;
    }
    if (old->hours == c.hours && old->to == c.to)
        return Written::Unchanged;
    store.updateCourse({c.studentNo, c.name, c.hours, c.from, c.to});
    if (old->hours != c.hours)
        audit.add(QStringLiteral("update"), kCourses, courseKey(c), QStringLiteral("hours"), old->hours, c.hours);
    if (old->to != c.to)
        audit.add(QStringLiteral("update"), kCourses, courseKey(c), QStringLiteral("to"), old->to, c.to);
    return Written::Updated;
}

Written writeUnits(storage::JapaneseStore &store, storage::AuditLog &audit, const QString &studentNo, int completed)
{
    const auto old = store.units(studentNo);
    if (old && *old == completed)
        return Written::Unchanged;
    store.setUnits(studentNo, completed, old.has_value());
    audit.add(old ? QStringLiteral("update") : QStringLiteral("create"), kUnitsTable, studentNo,
              QStringLiteral("units_completed"), old ? QVariant(*old) : QVariant(), completed);
    return old ? Written::Updated : Written::Inserted;
}

Written writeScore(storage::JapaneseStore &store, storage::AuditLog &audit, const PracticeScore &s)
{
    const auto old = store.score(s.studentNo, s.test, s.date);
    if (old && old->score == s.score)
        return Written::Unchanged;
    if (old)
        store.updateScore({s.studentNo, s.test, s.date, s.score});
    else
        store.insertScore({s.studentNo, s.test, s.date, s.score});
    audit.add(old ? QStringLiteral("update") : QStringLiteral("create"), kScores, scoreKey(s),
              QStringLiteral("score"), old ? QVariant(old->score) : QVariant(), s.score);
    return old ? Written::Updated : Written::Inserted;
}

QString problem(const QString &file, int line, const QString &column, const QString &message)
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(column, message);
}

} // namespace

JapaneseTraining::JapaneseTraining(storage::Database &db, auth::Session session, Clock clock)
    : db_(db)
    , session_(std::move(session))
    , clock_(std::move(clock))
{
}

bool JapaneseTraining::recordCourse(const JapaneseCourse &given)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::JapaneseStore store(db_);
    JapaneseCourse c = given;
    if (const Problems p = courseProblems(store, c); !p.empty())
        refuse(p);
    storage::AuditLog audit(db_, session_.who(), postingTimestamp(clock_()));
    const bool changed = writeCourse(store, audit, c) != Written::Unchanged;
    tx.commit();
    return changed;
}

bool JapaneseTraining::setUnits(const QString &studentNo, int completed)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::JapaneseStore store(db_);
    if (const Problems p = unitsProblems(store, studentNo, completed); !p.empty())
        refuse(p);
    storage::AuditLog audit(db_, session_.who(), postingTimestamp(clock_()));
    const bool changed = writeUnits(store, audit, studentNo, completed) != Written::Unchanged;
    tx.commit();
    return changed;
}

bool JapaneseTraining::recordScore(const PracticeScore &given)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::JapaneseStore store(db_);
    PracticeScore s = given;
    if (const Problems p = scoreProblems(store, s); !p.empty())
        refuse(p);
    storage::AuditLog audit(db_, session_.who(), postingTimestamp(clock_()));
    const bool changed = writeScore(store, audit, s) != Written::Unchanged;
    tx.commit();
    return changed;
}

std::vector<JapaneseCourse> JapaneseTraining::courses(const QString &studentNo) const
{
    auth::require(session_, auth::Action::Read);
    std::vector<JapaneseCourse> out;
    for (const auto &r : storage::JapaneseStore(db_).courses(studentNo))
        out.push_back({r.studentNo, r.name, r.hours, r.from, r.to});
    return out;
}

std::optional<int> JapaneseTraining::units(const QString &studentNo) const
{
    auth::require(session_, auth::Action::Read);
    return storage::JapaneseStore(db_).units(studentNo);
}

std::vector<PracticeScore> JapaneseTraining::scores(const QString &studentNo) const
{
    auth::require(session_, auth::Action::Read);
    std::vector<PracticeScore> out;
    for (const auto &r : storage::JapaneseStore(db_).scores(studentNo))
        out.push_back({r.studentNo, r.test, r.date, r.score});
    return out;
}

std::vector<JapaneseCohort> JapaneseTraining::cohortReport(const QString &test) const
{
    auth::require(session_, auth::Action::Read);
    std::vector<JapaneseCohort> out;
    for (const auto &r : storage::JapaneseStore(db_).cohorts(test)) {
        JapaneseCohort c;
        c.cohortFy = r.cohortFy;
        c.students = r.students;
        c.studentsInCourses = r.studentsInCourses;
        c.averageHours = r.students ? double(r.hours) / r.students : 0;
        c.averageUnits = r.students ? double(r.units) / r.students : 0;
        c.scores = r.scores;
        if (r.scores > 0)
            c.averageScore = double(r.scoreTotal) / r.scores;
        out.push_back(c);
    }
    return out;
}

const std::vector<QString> &JapaneseTraining::cohortColumns()
{
    static const std::vector<QString> c = {
        QStringLiteral("cohort_fy"),      QStringLiteral("students"),
        QStringLiteral("in_courses"),     QStringLiteral("average_hours"),
        QStringLiteral("average_units_completed"), QStringLiteral("units_of"),
        QStringLiteral("scores"),         QStringLiteral("average_score")};
    return c;
}

std::vector<std::vector<QString>> JapaneseTraining::cohortRows(const QString &test) const
{
    std::vector<std::vector<QString>> out;
    for (const JapaneseCohort &c : cohortReport(test))
        out.push_back({QString::number(c.cohortFy), QString::number(c.students), QString::number(c.studentsInCourses),
                       oneDecimal(c.averageHours), oneDecimal(c.averageUnits), QString::number(kUnits),
                       QString::number(c.scores), c.averageScore ? oneDecimal(*c.averageScore) : QString()});
    return out;
}

std::optional<JapaneseFile> JapaneseTraining::fileFromName(const QString &name)
{
    if (name == u"courses")
        return JapaneseFile::Courses;
    if (name == u"units")
        return JapaneseFile::Units;
    if (name == u"scores")
        return JapaneseFile::Scores;
    return std::nullopt;
}

const std::vector<QString> &JapaneseTraining::columns(JapaneseFile file)
{
    static const std::vector<QString> courses = {QStringLiteral("student_no"), QStringLiteral("name"),
                                                 QStringLiteral("hours"), QStringLiteral("from"),
                                                 QStringLiteral("to")};
    static const std::vector<QString> units = {QStringLiteral("student_no"), QStringLiteral("units_completed")};
    static const std::vector<QString> scores = {QStringLiteral("student_no"), QStringLiteral("test"),
                                                QStringLiteral("date"), QStringLiteral("score")};
    switch (file) {
    case JapaneseFile::Courses:
        return courses;
    case JapaneseFile::Units:
        return units;
    case JapaneseFile::Scores:
        break;
    }
    return scores;
}

std::vector<std::vector<QString>> JapaneseTraining::rows(JapaneseFile file, const QString &studentNo) const
{
    auth::require(session_, auth::Action::Read);
    storage::JapaneseStore store(db_);
    std::vector<std::vector<QString>> out;
    switch (file) {
    case JapaneseFile::Courses:
        for (const auto &c : store.courses(studentNo))
            out.push_back({c.studentNo, c.name, QString::number(c.hours), c.from, c.to});
        break;
    case JapaneseFile::Units:
        for (const auto &[student, n] : store.allUnits(studentNo))
            out.push_back({student, QString::number(n)});
        break;
    case JapaneseFile::Scores:
        for (const auto &s : store.scores(studentNo))
            out.push_back({s.studentNo, s.test, s.date, QString::number(s.score)});
        break;
    }
    return out;
}

JapaneseImportOutcome JapaneseTraining::importFile(JapaneseFile kind, const QString &file, const QByteArray &bytes,
                                                   const QString &encodingName, bool dryRun)
{
    auth::require(session_, auth::Action::Edit);
    const std::vector<QString> &wanted = columns(kind);
    std::vector<QString> problems;
    const auto encoding = io::encodingFromName(encodingName.isEmpty() ? QStringLiteral("auto") : encodingName);
    if (!encoding)
        throw JapaneseError(tr("unknown encoding “%1” (auto, utf-8, cp932)").arg(encodingName));
    const io::Decoded decoded = io::decode(bytes, *encoding);
    QSet<int> badLines;
    for (int l : decoded.badLines) {
        badLines.insert(l);
        problems.push_back(problem(file, l, QStringLiteral("(row)"),
                                   tr("bytes that are not text in %1").arg(io::encodingName(decoded.used))));
    }
    io::CsvDocument doc = io::parseCsv(decoded.text);
    for (const io::CsvError &e : doc.errors)
        problems.push_back(problem(file, e.line, QStringLiteral("(row)"), e.message));
    if (doc.records.empty())
        throw JapaneseError(problem(file, 1, QStringLiteral("(row)"), tr("the file has no header row")));
    const std::vector<QString> header = doc.records.front().fields;
    QHash<QString, int> at;
    for (size_t i = 0; i < header.size(); ++i) {
        if (std::find(wanted.begin(), wanted.end(), header[i]) == wanted.end())
            problems.push_back(problem(file, 1, header[i], tr("unknown column (known: %1)")
                                                               .arg(QStringList(wanted.begin(), wanted.end())
                                                                        .join(QStringLiteral(", ")))));
        else if (at.contains(header[i]))
            problems.push_back(problem(file, 1, header[i], tr("the column is given twice")));
        at.insert(header[i], int(i));
    }
    for (const QString &w : wanted)
        if (!at.contains(w))
            problems.push_back(problem(file, 1, w, tr("the column is missing")));
    if (!problems.empty())
        throw JapaneseError(QStringList(problems.begin(), problems.end()).join(QLatin1Char('\n')));

    storage::Transaction tx(db_);
    storage::JapaneseStore store(db_);
    storage::AuditLog audit(db_, session_.who(), postingTimestamp(clock_()));
    JapaneseImportOutcome outcome;
    outcome.dryRun = dryRun;
    QHash<QString, int> keys; // a record given twice in one file
    for (size_t i = 1; i < doc.records.size(); ++i) {
        const io::CsvRecord &r = doc.records[i];
        if (badLines.contains(r.line))
            continue;
        if (r.fields.size() != header.size()) {
            problems.push_back(problem(file, r.line, QStringLiteral("(row)"),
                                       tr("%1 fields where the header has %2").arg(r.fields.size()).arg(header.size())));
            continue;
        }
        const auto cell = [&](const char *column) { return io::unprotectCell(r.fields[at.value(QLatin1String(column))]); };
        Problems p;
        QString key;
        std::function<Written()> write;
        const QString student = cell("student_no");
        if (kind == JapaneseFile::Courses) {
            JapaneseCourse c{student, cell("name"), 0, cell("from"), cell("to")};
            if (const auto h = number(p, QStringLiteral("hours"), cell("hours")))
                c.hours = *h;
            else
                c.hours = 1; // the problem is recorded; keep the range check quiet
            for (auto &x : courseProblems(store, c))
                p.push_back(std::move(x));
            key = courseKey(c);
            write = [&store, &audit, c] { return writeCourse(store, audit, c); };
        } else if (kind == JapaneseFile::Units) {
            int n = 0;
            if (const auto v = number(p, QStringLiteral("units_completed"), cell("units_completed")))
                n = *v;
            for (auto &x : unitsProblems(store, student, n))
                p.push_back(std::move(x));
            key = student;
            write = [&store, &audit, student, n] { return writeUnits(store, audit, student, n); };
        } else {
            PracticeScore s{student, cell("test"), cell("date"), 0};
            if (const auto v = number(p, QStringLiteral("score"), cell("score")))
                s.score = *v;
            for (auto &x : scoreProblems(store, s))
                p.push_back(std::move(x));
            key = scoreKey(s);
            write = [&store, &audit, s] { return writeScore(store, audit, s); };
        }
        if (p.empty() && keys.contains(key))
            p.emplace_back(QStringLiteral("student_no"),
                           tr("%1 is given twice (first on line %2)").arg(key).arg(keys.value(key)));
        keys.insert(key, r.line);
        for (const auto &[column, message] : p)
            problems.push_back(problem(file, r.line, column, message));
        if (!p.empty() || !problems.empty())
            continue;
        switch (write()) {
        case Written::Inserted:
            ++outcome.inserted;
            break;
        case Written::Updated:
            ++outcome.updated;
            break;
        case Written::Unchanged:
            ++outcome.unchanged;
            break;
        }
    }
    if (!problems.empty())
        throw JapaneseError(QStringList(problems.begin(), problems.end()).join(QLatin1Char('\n')));
    if (!dryRun)
        tx.commit();
    return outcome;
}

} // namespace kakehashi::services
