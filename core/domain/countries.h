#pragma once
// Country names for people (reports, lists, forms), from Debian's iso-codes: the
// English names of /usr/share/iso-codes/json/iso_3166-1.json and their Japanese
// translations in the gettext catalogue iso_3166-1.mo. Files and the command
// line keep the ISO 3166-1 alpha-2 codes (FORMATS.md); only what a person reads
// shows these names.
#include <QHash>
#include <QString>
#include <QStringList>

namespace kakehashi::countries {

// "ベトナム" / "Vietnam" for "VN" (any case); the code itself when iso-codes
// does not know it or is not installed.
QString name(const QString &alpha2, bool japanese);

// Every known alpha-2 code, in the order of iso-codes (alphabetical).
QStringList codes();

// Reads a gettext .mo catalogue: msgid → msgstr (no contexts, the first plural).
// Empty when the file is missing or malformed.
QHash<QString, QString> readMoCatalogue(const QString &file);

} // namespace kakehashi::countries
