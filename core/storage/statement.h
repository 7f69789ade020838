#pragma once
// RAII prepared statement on SQLite's own API, for the bulk paths (import, demo)
// where QSqlQuery's per-value QVariant handling costs more than SQLite itself.
// On a PostgreSQL server the same interface runs through Qt's driver.
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace kakehashi::storage {

class Database;

// Records' values encoded for binding: text as UTF-8 in one shared buffer. Made
// on any thread (the importer's validating one), bound on the writing one with
// no further conversion, and freed a batch at a time rather than a cell at a time.
class EncodedRows final
{
public:
    EncodedRows() = default;
    explicit EncodedRows(const std::vector<QVariant> &values) { append(values); }

    void append(const std::vector<QVariant> &values);
    size_t size() const { return rowStart_.size(); }
    bool empty() const { return rowStart_.empty(); }
    // The value of one cell (text as QString, null as a null QVariant).
    QVariant value(size_t row, int column) const;

private:
    friend class Statement;
    friend class CopyIn;
    enum class Type : unsigned char { Null, Integer, Real, Text, Blob };
    struct Value
    {
        Type type = Type::Null;
        int length = 0;
        qint64 integer = 0; // the offset into text_ for Text
        double real = 0;
    };
    QByteArray text_;
    std::vector<Value> values_;
    std::vector<size_t> rowStart_;
};

class Statement final
{
public:
    Statement(const Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds an integer by position (0-based).
    void bindInt(int index, qint64 value);
    // Binds parameters 0…n-1 to row `row`; `rows` must outlive the next run().
    void bindRow(const EncodedRows &rows, size_t row);
    // Runs a statement that returns no rows and resets it for the next binding.
    // Throws DatabaseError with SQLite's message.
    void run();

private:
    sqlite3 *db_ = nullptr;
    sqlite3_stmt *stmt_ = nullptr;
    std::unique_ptr<QSqlQuery> query_; // a server's
};

// COPY … FROM STDIN on a PostgreSQL server: rows of EncodedRows sent in the
// text format, in the caller's transaction. Throws DatabaseError with the
// server's message.
class CopyIn final
{
public:
    CopyIn(const Database &db, const QString &table, const QStringList &columns);
    ~CopyIn();
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    void add(const EncodedRows &rows, size_t row);
    // Sends what is left and ends the COPY.
    void finish();

private:
    void send();
    void *conn_ = nullptr; // PGconn
    QByteArray buffer_;
    bool open_ = false;
};

// A query read row by row on SQLite's own API: column text as UTF-8 views valid
// until the next step(), integers as such. For scans of a million rows.
class RawStatement final
{
public:
    RawStatement(const Database &db, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    // The next row; false at the end. Throws DatabaseError on an error.
    bool step();
    // A column as text (SQLite's decimal form for numbers; empty for NULL).
    std::string_view text(int column) const;
    qint64 integer(int column) const;

private:
    sqlite3 *db_ = nullptr;
    sqlite3_stmt *stmt_ = nullptr;
    std::unique_ptr<QSqlQuery> query_; // a server's
    mutable std::vector<QByteArray> texts_;
};

} // namespace kakehashi::storage
