#include "storage/statement.h"

#include "storage/database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace kakehashi::storage {

Statement::Statement(const Database &db, const QString &sql)
{
    const QVariant h = db.connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        throw DatabaseError(QStringLiteral("the database connection is not SQLite"));
    db_ = *static_cast<sqlite3 *const *>(h.data());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db_, utf8.constData(), static_cast<int>(utf8.size()), &stmt_, nullptr) != SQLITE_OK)
        throw DatabaseError(QStringLiteral("%1: %2").arg(QString::fromUtf8(sqlite3_errmsg(db_)), sql.left(120)));
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
