#include "io/importer.h"

#include "io/csv.h"
#include "rules/validation.h"
#include "storage/database.h"
#include "storage/record_store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace kakehashi::io {

namespace {

using domain::Field;
using domain::Kind;
using domain::KindId;
using domain::Values;

QString tr(const char *s)
{
    return QCoreApplication::translate("kakehashi::io", s);
}

const QString kRow = QStringLiteral("(row)");

QString missingReference(const char *table, const QString &key)
{
    const QLatin1String t(table);
    if (t == QLatin1String("schools"))
        return tr("the database holds no school with code “%1”").arg(key);
    if (t == QLatin1String("companies"))
        return tr("the database holds no company with code “%1”").arg(key);
    if (t == QLatin1String("students"))
        return tr("the database holds no student with number “%1”").arg(key);
    if (t == QLatin1String("internships"))
        return tr("the database holds no internship with number “%1”").arg(key);
    return tr("the database holds no event with number “%1”").arg(key);
}

struct Row
{
    int line = 0;
    Values values;      // merged with the stored record on update, defaults applied on insert
    qint64 existingId = -1;
    bool bad = false;
};

// What the rows of the file refer to, loaded once.
struct References
{
    std::map<QString, QSet<QString>> keysByTable;
};

class Importer
{
public:
    Importer(storage::Database &db, const Kind &kind, const ImportOptions &options)
        : db_(db), store_(db), kind_(kind), options_(options)
    {
    }

    ImportResult run(const QByteArray &bytes)
    {
        Decoded decoded = decode(bytes, options_.encoding);
        result_.encoding = decoded.used;
        CsvDocument doc = parseCsv(decoded.text);
        for (const CsvError &e : doc.errors)
            problem(e.line, kRow, e.message);
        if (doc.records.empty()) {
            if (doc.errors.empty())
                problem(1, kRow, tr("the file is empty: a header row is needed"));
            return finish();
        }

        const CsvRecord &header = doc.records.front();
        for (const QString &h : header.fields)
            header_ << h.trimmed();
        for (const rules::FieldProblem &p : rules::checkHeader(kind_, header_))
            problem(header.line, p.column, p.message);
        for (int i = 0; i < header_.size(); ++i)
            columnField_.push_back(headerCount(i) ? kind_.fieldIndex(header_[i]) : -1);
        for (int k = 0; k < kind_.keyFields; ++k) {
            if (kind_.isParticipants() && k > 0)
                break;
            if (!header_.contains(QLatin1String(kind_.field(k).name)))
                problem(header.line, QLatin1String(kind_.field(k).name), tr("the key column is missing"));
        }

        loadContext();
        std::vector<bool> badLine(static_cast<size_t>(doc.records.back().lastLine) + 2, false);
        for (int l : decoded.badLines)
            if (l < static_cast<int>(badLine.size()))
                badLine[static_cast<size_t>(l)] = true;

        const qint64 total = static_cast<qint64>(doc.records.size()) - 1;
        rows_.reserve(static_cast<size_t>(total));
        for (size_t r = 1; r < doc.records.size(); ++r) {
            const CsvRecord &rec = doc.records[r];
            bool bytesBad = false;
            for (int l = rec.line; l <= rec.lastLine && l < static_cast<int>(badLine.size()); ++l)
                bytesBad = bytesBad || badLine[static_cast<size_t>(l)];
            if (bytesBad) {
                problem(rec.line, kRow,
                        tr("bytes that are not %1 text").arg(decoded.used == Encoding::Cp932 ? QStringLiteral("CP932")
                                                                                               : QStringLiteral("UTF-8")));
                continue;
            }
            checkRow(rec);
            if (options_.progress && r % 2000 == 0 && !options_.progress(static_cast<qint64>(r), total)) {
                result_.cancelled = true;
                return finish();
            }
        }
        result_.rows = total;
        crossRowChecks();
        if (!problems_.empty())
            return finish();
        for (const Row &r : rows_)
            ++(r.existingId >= 0 ? result_.updated : result_.inserted);
        if (!options_.dryRun)
            write();
        return finish();
    }

private:
    bool headerCount(int i) const
    {
        // Only the first occurrence of a repeated column is read.
        return header_.indexOf(header_[i]) == i;
    }

