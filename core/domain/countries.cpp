#include "domain/countries.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QtEndian>

namespace kakehashi::countries {

namespace {

const char kJson[] = "/usr/share/iso-codes/json/iso_3166-1.json";
const char kJapanese[] = "/usr/share/locale/ja/LC_MESSAGES/iso_3166-1.mo";

struct Names
{
    QString en;
    QString ja;
};

struct Table
{
    QHash<QString, Names> byCode;
    QStringList codes;
};

// The Japanese of an English name, when the catalogue has one.
QString translated(const QHash<QString, QString> &ja, const QString &en)
{
    const QString t = ja.value(en);
    return t.isEmpty() || t == en ? QString() : t;
}

Table load()
{
    Table t;
    QFile file(QString::fromLatin1(kJson));
    if (!file.open(QIODevice::ReadOnly))
        return t;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    const QHash<QString, QString> ja = readMoCatalogue(QString::fromLatin1(kJapanese));
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("alpha_2")).toString();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QString common = o.value(QStringLiteral("common_name")).toString();
        if (code.isEmpty() || name.isEmpty())
            continue;
        Names n;
        // The name people use ("Vietnam", "South Korea", "Taiwan") before the formal one.
        n.en = common.isEmpty() ? name : common;
        n.ja = common.isEmpty() ? QString() : translated(ja, common);
        if (n.ja.isEmpty()) {
            n.ja = translated(ja, name);
            // "大韓民国 (韓国)": the short name of the state in brackets, as people write it.
            const qsizetype open = n.ja.lastIndexOf(QStringLiteral(" ("));
            if (open > 0 && n.ja.endsWith(QLatin1Char(')')) && n.ja.at(n.ja.size() - 2) == QChar(0x56FD)) // 国
                n.ja = n.ja.mid(open + 2, n.ja.size() - open - 3);
        }
        if (n.ja.isEmpty())
            n.ja = n.en;
        t.byCode.insert(code, n);
        t.codes << code;
    }
    return t;
}

const Table &table()
{
    static const Table t = load();
    return t;
}

} // namespace

QHash<QString, QString> readMoCatalogue(const QString &path)
{
    QHash<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = file.readAll();
    const auto size = static_cast<quint64>(data.size());
    if (size < 28)
        return out;
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    const bool little = magic == 0x950412deU;
    if (!little && magic != 0xde120495U)
        return out;
    const auto word = [&](quint64 at) -> quint32 {
        return little ? qFromLittleEndian<quint32>(bytes + at) : qFromBigEndian<quint32>(bytes + at);
    };
    const quint64 count = word(8);
    const quint64 originals = word(12);
    const quint64 translations = word(16);
    if (originals + count * 8 > size || translations + count * 8 > size)
        return out;
    const auto text = [&](quint64 table, quint64 i, QByteArray *s) {
        const quint64 length = word(table + i * 8);
        const quint64 offset = word(table + i * 8 + 4);
        if (offset + length > size)
            return false;
        *s = data.mid(static_cast<qsizetype>(offset), static_cast<qsizetype>(length));
        return true;
    };
    for (quint64 i = 0; i < count; ++i) {
        QByteArray id;
        QByteArray str;
        if (!text(originals, i, &id) || !text(translations, i, &str))
            return {};
        if (id.isEmpty() || id.contains('\x04'))
            continue; // the header, or a message with a context
        if (const qsizetype nul = id.indexOf('\0'); nul >= 0)
            id.truncate(nul);
        if (const qsizetype nul = str.indexOf('\0'); nul >= 0)
            str.truncate(nul);
        out.insert(QString::fromUtf8(id), QString::fromUtf8(str));
    }
    return out;
}

QString name(const QString &alpha2, bool japanese)
{
    const QString code = alpha2.trimmed().toUpper();
    const auto it = table().byCode.constFind(code);
    if (it == table().byCode.constEnd())
        return alpha2;
    return japanese ? it->ja : it->en;
}

QStringList codes()
{
    return table().codes;
}

} // namespace kakehashi::countries
