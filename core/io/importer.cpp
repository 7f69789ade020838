#include "io/importer.h"

#include "io/csv.h"
#include "io/csv_source.h"
#include "domain/timestamp.h"
#include "storage/audit_store.h"
#include "storage/checklist_store.h"
#include "rules/validation.h"
#include "storage/database.h"
#include "storage/record_store.h"
#include "storage/statement.h"
#include "storage/subsidy_store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

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
    Values stored;      // the stored record on update
    qint64 existingId = -1;
    bool bad = false;
};

// Good rows handed from the validating thread to the writing one.
struct Chunk
{
    storage::EncodedRows rows;
    std::vector<qint64> existingIds; // -1 for a new record
    storage::EncodedRows audit;      // a row per changed field of the updated records
};

// What the rows of the file refer to, loaded once.
struct References
{
    std::map<QString, QSet<QString>> keysByTable;
};

// Shared between the validating thread and the writing thread.
struct Pipeline
{
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Chunk> chunks;
    bool closed = false;
    std::atomic<bool> failed{false};  // a problem was found: writing is pointless
    std::atomic<bool> cancel{false};  // the caller cancelled
    std::atomic<qint64> checked{0};
    std::atomic<qint64> total{0};

    // Bounded: the validating thread waits while the writer is this far behind,
    // so that memory does not grow with the file.
    static constexpr size_t kMaxQueued = 8;
    std::condition_variable space;

    void push(Chunk &&chunk)
    {
        {
            std::unique_lock lock(mutex);
            space.wait(lock, [&] { return chunks.size() < kMaxQueued || cancel || failed; });
            chunks.push_back(std::move(chunk));
        }
        ready.notify_one();
    }
    void close()
    {
        {
            std::lock_guard lock(mutex);
            closed = true;
        }
        ready.notify_one();
    }
    // A chunk, or nothing when closed and drained, or an empty chunk on time-out.
    std::optional<Chunk> pop(std::chrono::milliseconds wait)
    {
        std::unique_lock lock(mutex);
        ready.wait_for(lock, wait, [&] { return !chunks.empty() || closed; });
        if (!chunks.empty()) {
            Chunk c = std::move(chunks.front());
            chunks.pop_front();
            lock.unlock();
            space.notify_one();
            return c;
        }
        if (closed)
            return std::nullopt;
        return Chunk{};
    }
};

// The keys of a file's rows and the line each was first on. In memory up to a
// limit; beyond it, in a temporary table of the validating connection, so that a
// file of any size is judged in bounded memory.
class SeenKeys
{
public:
    static constexpr qsizetype kInMemory = 250000;

    explicit SeenKeys(const storage::Database &db) : db_(db) {}

    // The line the key was seen on before, or 0 (and it is remembered with `line`).
    int seenOrAdd(const QString &key, int line)
    {
        if (auto seen = memory_.constFind(key); seen != memory_.constEnd())
            return *seen;
        if (memory_.size() < kInMemory) {
            memory_.insert(key, line);
            return 0;
        }
        if (!add_) {
            db_.exec(db_.isServer() ? QStringLiteral("CREATE TEMP TABLE import_seen_keys (key TEXT PRIMARY KEY, "
                                                     "line BIGINT NOT NULL)")
                                    : QStringLiteral("CREATE TEMP TABLE import_seen_keys (key TEXT PRIMARY KEY, "
                                                     "line INTEGER NOT NULL) WITHOUT ROWID"));
            add_.emplace(db_.prepare(QStringLiteral("INSERT INTO import_seen_keys VALUES (?, ?) ON CONFLICT DO NOTHING")));
            find_.emplace(db_.prepare(QStringLiteral("SELECT line FROM import_seen_keys WHERE key = ?")));
        }
        add_->bindValue(0, key);
        add_->bindValue(1, line);
        storage::Database::exec(*add_);
        if (add_->numRowsAffected() > 0)
            return 0;
        find_->bindValue(0, key);
        storage::Database::exec(*find_);
        const int seen = find_->next() ? find_->value(0).toInt() : 0;
        find_->finish();
        return seen;
    }

private:
    const storage::Database &db_;
    QHash<QString, int> memory_;
    std::optional<QSqlQuery> add_;
    std::optional<QSqlQuery> find_;
};