    void problem(int line, const QString &column, const QString &message)
    {
        problems_.push_back({line, column, message});
    }

    void loadContext()
    {
        existing_ = store_.keyIds(kind_);
        for (const Field &f : kind_.fields) {
            if (!f.references || refs_.keysByTable.count(QLatin1String(f.references)))
                continue;
            const Kind *target = domain::kindByName(QString::fromLatin1(f.references));
            refs_.keysByTable[QLatin1String(f.references)] = store_.keys(*target);
        }
        if (kind_.id == KindId::Internships || kind_.id == KindId::Attendance)
            for (storage::InternshipPeriod &p : store_.internshipPeriods())
                periods_.insert(p.internshipNo, p);
    }

    void checkRow(const CsvRecord &rec)
    {
        if (static_cast<qsizetype>(rec.fields.size()) != header_.size()) {
            problem(rec.line, kRow,
                    tr("%1 fields where the header has %2").arg(rec.fields.size()).arg(header_.size()));
            return;
        }
        Row row;
        row.line = rec.line;
        Values given(kind_.fields.size());
        std::vector<bool> present(kind_.fields.size(), false);
        bool bad = false;
        for (size_t c = 0; c < rec.fields.size(); ++c) {
            const int fi = columnField_[c];
            if (fi < 0)
                continue;
            const Field &f = kind_.field(fi);
            QString text = rec.fields[c].trimmed();
            QString error;
            QVariant v = rules::parseField(f, text, error);
            if (!error.isEmpty()) {
                problem(rec.line, QLatin1String(f.name), error);
                bad = true;
            }
            given[static_cast<size_t>(fi)] = v;
            present[static_cast<size_t>(fi)] = !text.isEmpty();
        }

        // The key.
        bool keyMissing = false;
        if (kind_.isParticipants()) {
            if (given[0].isNull()) {
                problem(rec.line, QStringLiteral("event_no"), tr("a value is required"));
                keyMissing = true;
            }
        } else {
            for (int k = 0; k < kind_.keyFields; ++k) {
                if (given[static_cast<size_t>(k)].isNull() && present[static_cast<size_t>(k)] == false &&
                    header_.contains(QLatin1String(kind_.field(k).name))) {
                    problem(rec.line, QLatin1String(kind_.field(k).name), tr("a value is required (it is the key)"));
                    keyMissing = true;
                }
                if (given[static_cast<size_t>(k)].isNull())
                    keyMissing = true;
            }
        }
        if (keyMissing) {
            return;
        }
        const QString key = storage::RecordStore::mapKey(kind_, given);
        if (auto seen = seenKeys_.constFind(key); seen != seenKeys_.constEnd()) {
            problem(rec.line, QLatin1String(kind_.field(0).name),
                    tr("the same key %1 is on line %2 already").arg(domain::keyText(kind_, given)).arg(*seen));
            return;
        }
        seenKeys_.insert(key, rec.line);

        auto existing = existing_.constFind(key);
        if (existing != existing_.constEnd()) {
            row.existingId = *existing;
            row.values = store_.load(kind_, row.existingId);
            for (size_t i = 0; i < given.size(); ++i)
                if (!given[i].isNull())
                    row.values[i] = given[i];
        } else {
            row.values = given;
            for (int i = 0; i < kind_.size(); ++i) {
                const Field &f = kind_.field(i);
                auto &v = row.values[static_cast<size_t>(i)];
                if (!v.isNull() || present[static_cast<size_t>(i)])
                    continue;
                if (f.required) {
                    // A bad value was already reported; an absent one is reported here.
                    problem(rec.line, QLatin1String(f.name),
                            header_.contains(QLatin1String(f.name))
                                ? tr("a value is required for a new record")
                                : tr("the column is missing and a new record needs it"));
                    bad = true;
                } else if (f.defaultValue) {
                    QString ignored;
                    v = rules::parseField(f, QString::fromLatin1(f.defaultValue), ignored);
                }
            }
        }

        // References to records the database holds.
        for (int i = 0; i < kind_.size(); ++i) {
            const Field &f = kind_.field(i);
            const QVariant &v = row.values[static_cast<size_t>(i)];
            if (!f.references || v.isNull())
                continue;
            if (!refs_.keysByTable[QLatin1String(f.references)].contains(v.toString())) {
                problem(rec.line, QLatin1String(f.name), missingReference(f.references, v.toString()));
                bad = true;
            }
        }
        // Values that failed to parse are null here, so the cross-field rules only
        // judge what could be read: every independent problem is reported.
        for (const auto &fp : rules::checkRecord(kind_, row.values)) {
            problem(rec.line, fp.column, fp.message);
            bad = true;
        }
        if (!bad && kind_.id == KindId::Attendance)
            checkAttendance(row);
        row.bad = bad;
        rows_.push_back(std::move(row));
    }

