#include "cli_options.h"

#include <cstdio>

namespace kakehashi::cli {

void err(const QString &text)
{
    QString shown;
    for (const QChar c : text) // no control characters from names reach the terminal
        shown += (c.unicode() < 0x20 && c != u'\n') ? QChar(u'?') : c;
    const QByteArray b = shown.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stderr);
}

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

std::optional<QString> Options::take(const QString &name, const QString &alias)
{
    for (int i = 0; i < rest_.size(); ++i) {
        const QString &a = rest_[i];
        if (a == name || (!alias.isEmpty() && a == alias)) {
            if (i + 1 >= rest_.size())
                throw BadUsage{QStringLiteral("%1 needs a value").arg(a)};
            const QString v = rest_[i + 1];
            rest_.remove(i, 2);
            return v;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            const QString v = a.mid(name.size() + 1);
            rest_.remove(i);
            return v;
        }
    }
    return std::nullopt;
}

QString Options::required(const QString &name, const QString &what)
{
    const auto v = take(name);
    if (!v || v->trimmed().isEmpty())
        throw BadUsage{QStringLiteral("%1 %2 is required").arg(name, what)};
    return v->trimmed();
}

QString Options::need(const QString &name)
{
    const auto v = take(name);
    if (!v)
        throw BadUsage{QStringLiteral("missing %1").arg(name)};
    return *v;
}

std::optional<QString> Options::positional()
{
    for (int i = 0; i < rest_.size(); ++i)
        if (!(rest_[i].startsWith(QLatin1String("--")) && rest_[i].size() > 2) && rest_[i] != u"-o")
            return rest_.takeAt(i);
    return std::nullopt;
}

QString Options::positional(const QString &what)
{
    if (auto v = positional())
        return *v;
    throw BadUsage{QStringLiteral("missing %1").arg(what)};
}

void Options::done() const
{
    if (!rest_.isEmpty())
        throw BadUsage{QStringLiteral("unexpected argument “%1”").arg(rest_.front())};
}

} // namespace kakehashi::cli
