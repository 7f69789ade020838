#pragma once
// The rules of FORMATS.md §1–2 as pure functions. Each returns no value when the
// input is valid and otherwise the message a person reads, naming what is wrong.
#include "domain/date.h"
#include "domain/kinds.h"
#include "domain/yen.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace kakehashi::codes {
struct CodeList;
}

namespace kakehashi::rules {

using Message = std::optional<QString>;

// Limits of the schema, as rules with their messages (FORMATS §1).
inline constexpr int kMaxKeyLength = 64;
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2199;

// FORMATS §1: text that a spreadsheet would take for a formula begins with =, +,
// -, @, a tab or a carriage return (the one definition for the CSV writer and the rules).
bool beginsLikeFormula(QStringView text);

// A reversal's reason: no control character, and it may not begin like a formula.
Message checkReason(const QString &reason);

// Field values. `parse…` return the normalised value or set `error`.
std::optional<Date> parseDateField(QStringView text, QString &error);
std::optional<bool> parseBool(QStringView text, QString &error);
std::optional<Yen> parseYen(QStringView text, QString &error);
std::optional<qint64> parseInteger(QStringView text, int min, int max, QString &error);
std::optional<double> parseHours(QStringView text, QString &error);
std::optional<QString> parseCountryList(QStringView text, QString &error);
std::optional<QString> parsePrefecture(QStringView text, QString &error);

Message checkCode(const codes::CodeList &list, QStringView code);
Message checkCountry(QStringView code);
Message checkCorporateNumber(QStringView number);
Message checkHours(double hours);
Message checkEmail(QStringView email);
// Exactly `digits` digits 0–9 (a bank code has 4, a branch 3, an account number 7).
Message checkDigits(QStringView text, int digits);

// A whole field: the text of a cell to the stored value (null for empty).
QVariant parseField(const domain::Field &field, const QString &text, QString &error);

// Students: at least 15 years old on enrolment; completion not before enrolment.
inline constexpr int kMinimumAge = 15;
Message checkStudentAge(const Date &birth, const Date &enrolled);
Message checkCompletion(const Date &enrolled, const Date &completed);

// Internships: end ≥ start and end < start + 6 months (clamped to month end).
Message checkInternshipPeriod(const Date &start, const Date &end);
Date internshipLimit(const Date &start); // the first day the end may not reach

struct Period
{
    QString key;
    Date start;
    Date end;
};
// The first of `others` that shares a day with `p` (dates inclusive), if any.
std::optional<Period> firstOverlap(const Period &p, std::span<const Period> others);
Message checkNoOverlap(const Period &p, std::span<const Period> others);

// 在留カード番号: two capital letters, eight digits, two capital letters (AB12345678CD).
Message checkResidenceCardNo(QStringView number);
// A school's vacation: end ≥ start; one school's vacations may not overlap.
Message checkVacationPeriod(const Date &start, const Date &end);
Message checkNoVacationOverlap(const Period &p, std::span<const Period> others);

Message checkAttendanceInPeriod(const Date &day, const Date &start, const Date &end);

struct FieldProblem
{
    QString column;
    QString message;
};

// Header of a file of `kind`: unknown and repeated columns, in column order.
std::vector<FieldProblem> checkHeader(const domain::Kind &kind, const QStringList &header);
// Required columns the header lacks.
QStringList missingRequiredColumns(const domain::Kind &kind, const QStringList &header);

// Cross-field rules of one record (all of its values, merged with the stored
// record on update). Returns (column, message) pairs.
std::vector<FieldProblem> checkRecord(const domain::Kind &kind, const domain::Values &values);

} // namespace kakehashi::rules
