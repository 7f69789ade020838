#pragma once
// Reading and writing records of the eight kinds, as described by domain::Kind.
// The importer, the exporter and the demo generator go through here; no SQL
// outside core/storage (and core/reports).
#include "domain/date.h"
#include "domain/kinds.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace kakehashi::storage {

class Database;
class EncodedRows;

struct InternshipPeriod
{
    QString internshipNo;
    QString studentNo;
    Date start;
    Date end;
    bool cancelled = false;
};

struct VacationPeriod
{
    QString schoolCode;
    Date start;
    Date end;
    QString name;
};

// A stored record with what the editors need besides its values.
struct StoredRecord
{
    qint64 id = -1;
    qint64 version = 0;   // row_version; 0 for kinds without one (attendance, participants)
    bool archived = false;
    domain::Values values;
};

class RecordStore final
{
public:
    explicit RecordStore(const Database &db);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // The map key of a record: its key fields joined by U+001F.
    const Database &database() const { return db_; }

    static QString mapKey(const domain::Kind &kind, const domain::Values &values);

    // Every stored record's map key → row id.
    QHash<QString, qint64> keyIds(const domain::Kind &kind) const;
    // The key values of a single-key kind (for references).
    QSet<QString> keys(const domain::Kind &kind) const;
    domain::Values load(const domain::Kind &kind, qint64 id) const;
    qint64 count(const domain::Kind &kind) const;
    // The record with these key values (the leading keyFields of `key`), if stored.
    std::optional<StoredRecord> find(const domain::Kind &kind, const domain::Values &key) const;
    // Kinds with a row version and an archived mark (not attendance and participants).
    static bool versioned(const domain::Kind &kind);
    // The name people know a record by (a student's "family given", a company's
    // name), or empty when the kind has none or nothing has this key.
    QString displayName(const domain::Kind &kind, const QString &key) const;
    // The records (not archived) whose key or name contains `text`, keys first:
    // pairs of key and name, at most `limit`, for a form's completion of a reference.
    std::vector<std::pair<QString, QString>> suggestions(const domain::Kind &kind, const QString &text, int limit) const;

    // Within the caller's transaction.
    void setArchived(const domain::Kind &kind, qint64 id, bool archived);

    // Within the caller's transaction. Statements are prepared once per store.
    void insert(const domain::Kind &kind, const domain::Values &values);
    void update(const domain::Kind &kind, qint64 id, const domain::Values &values);
    // The same with row `row` of values encoded beforehand, for bulk writes.
    void insert(const domain::Kind &kind, const EncodedRows &rows, size_t row);
    void update(const domain::Kind &kind, qint64 id, const EncodedRows &rows, size_t row);
    // Rows `rows[i]` for each i in `which`, at once: COPY on a server (one round
    // trip for thousands of rows), the prepared insert on a file.
    void insertMany(const domain::Kind &kind, const EncodedRows &rows, const std::vector<size_t> &which);

    // Every record in key order.
    void forEach(const domain::Kind &kind, const std::function<void(const domain::Values &)> &f) const;

    std::vector<InternshipPeriod> internshipPeriods() const;
    // Every school's vacations, by school and start.
    std::vector<VacationPeriod> vacationPeriods() const;
    // The first attendance date of an internship outside start…end, if any.
    std::optional<QString> attendanceOutside(const QString &internshipNo, const Date &start, const Date &end) const;

private:
    const Database &db_;
    struct Statements;
    std::unique_ptr<Statements> st_;
};

} // namespace kakehashi::storage
