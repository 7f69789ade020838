#pragma once
// STEP 2 of the SME programme: matching students to an SME's overseas strategy.
// For a company, the students not yet employed whose nationality is one of its
// overseas markets, by JLPT level and programme stage; for a student, the
// companies whose markets include their country. An introduction is recorded as
// a counselling event with both as participants.
#include "domain/date.h"

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

// Records the introduction; returns the new event's number. Throws
// storage::DatabaseError when the company or the student is unknown.
QString recordIntroduction(storage::Database &db, const QString &companyCode, const QString &studentNo, const Date &on);

} // namespace kakehashi::reports