// Reads and judges the file on its own connection (a snapshot of the database as
// it was before the import) and hands the good rows on in chunks, so that the
// caller's thread writes while this one still validates.
class Validator
{
    // Messages in the namespace's translation context, as its free functions' (lupdate reads this).
    Q_DECLARE_TR_FUNCTIONS(kakehashi::io)

public:
    static constexpr size_t kChunk = 4096;

    Validator(storage::Database &db, const Kind &kind, const ImportOptions &options, const QString &at,
              Pipeline &pipe)
        : store_(db), kind_(kind), encoding_(options.encoding), wholeRecords_(options.source != ImportOptions::Source::File),
          recheck_(options.source == ImportOptions::Source::Stored), dryRun_(options.dryRun),
          fromFile_(options.source != ImportOptions::Source::Form), auditAction_(options.source == ImportOptions::Source::Form ? QStringLiteral("update")
                                                                     : QStringLiteral("import")), user_(options.session.who()), at_(at), pipe_(pipe)
    {
    }

    ImportResult run(QIODevice &device)
    {
        CsvSource source(device, encoding_);
        result_.encoding = source.used();
        bool headerSeen = false;
        qint64 rows = 0;
        CsvDocument batch;
        while (source.next(batch)) {
            for (const CsvError &e : batch.errors)
                problem(e.line, kRow, e.message);
            size_t first = 0;
            if (!headerSeen && !batch.records.empty()) {
                readHeader(batch.records.front());
                headerSeen = true;
                first = 1;
            }
            // Rows in all: known once the last piece is read, estimated from the bytes before.
            const auto inBatch = static_cast<qint64>(batch.records.size() - first);
            if (source.done())
                pipe_.total = rows + inBatch;
            else
                pipe_.total = (rows + inBatch) * std::max(source.size(), source.bytesRead()) /
                              std::max<qint64>(source.bytesRead(), 1);
            for (size_t r = first; r < batch.records.size(); ++r) {
                CsvRecord &rec = batch.records[r];
                bool bytesBad = false;
                for (int l = rec.line; l <= rec.lastLine; ++l)
                    bytesBad = bytesBad || source.badLines().contains(l);
                ++rows;
                if (bytesBad) {
                    problem(rec.line, kRow,
                            tr("bytes that are not %1 text")
                                .arg(source.used() == Encoding::Cp932 ? QStringLiteral("CP932") : QStringLiteral("UTF-8")));
                    continue;
                }
                checkRow(rec);
                // Free the cells now, on this thread, rather than all at the end.
                std::vector<QString>().swap(rec.fields);
                if (rows % 1024 == 0) {
                    pipe_.checked = rows;
                    if (pipe_.cancel) {
                        result_.cancelled = true;
                        return finish();
                    }
                    if (chunk_.existingIds.size() >= kChunk)
                        flush();
                }
            }
        }
        if (!headerSeen) {
            if (problems_.empty())
                problem(1, kRow, tr("the file is empty: a header row is needed"));
            return finish();
        }
        result_.rows = rows;
        pipe_.total = rows;
        pipe_.checked = rows;
        crossRowChecks();
        flush();
        return finish();
    }

private:
    void readHeader(const CsvRecord &header)
    {
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
    }

    bool headerCount(int i) const
    {
        // Only the first occurrence of a repeated column is read.
        return header_.indexOf(header_[i]) == i;
    }

    void problem(int line, const QString &column, const QString &message)
    {
        problems_.push_back({line, column, message});
        pipe_.failed = true;
    }

