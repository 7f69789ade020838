#include "domain/timestamp.h"

#include <cstdlib>

namespace kakehashi {

QString postingTimestamp(const QDateTime &t)
{
    // In the clock's own zone (local time for the real clock), with its offset;
    // never "Z", which Qt::ISODate would write for UTC.
    const int offset = t.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace kakehashi
