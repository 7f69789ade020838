#pragma once
// Small helpers for building SQL safely in core/storage.
#include <QString>

namespace kakehashi::storage {

// A LIKE pattern matching `text` anywhere, with % _ and \ taken literally
// (use with ESCAPE '\').
inline QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace kakehashi::storage
