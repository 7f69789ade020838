#include "storage/statement.h"

#include "storage/database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace kakehashi::storage {

namespace {

sqlite3 *nativeHandle(const Database &db)
{
    const QVariant h = db.connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        throw DatabaseError(QStringLiteral("the database connection is not SQLite"));
    return *static_cast<sqlite3 *const *>(h.data());
}

sqlite3_stmt *prepareNative(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        throw DatabaseError(QStringLiteral("%1: %2").arg(QString::fromUtf8(sqlite3_errmsg(db)), sql.left(120)));
    return stmt;
}

} // namespace

Statement::Statement(const Database &db, const QString &sql)
    : db_(nativeHandle(db))
    , stmt_(prepareNative(db_, sql))
{
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

void Statement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(stmt_, index + 1, value);
}

void EncodedRows::append(const std::vector<QVariant> &values)
{
    rowStart_.push_back(values_.size());
    for (const QVariant &v : values) {
        Value out;
        if (!v.isNull()) {
            switch (v.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::Int:
            case QMetaType::Bool:
                out.type = Type::Integer;
                out.integer = v.toLongLong();
                break;
            case QMetaType::Double:
                out.type = Type::Real;
                out.real = v.toDouble();
                break;
            default: {
                out.type = Type::Text;
                const QByteArray utf8 = v.toString().toUtf8();
                out.integer = text_.size();
                out.length = static_cast<int>(utf8.size());
                text_.append(utf8);
                break;
            }
            }
        }
        values_.push_back(out);
    }
}

void Statement::bindRow(const EncodedRows &rows, size_t row)
{
    const size_t first = rows.rowStart_[row];
    const size_t end = row + 1 < rows.rowStart_.size() ? rows.rowStart_[row + 1] : rows.values_.size();
    for (size_t i = first; i < end; ++i) {
        const EncodedRows::Value &v = rows.values_[i];
        const int index = static_cast<int>(i - first) + 1;
        switch (v.type) {
        case EncodedRows::Type::Null: sqlite3_bind_null(stmt_, index); break;
        case EncodedRows::Type::Integer: sqlite3_bind_int64(stmt_, index, v.integer); break;
        case EncodedRows::Type::Real: sqlite3_bind_double(stmt_, index, v.real); break;
        case EncodedRows::Type::Text:
            sqlite3_bind_text(stmt_, index, rows.text_.constData() + v.integer, v.length, SQLITE_STATIC);
            break;
        }
    }
}

void Statement::run()
{
    const int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    if (rc != SQLITE_DONE)
        throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(db_)));
}

} // namespace kakehashi::storage

namespace kakehashi::storage {

RawStatement::RawStatement(const Database &db, const QString &sql)
    : db_(nativeHandle(db))
    , stmt_(prepareNative(db_, sql))
{
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(stmt_);
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(db_)));
}

std::string_view RawStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt_, column));
    if (!p)
        return {};
    return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

} // namespace kakehashi::storage
