#include "storage/audit_chain.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/sha.h>
#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>

namespace kakehashi::storage {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("kakehashi::storage", s);
}

const char kZeros[] = "0000000000000000000000000000000000000000000000000000000000000000";

void appendEscaped(std::string &out, const unsigned char *text, int n)
{
    for (int i = 0; i < n; ++i) {
        const char c = static_cast<char>(text[i]);
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

void hexSha256(const std::string &text, char out[65])
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(text.data()), text.size(), digest);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 15];
    }
    out[64] = '\0';
}

void auditHashFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    std::string text;
    text.reserve(256);
    const unsigned char *prev = sqlite3_value_text(argv[0]);
    text += prev ? reinterpret_cast<const char *>(prev) : kZeros;
    text += '\n';
    for (int i = 1; i < argc; ++i) {
        if (i > 1)
            text += '\t';
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const unsigned char *v = sqlite3_value_text(argv[i]);
        appendEscaped(text, v, sqlite3_value_bytes(argv[i]));
    }
    char hex[65];
    hexSha256(text, hex);
    sqlite3_result_text(ctx, hex, 64, SQLITE_TRANSIENT);
}

void sha256Function(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const unsigned char *v = sqlite3_value_text(argv[0]);
    char hex[65];
    hexSha256(std::string(reinterpret_cast<const char *>(v), static_cast<size_t>(sqlite3_value_bytes(argv[0]))), hex);
    sqlite3_result_text(ctx, hex, 64, SQLITE_TRANSIENT);
}

sqlite3 *handleOf(const Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    return *static_cast<sqlite3 *const *>(v.data());
}

} // namespace

void registerAuditHash(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "kk_audit_hash", 10, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &auditHashFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "kk_sha256", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &sha256Function,
                               nullptr, nullptr, nullptr);
}

QString auditRowHash(const QString &prev, const QStringList &values)
{
    std::string text = prev.toStdString();
    text += '\n';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += '\t';
        const QByteArray v = values[i].toUtf8();
        appendEscaped(text, reinterpret_cast<const unsigned char *>(v.constData()), static_cast<int>(v.size()));
    }
    char hex[65];
    hexSha256(text, hex);
    return QString::fromLatin1(hex);
}

namespace {

// Every audit row with its seal, and every seal without its row.
const char kChainSql[] =
    "SELECT a.id, a.at, a.\"user\", a.action, a.kind, a.key, a.field, a.old, a.new, c.prev_hash, c.hash "
    "FROM audit_log a LEFT JOIN audit_chain c ON c.id = a.id "
    "UNION ALL SELECT c.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c.prev_hash, c.hash "
    "FROM audit_chain c WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.id = c.id) ORDER BY 1";

// The rows of kChainSql one at a time, from SQLite's own API on a file (a
// trail of millions) or Qt's driver on a server.
class ChainRows
{
public:
    explicit ChainRows(const Database &db)
    {
        if (db.isServer()) {
            query_ = std::make_unique<QSqlQuery>(db.connection());
            query_->setForwardOnly(true);
            if (!query_->exec(QString::fromLatin1(kChainSql)))
                error_ = query_->lastError().text();
            return;
        }
        h_ = handleOf(db);
        if (sqlite3_prepare_v2(h_, kChainSql, -1, &st_, nullptr) != SQLITE_OK)
            error_ = QString::fromUtf8(sqlite3_errmsg(h_));
    }
    ~ChainRows() { sqlite3_finalize(st_); }
    ChainRows(const ChainRows &) = delete;
    ChainRows &operator=(const ChainRows &) = delete;

    const QString &error() const { return error_; }
    bool next()
    {
        if (query_)
            return query_->next();
        return sqlite3_step(st_) == SQLITE_ROW;
    }
    bool isNull(int c) const { return query_ ? query_->isNull(c) : sqlite3_column_type(st_, c) == SQLITE_NULL; }
    qint64 integer(int c) const { return query_ ? query_->value(c).toLongLong() : sqlite3_column_int64(st_, c); }
    // Valid until the next call.
    std::string_view text(int c)
    {
        if (query_) {
            if (query_->isNull(c))
                return {};
            buffer_[c] = query_->value(c).toString().toStdString();
            return buffer_[c];
        }
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st_, c));
        return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(st_, c))) : std::string_view();
    }

private:
    sqlite3 *h_ = nullptr;
    sqlite3_stmt *st_ = nullptr;
    std::unique_ptr<QSqlQuery> query_;
    std::string buffer_[11];
    QString error_;
};

} // namespace

AuditChainCheck verifyAuditChain(const Database &db)
{
    AuditChainCheck r;
    r.lastHash = QString::fromLatin1(kZeros);
    ChainRows st(db);
    if (!st.error().isEmpty()) {
        r.problems << tr("the audit trail's seals cannot be read: %1").arg(st.error());
        return r;
    }
    std::string prev = kZeros;
    std::string text;
    bool broken = false;
    qint64 unsealed = 0, firstUnsealed = 0;
    while (st.next()) {
        const qint64 id = st.integer(0);
        const bool hasRow = !st.isNull(1);
        const bool sealed = !st.isNull(10);
        ++r.rows;
        if (!hasRow) {
            r.problems << tr("audit row %1 was deleted: its seal is there, the row is not").arg(id);
            broken = true;
            continue;
        }
        if (!sealed) {
            if (unsealed++ == 0)
                firstUnsealed = id;
            continue;
        }
        text.assign(prev);
        text += '\n';
        for (int i = 0; i < 9; ++i) {
            if (i > 0)
                text += '\t';
            if (i == 0) {
                text += std::to_string(id);
                continue;
            }
            if (st.isNull(i))
                continue;
            const std::string_view v = st.text(i);
            appendEscaped(text, reinterpret_cast<const unsigned char *>(v.data()), static_cast<int>(v.size()));
        }
        char hex[65];
        hexSha256(text, hex);
        const std::string storedPrev(st.text(9));
        const std::string stored(st.text(10));
        if (!broken && (prev != storedPrev || std::string_view(hex) != stored)) {
            r.problems << (prev != storedPrev
                               ? tr("audit row %1 does not follow the row before it: a row before it was removed or "
                                    "inserted")
                                     .arg(id)
                               : tr("audit row %1 was changed after it was written (its seal does not match)").arg(id));
            broken = true;
        }
        prev = stored;
    }
    if (unsealed > 0)
        r.problems << tr("%1 audit row(s) from row %2 on have no seal: they were added outside Kakehashi")
                          .arg(unsealed)
                          .arg(firstUnsealed);
    r.lastHash = QString::fromStdString(prev);
    return r;
}

} // namespace kakehashi::storage
