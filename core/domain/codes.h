#pragma once
// The code lists of FORMATS.md §1: what files and the command line carry, with the
// Japanese and English labels the ui shows.
#include <QString>

#include <span>

namespace kakehashi::codes {

struct Code
{
    const char *code;
    const char *ja;
    const char *en;
};

struct CodeList
{
    const char *name;
    std::span<const Code> codes;

    const Code *find(QStringView code) const;
    bool contains(QStringView code) const { return find(code) != nullptr; }
    QString joined() const; // "a, b, c" for messages
};

extern const CodeList kEstablishment;
extern const CodeList kSchoolType;
extern const CodeList kSmeCategory;
extern const CodeList kProgramme;
extern const CodeList kResidenceStatus;
extern const CodeList kOutcome;
extern const CodeList kJobCategory;
extern const CodeList kGender;
extern const CodeList kInternshipStatus;
extern const CodeList kAttendanceStatus;
extern const CodeList kEventKind;
extern const CodeList kJlpt;
extern const CodeList kAccountType; // 預金種目 of a bank account
extern const CodeList kIndustry; // JSIC divisions A–T
extern const CodeList kWorkPermission;

// ISO 3166-1 alpha-2, every officially assigned code.
bool isCountryCode(QStringView code);
std::span<const char *const> countryCodes();

struct Prefecture
{
    const char *code; // JIS X 0401, "01"–"47"
    const char *ja;
    const char *en;
};
std::span<const Prefecture> prefectures();
// Accepts "13", "13" with or without leading zero ("1" → "01"), or the name ("東京都",
// "東京", "Tokyo"); returns the two-digit code or an empty string.
QString prefectureCode(QStringView text);
const Prefecture *prefecture(QStringView code);

} // namespace kakehashi::codes