    QString value(const Row &r, const char *name) const
    {
        return r.values[static_cast<size_t>(kind_.fieldIndex(QLatin1String(name)))].toString();
    }

    void checkAttendance(Row &row)
    {
        const QString no = value(row, "internship_no");
        auto p = periods_.constFind(no);
        if (p == periods_.constEnd())
            return; // reported as a missing reference
        const auto day = parseDate(value(row, "date"));
        if (auto m = rules::checkAttendanceInPeriod(*day, p->start, p->end)) {
            problem(row.line, QStringLiteral("date"), *m);
            row.bad = true;
        }
    }

    void crossRowChecks()
    {
        if (kind_.id != KindId::Internships)
            return;
        // Overlap: each row against the stored internships it does not replace and
        // the file's earlier rows; the later of two overlapping rows is named.
        QHash<QString, std::vector<rules::Period>> byStudent;
        QSet<QString> inFile;
        for (const Row &r : rows_)
            inFile.insert(value(r, "internship_no"));
        for (const storage::InternshipPeriod &p : std::as_const(periods_))
            if (!p.cancelled && !inFile.contains(p.internshipNo))
                byStudent[p.studentNo].push_back({p.internshipNo, p.start, p.end});
        for (Row &r : rows_) {
            if (r.bad)
                continue;
            const auto start = parseDate(value(r, "start_date"));
            const auto end = parseDate(value(r, "end_date"));
            if (!start || !end)
                continue;
            const rules::Period period{value(r, "internship_no"), *start, *end};
            if (value(r, "status") == u"cancelled")
                continue;
            auto &others = byStudent[value(r, "student_no")];
            if (auto m = rules::checkNoOverlap(period, others))
                problem(r.line, QStringLiteral("start_date"), *m);
            others.push_back(period);
            // Attendance already stored must stay inside a changed period.
            if (r.existingId >= 0)
                if (auto outside = store_.attendanceOutside(period.key, *start, *end))
                    problem(r.line, QStringLiteral("end_date"),
                            tr("attendance on %1 would fall outside the new period").arg(*outside));
        }
    }

    void write()
    {
        storage::Transaction tx(db_);
        for (const Row &r : rows_) {
            if (r.existingId >= 0)
                store_.update(kind_, r.existingId, r.values);
            else
                store_.insert(kind_, r.values);
        }
        tx.commit();
    }

    ImportResult finish()
    {
        std::stable_sort(problems_.begin(), problems_.end(),
                         [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        result_.problems = std::move(problems_);
        if (!result_.problems.empty()) {
            result_.inserted = 0;
            result_.updated = 0;
        }
        return std::move(result_);
    }

    storage::Database &db_;
    storage::RecordStore store_;
    const Kind &kind_;
    const ImportOptions &options_;
    ImportResult result_;
    std::vector<ImportProblem> problems_;
    QStringList header_;
    std::vector<int> columnField_;
    QHash<QString, qint64> existing_;
    QHash<QString, int> seenKeys_;
    References refs_;
    QHash<QString, storage::InternshipPeriod> periods_;
    std::vector<Row> rows_;
};

} // namespace

ImportResult importCsv(storage::Database &db, const domain::Kind &kind, const QByteArray &bytes,
                       const ImportOptions &options)
{
    Importer importer(db, kind, options);
    return importer.run(bytes);
}

QString formatProblem(const QString &file, const ImportProblem &p)
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(p.line).arg(p.column, p.message);
}

} // namespace kakehashi::io
