#pragma once
// The one text form of a moment in the audit trail and the ledger (FORMATS.md):
// below storage, so that the stores write it without knowing the ledger.
#include <QDateTime>
#include <QString>

namespace kakehashi {

// Local time in ISO 8601 with its offset: 2026-04-30T17:05:11+09:00.
QString postingTimestamp(const QDateTime &t);

} // namespace kakehashi
