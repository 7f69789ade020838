#include "storage/statement.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace kakehashi::storage {

namespace {

std::unique_ptr<QSqlQuery> serverQuery(const Database &db, const QString &sql)
{
    if (!db.isServer())
        return nullptr;
    auto q = std::make_unique<QSqlQuery>(db.prepare(sql));
    q->setForwardOnly(true);
    return q;
}

sqlite3 *nativeHandle(const Database &db)
{
    if (db.isServer())
        return nullptr;
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
    , stmt_(db_ ? prepareNative(db_, sql) : nullptr)
    , query_(serverQuery(db, sql))
{
}

Statement::~Statement()
{
    if (stmt_)
        sqlite3_finalize(stmt_);
}

void Statement::bindInt(int index, qint64 value)
{
    if (query_) {
        query_->bindValue(index, value);
        return;
    }
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
            case QMetaType::QByteArray: {
                out.type = Type::Blob;
                const QByteArray bytes = v.toByteArray();
                out.integer = text_.size();
                out.length = static_cast<int>(bytes.size());
                text_.append(bytes);
                break;
            }
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

QVariant EncodedRows::value(size_t row, int column) const
{
    const Value &v = values_[rowStart_[row] + static_cast<size_t>(column)];
    switch (v.type) {
    case Type::Null: return {};
    case Type::Integer: return v.integer;
    case Type::Real: return v.real;
    case Type::Text: return QString::fromUtf8(text_.constData() + v.integer, v.length);
    case Type::Blob: return QByteArray(text_.constData() + v.integer, v.length);
    }
    return {};
}

void Statement::bindRow(const EncodedRows &rows, size_t row)
{
    const size_t first = rows.rowStart_[row];
    const size_t end = row + 1 < rows.rowStart_.size() ? rows.rowStart_[row + 1] : rows.values_.size();
    if (query_) {
        for (size_t i = first; i < end; ++i) {
            const EncodedRows::Value &v = rows.values_[i];
            const int index = static_cast<int>(i - first);
            switch (v.type) {
            case EncodedRows::Type::Null: query_->bindValue(index, QVariant()); break;
            case EncodedRows::Type::Integer: query_->bindValue(index, v.integer); break;
            case EncodedRows::Type::Real: query_->bindValue(index, v.real); break;
            case EncodedRows::Type::Text:
                query_->bindValue(index, QString::fromUtf8(rows.text_.constData() + v.integer, v.length));
                break;
            case EncodedRows::Type::Blob:
                query_->bindValue(index, QByteArray(rows.text_.constData() + v.integer, v.length));
                break;
            }
        }
        return;
    }
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
        case EncodedRows::Type::Blob:
            sqlite3_bind_blob(stmt_, index, rows.text_.constData() + v.integer, v.length, SQLITE_STATIC);
            break;
        }
    }
}

void Statement::run()
{
    if (query_) {
        const bool ok = query_->exec();
        const QString why = ok ? QString() : query_->lastError().databaseText();
        query_->finish();
        if (!ok)
            throw DatabaseError(why.trimmed());
        return;
    }
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
    , stmt_(db_ ? prepareNative(db_, sql) : nullptr)
    , query_(serverQuery(db, sql))
{
    if (query_ && !query_->exec())
        throw DatabaseError(query_->lastError().databaseText().trimmed());
}

RawStatement::~RawStatement()
{
    if (stmt_)
        sqlite3_finalize(stmt_);
}

bool RawStatement::step()
{
    if (query_) {
        texts_.clear();
        if (query_->next())
            return true;
        if (query_->lastError().isValid())
            throw DatabaseError(query_->lastError().databaseText().trimmed());
        return false;
    }
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(db_)));
}

std::string_view RawStatement::text(int column) const
{
    if (query_) {
        if (texts_.size() <= static_cast<size_t>(column))
            texts_.resize(static_cast<size_t>(column) + 1);
        QByteArray &t = texts_[static_cast<size_t>(column)];
        if (query_->isNull(column))
            return {};
        t = query_->value(column).toString().toUtf8();
        return {t.constData(), static_cast<size_t>(t.size())};
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt_, column));
    if (!p)
        return {};
    return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

qint64 RawStatement::integer(int column) const
{
    if (query_)
        return query_->value(column).toLongLong();
    return sqlite3_column_int64(stmt_, column);
}

} // namespace kakehashi::storage

namespace kakehashi::storage {

namespace {

PGconn *pgConnection(const Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        throw DatabaseError(QStringLiteral("the database connection is not PostgreSQL"));
    return *static_cast<PGconn *const *>(v.data());
}

QString serverError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// COPY's text format: backslash, tab, newline and carriage return escaped.
void appendCopyText(QByteArray &out, const char *text, int n)
{
    for (int i = 0; i < n; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

} // namespace

CopyIn::CopyIn(const Database &db, const QString &table, const QStringList &columns)
{
    PGconn *conn = pgConnection(db);
    conn_ = conn;
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
    PGresult *r = PQexec(conn, sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!ok)
        throw DatabaseError(serverError(conn));
    open_ = true;
}

CopyIn::~CopyIn()
{
    if (open_) {
        // Abandoned (an exception): end the COPY with an error, so that the
        // transaction fails and is rolled back.
        auto *conn = static_cast<PGconn *>(conn_);
        PQputCopyEnd(conn, "abandoned");
        while (PGresult *r = PQgetResult(conn))
            PQclear(r);
    }
}

void CopyIn::add(const EncodedRows &rows, size_t row)
{
    const size_t first = rows.rowStart_[row];
    const size_t end = row + 1 < rows.rowStart_.size() ? rows.rowStart_[row + 1] : rows.values_.size();
    for (size_t i = first; i < end; ++i) {
        if (i > first)
            buffer_ += '\t';
        const EncodedRows::Value &v = rows.values_[i];
        switch (v.type) {
        case EncodedRows::Type::Null: buffer_ += "\\N"; break;
        case EncodedRows::Type::Integer: buffer_ += QByteArray::number(v.integer); break;
        case EncodedRows::Type::Real: buffer_ += QByteArray::number(v.real, 'g', 17); break;
        case EncodedRows::Type::Text:
            appendCopyText(buffer_, rows.text_.constData() + v.integer, v.length);
            break;
        case EncodedRows::Type::Blob:
            buffer_ += "\\\\x" + QByteArray(rows.text_.constData() + v.integer, v.length).toHex();
            break;
        }
    }
    buffer_ += '\n';
    if (buffer_.size() > (1 << 20))
        send();
}

void CopyIn::send()
{
    auto *conn = static_cast<PGconn *>(conn_);
    if (!buffer_.isEmpty() && PQputCopyData(conn, buffer_.constData(), static_cast<int>(buffer_.size())) != 1)
        throw DatabaseError(serverError(conn));
    buffer_.clear();
}

void CopyIn::finish()
{
    auto *conn = static_cast<PGconn *>(conn_);
    send();
    open_ = false;
    if (PQputCopyEnd(conn, nullptr) != 1)
        throw DatabaseError(serverError(conn));
    QString why;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && why.isEmpty())
            why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    if (!why.isEmpty())
        throw DatabaseError(why);
}

} // namespace kakehashi::storage