    void flush()
    {
        if (!pipe_.failed && !chunk_.existingIds.empty())
            pipe_.push(std::move(chunk_));
        chunk_ = Chunk();
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
        if (kind_.id == KindId::Internships && !recheck_) {
            const storage::ChecklistStore checklist(store_.database());
            if (checklist.required()) {
                checklistOn_ = true;
                for (storage::StoredCheck &c : checklist.current(QString()))
                    checks_[c.internshipNo].push_back(std::move(c.entry));
                for (const QString &no : checklist.overridden())
                    overridden_.insert(no);
            }
        }
        if (kind_.id == KindId::Vacations)
            for (storage::VacationPeriod &v : store_.vacationPeriods())
                vacations_.push_back(std::move(v));
        if (kind_.id == KindId::Attendance)
            for (const auto &c : storage::SubsidyStore(store_.database()).closedMonths())
                closedMonths_.insert(c.internshipNo + QChar(0x1f) + c.period, c.entryNo);
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
            if (fromFile_) // a form's text is what was typed; a file's may carry the spreadsheet apostrophe
                text = unprotectCell(text);
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
        if (const int seen = seenKeys_.seenOrAdd(key, rec.line)) {
            problem(rec.line, QLatin1String(kind_.field(0).name),
                    tr("the same key %1 is on line %2 already").arg(domain::keyText(kind_, given)).arg(seen));
            return;
        }

        auto existing = existing_.constFind(key);
        if (existing != existing_.constEnd()) {
            row.existingId = *existing;
            if (wholeRecords_) {
                row.values = given;
                // A whole record (a form) with a field left empty: the default it stands for.
                for (int i = 0; i < kind_.size(); ++i)
                    if (const Field &f = kind_.field(i); f.defaultValue && row.values[static_cast<size_t>(i)].isNull() &&
                                                         !present[static_cast<size_t>(i)]) {
                        QString ignored;
                        row.values[static_cast<size_t>(i)] =
                            rules::parseField(f, QString::fromLatin1(f.defaultValue), ignored);
                    }
                if (!recheck_) {
                    row.stored = store_.load(kind_, row.existingId);
                    if (!bad && row.values == row.stored) {
                        ++result_.unchanged;
                        return;
                    }
                }
            } else {
                row.stored = store_.load(kind_, row.existingId);
                row.values = row.stored;
                for (size_t i = 0; i < given.size(); ++i)
                    if (!given[i].isNull())
                        row.values[i] = given[i];
                // Nothing to write: a file exported and imported again changes nothing,
                // not even in a month closed by the ledger.
                if (!bad && row.values == row.stored) {
                    ++result_.unchanged;
                    return;
                }
            }
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
        if (!bad && checklistOn_)
            bad = !checkChecklist(row);
        row.bad = bad;
        if (kind_.id == KindId::Internships && !row.bad)
            filePeriods_.push_back({row.line, value(row, "internship_no"), value(row, "student_no"),
                                    value(row, "start_date"), value(row, "end_date"),
                                    value(row, "status") == u"cancelled", row.existingId >= 0});
        if (kind_.id == KindId::Vacations && !row.bad)
            filePeriods_.push_back({row.line, value(row, "start_date"), value(row, "school_code"),
                                    value(row, "start_date"), value(row, "end_date"), false, row.existingId >= 0});
        ++(row.existingId >= 0 ? result_.updated : result_.inserted);
        if (!row.bad && !pipe_.failed) {
            chunk_.rows.append(row.values);
            chunk_.existingIds.push_back(row.existingId);
            if (row.existingId >= 0 && !dryRun_)
                storage::appendChanges(chunk_.audit, at_, user_, auditAction_, kind_, row.stored,
                                       row.values);
        }
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
        // A posted month refuses changes; re-validating what is stored is no change.
        const QString period = value(row, "date").left(7);
        if (recheck_)
            return;
        if (auto closed = closedMonths_.constFind(no + QChar(0x1f) + period); closed != closedMonths_.constEnd()) {
            problem(row.line, QStringLiteral("date"),
                    tr("%1 of internship %2 is posted to the subsidy ledger (entry %3): reverse that payment "
                       "before changing its attendance")
                        .arg(period, no)
                        .arg(*closed));
            row.bad = true;
        }
    }

    // With the setting internship.checklist on, an internship becomes active
    // only with every item of its checklist done, or an administrator's override.
    bool checkChecklist(const Row &row)
    {
        const QString status = value(row, "status");
        if (status != u"active")
            return true;
        const int statusField = kind_.fieldIndex(QStringLiteral("status"));
        if (row.existingId >= 0 && row.stored[static_cast<size_t>(statusField)].toString() == u"active")
            return true; // already active: not a change of status
        const QString no = value(row, "internship_no");
        if (overridden_.contains(no))
            return true;
        const QStringList missing = rules::missingChecklistItems(checks_.value(no));
        if (missing.isEmpty())
            return true;
        QStringList names;
        for (const QString &code : missing)
            names << rules::checklistItemName(*rules::checklistItemFromCode(code));
        problem(row.line, QStringLiteral("status"),
                tr("internship %1 cannot be active while its checklist lacks: %2 (setting internship.checklist is "
                   "on; record the checks with compliance checklist set, or an administrator overrides with a "
                   "reason)")
                    .arg(no, names.join(QStringLiteral(", "))));
        return false;
    }

    // One school's vacations may not overlap: each row against the stored periods
    // it does not replace (same key) and the file's earlier rows.
    void vacationChecks()
    {
        QSet<QString> inFile;
        for (const FilePeriod &r : filePeriods_)
            inFile.insert(r.studentNo + QChar(0x1f) + r.start);
        QHash<QString, std::vector<rules::Period>> bySchool;
        for (const storage::VacationPeriod &v : vacations_)
            if (!inFile.contains(v.schoolCode + QChar(0x1f) + isoDateQ(v.start)))
                bySchool[v.schoolCode].push_back({isoDateQ(v.start), v.start, v.end});
        for (const FilePeriod &r : filePeriods_) {
            const auto start = parseDate(r.start);
            const auto end = parseDate(r.end);
            if (!start || !end)
                continue;
            const rules::Period period{r.start, *start, *end};
            auto &others = bySchool[r.studentNo];
            if (auto m = rules::checkNoVacationOverlap(period, others))
                problem(r.line, QStringLiteral("start_date"), *m);
            others.push_back(period);
        }
    }

    void crossRowChecks()
    {
        if (kind_.id == KindId::Vacations)
            vacationChecks();
        if (kind_.id != KindId::Internships)
            return;
        // Overlap: each row against the stored internships it does not replace and
        // the file's earlier rows; the later of two overlapping rows is named.
        QHash<QString, std::vector<rules::Period>> byStudent;
        QSet<QString> inFile;
        for (const FilePeriod &r : filePeriods_)
            inFile.insert(r.internshipNo);
        for (const storage::InternshipPeriod &p : std::as_const(periods_))
            if (!p.cancelled && !inFile.contains(p.internshipNo))
                byStudent[p.studentNo].push_back({p.internshipNo, p.start, p.end});
        for (const FilePeriod &r : filePeriods_) {
            const auto start = parseDate(r.start);
            const auto end = parseDate(r.end);
            if (!start || !end)
                continue;
            const rules::Period period{r.internshipNo, *start, *end};
            // Attendance already stored must stay inside a changed period.
            if (r.existing)
                if (auto outside = store_.attendanceOutside(period.key, *start, *end))
                    problem(r.line, QStringLiteral("end_date"),
                            tr("attendance on %1 would fall outside the new period").arg(*outside));
            if (r.cancelled)
                continue;
            auto &others = byStudent[r.studentNo];
            if (auto m = rules::checkNoOverlap(period, others))
                problem(r.line, QStringLiteral("start_date"), *m);
            others.push_back(period);
        }
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

    struct FilePeriod
    {
        int line;
        QString internshipNo; // a vacation's start
        QString studentNo;    // a vacation's school
        QString start;
        QString end;
        bool cancelled;
        bool existing;
    };

    storage::RecordStore store_;
    const Kind &kind_;
    Encoding encoding_;
    bool wholeRecords_;
    bool recheck_;
    bool dryRun_;
    bool fromFile_;
    QString auditAction_;
    QString user_;
    QString at_;
    Pipeline &pipe_;
    ImportResult result_;
    Chunk chunk_;
    std::vector<FilePeriod> filePeriods_;
    std::vector<ImportProblem> problems_;
    QStringList header_;
    std::vector<int> columnField_;
    QHash<QString, qint64> existing_;
    SeenKeys seenKeys_{store_.database()};
    References refs_;
    QHash<QString, storage::InternshipPeriod> periods_;
    std::vector<storage::VacationPeriod> vacations_;
    QHash<QString, qint64> closedMonths_; // internship U+001F YYYY-MM → the payment's entry
    bool checklistOn_ = false;
    QHash<QString, std::vector<rules::ChecklistEntry>> checks_; // internship_no → latest of each item
    QSet<QString> overridden_;
};

// Writes good rows with their audit trail, in the caller's transaction: a row per
// changed field of each updated record as it is written, and at the end one row
// per created record, made by SQLite from the stored rows.
struct Writer
{
    Writer(storage::Database &db, const Kind &kind, const QString &user, const QString &at)
        : store(db), audit(db, user, at), kind(kind), lastIdBefore(storage::AuditLog::lastId(db, kind))
    {
    }
    void write(const Chunk &chunk)
    {
        std::vector<size_t> inserts;
        for (size_t i = 0; i < chunk.existingIds.size(); ++i) {
            if (chunk.existingIds[i] >= 0)
                store.update(kind, chunk.existingIds[i], chunk.rows, i);
            else
                inserts.push_back(i);
        }
        // A file's keys are unique (the validator refuses repeats): the new
        // records go in after the updates, at once.
        store.insertMany(kind, chunk.rows, inserts);
        audit.write(chunk.audit);
    }
    void finish() { audit.creates(kind, lastIdBefore); }

    storage::RecordStore store;
    storage::AuditLog audit;
    const Kind &kind;
    qint64 lastIdBefore;
};

} // namespace

ImportResult importCsv(storage::Database &db, const domain::Kind &kind, const QByteArray &bytes,
                       const ImportOptions &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importCsv(db, kind, buffer, options);
}

ImportResult importCsvFile(storage::Database &db, const domain::Kind &kind, const QString &path,
                           const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    return importCsv(db, kind, file, options);
}

ImportResult importCsv(storage::Database &db, const domain::Kind &kind, QIODevice &device,
                       const ImportOptions &options)
{
    if (!options.dryRun)
        auth::require(options.session, auth::Action::Edit);
    Pipeline pipe;
    ImportResult result;
    std::exception_ptr validationError;
    const QString at = postingTimestamp(QDateTime::currentDateTime());
    std::thread validator([&] {
        try {
            const auto snapshotDb = db.openAnother({.migrateTo = -1, .mustExist = true});
            storage::Database &snapshot = *snapshotDb;
            // It reads the referenced keys once: a small page cache keeps the import's memory bounded.
            if (!snapshot.isServer())
                snapshot.exec(QStringLiteral("PRAGMA cache_size = -8192"));
            result = Validator(snapshot, kind, options, at, pipe).run(device);
        } catch (...) {
            validationError = std::current_exception();
            pipe.failed = true;
        }
        pipe.close();
    });
    // Whatever happens here, the validating thread is stopped and joined.
    struct Join
    {
        std::thread &t;
        Pipeline &p;
        ~Join()
        {
            if (t.joinable()) {
                p.cancel = true;
                while (p.pop(std::chrono::milliseconds(10)))
                    ;
                t.join();
            }
        }
    } join{validator, pipe};

    // Rows are written as they are judged good, inside one transaction that is
    // committed only when the whole file has passed.
    std::optional<storage::Transaction> tx;
    std::optional<Writer> writer;
    const auto begin = [&] {
        if (tx)
            return;
        tx.emplace(db);
        writer.emplace(db, kind, options.session.who(), at);
    };
    while (auto chunk = pipe.pop(std::chrono::milliseconds(100))) {
        if (options.progress && !options.progress(pipe.checked, pipe.total))
            pipe.cancel = true;
        if (pipe.failed || pipe.cancel || options.dryRun)
            continue;
        begin();
        writer->write(*chunk);
    }
    validator.join();
    if (validationError)
        std::rethrow_exception(validationError);
    if (result.ok() && !options.dryRun) {
        begin();
        writer->finish();
        writer->audit.add(QStringLiteral("import"), QLatin1String(kind.name), {}, QStringLiteral("file"), {},
                   QStringLiteral("%1 (%2 inserted, %3 updated, %4 unchanged)")
                       .arg(options.fileName.isEmpty() ? QStringLiteral("-") : options.fileName)
                       .arg(result.inserted)
                       .arg(result.updated)
                       .arg(result.unchanged));
        tx->commit();
    }
    return result;
}

ImportResult importRecord(storage::Database &db, const domain::Kind &kind, const QStringList &texts,
                          const ImportOptions &options)
{
    if (!options.dryRun)
        auth::require(options.session, auth::Action::Edit);
    std::vector<QString> header;
    for (const Field &f : kind.fields)
        header.push_back(QLatin1String(f.name));
    CsvWriter csv;
    csv.writeRecord(header);
    csv.writeRecord({texts.begin(), texts.end()});
    const QByteArray bytes = csv.text().toUtf8();
    ImportOptions opt = options;
    opt.encoding = Encoding::Utf8;
    opt.source = ImportOptions::Source::Form;
    const QString at = postingTimestamp(QDateTime::currentDateTime());
    Pipeline pipe;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportResult result = Validator(db, kind, opt, at, pipe).run(buffer);
    pipe.close();
    for (ImportProblem &p : result.problems)
        p.line = 0;
    if (!result.ok() || options.dryRun)
        return result;
    Writer writer(db, kind, options.session.who(), at);
    while (auto chunk = pipe.pop(std::chrono::milliseconds(0)))
        writer.write(*chunk);
    writer.finish();
    return result;
}

QString formatProblem(const QString &file, const ImportProblem &p)
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(p.line).arg(p.column, p.message);
}

} // namespace kakehashi::io
