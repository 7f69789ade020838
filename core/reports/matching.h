#pragma once
// STEP 2 of the SME programme: matching students to an SME's overseas strategy.
// For a company, the students not yet employed whose nationality is one of its
// overseas markets, by JLPT level and programme stage; for a student, the
// companies whose markets include their country. An introduction is recorded as
// a counselling event with both as participants.
#include "auth/roles.h"
#include "domain/date.h"
#include "domain/error.h"

#include <QStringList>

#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct StudentMatch
{
    QString studentNo;
    QString name;
    QString nationality;
    QString jlpt;
    QString stage; // graduate, final-year, studying
    QString schoolCode;
};

struct CompanyMatch
{
    QString code;
    QString name;
    QString industry;
    QString markets;
    bool infoProvider = false;
};

std::vector<StudentMatch> studentsForCompany(const storage::Database &db, const QString &companyCode);
std::vector<CompanyMatch> companiesForStudent(const storage::Database &db, const QString &studentNo);

// An introduction refused: no consent in force, an unknown student or company.
class ProvisionRefused final : public Error
{
public:
    using Error::Error;
};

// What an introduction passes to the company (the third-party provision record's items).
inline const QString kIntroductionItems =
    QStringLiteral("student_no;family_name;given_name;nationality;school_code;jlpt;graduation_date");

// Records one passing of a student's data (`items`, `;`-separated field names)
// to a company on `on`, e.g. a CV sent: refused (ProvisionRefused) without the
// student's consent for introductions in force that day; otherwise the
// third-party provision record and its audit row, in one transaction. Returns
// the record's id. `reference`: the event or document it went with, or empty.
qint64 recordProvision(storage::Database &db, const auth::Session &session, const QString &companyCode,
                       const QString &studentNo, const Date &on, const QString &items, const QString &reference = {});

// Records the introduction; returns the new event's number. Passing a student's
// data to a company needs the student's consent for introductions in force on
// `on` (個人情報保護法 第27条): refused (ProvisionRefused) without it, or when
// the company or the student is unknown. With it, one transaction makes the
// counselling event with both as participants, the third-party provision record
// (第29条: to whom, when, which items, on what basis) and their audit rows.
// The session must be allowed to edit (auth::AuthError otherwise).
QString recordIntroduction(storage::Database &db, const auth::Session &session, const QString &companyCode,
                           const QString &studentNo, const Date &on);
// The same for a single-user desk (the operating system's account in the audit trail).
QString recordIntroduction(storage::Database &db, const QString &companyCode, const QString &studentNo, const Date &on);

} // namespace kakehashi::reports
