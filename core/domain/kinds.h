#pragma once
// The kinds of record of FORMATS.md §1 (and §6's vacations) as data: their columns, types,
// required marks, code lists, defaults and references. Import, export, the
// schema checks and the ui's forms all read this one description.
#include <QString>
#include <QVariant>

#include <span>
#include <vector>

namespace kakehashi::codes {
struct CodeList;
}

namespace kakehashi::domain {

enum class FieldType {
    Text,
    Date,
    Bool,
    Integer,
    Yen,
    Hours,
    Code,           // one of `codes`
    Country,        // ISO 3166-1 alpha-2
    CountryList,    // alpha-2 codes separated by ';'
    Prefecture,     // JIS X 0401 code or name, stored as the code
    CorporateNumber, // 法人番号, 13 digits with check digit
    Digits,          // exactly `min` digits, kept as text (bank, branch and account numbers)
    Kana             // katakana, full- or half-width: a name as a bank holds it
};

struct Field
{
    const char *name = "";
    FieldType type = FieldType::Text;
    bool required = false;
    const codes::CodeList *codes = nullptr;
    int min = 0, max = 0;              // bounds of an Integer when min < max; the digits of Digits
    const char *defaultValue = nullptr; // what an empty cell stands for on insert
    const char *references = nullptr;   // table whose key this column names
};

enum class KindId { Schools, Companies, Students, Internships, Attendance, Placements, Events, Participants, Vacations };

struct Kind
{
    KindId id;
    const char *name;  // file and table name
    std::span<const Field> fields;
    int keyFields = 1; // leading fields forming the key (participants: see isParticipants)

    int fieldIndex(QStringView name) const; // -1 when unknown
    int fieldIndex(QLatin1String name) const;
    const Field &field(int i) const { return fields[static_cast<size_t>(i)]; }
    int size() const { return static_cast<int>(fields.size()); }
    bool isParticipants() const { return id == KindId::Participants; }
};

std::span<const Kind> kinds();
const Kind *kindByName(QStringView name);
const Kind &kind(KindId id);

// A record's values in the kind's field order; a null QVariant is "no value".
// Text-like values are QString, Date is ISO text, Bool/Integer/Yen are qint64,
// Hours is double.
using Values = std::vector<QVariant>;

// The record's key as one string, for messages and maps ("I0001", "I0001 2025-07-04").
QString keyText(const Kind &kind, const Values &values);

} // namespace kakehashi::domain
