#pragma once
// Personal-data rights (schema 14): consents, third-party provision records
// (append-only) and the register of a person's requests. Portable SQL (bound
// `?` values, RETURNING id) for both backends; the caller holds the transaction.
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

struct ConsentRow
{
    qint64 id = 0;
    QString studentNo;
    QString purpose;     // introductions, alumni, publicity, school
    QString givenOn;     // YYYY-MM-DD
    QString withdrawnOn; // YYYY-MM-DD or empty
    QString method;      // paper, email, online, verbal
    QString note;
};

struct ProvisionRow
{
    qint64 id = 0;
    QString studentNo;
    QString companyCode;
    QString providedOn;
    QString items;     // the items passed, `;`-separated field names
    QString basis;     // e.g. "consent introductions given 2025-04-01"
    QString reference; // the event or document it went with, or empty
    QString recordedBy;
    QString recordedAt;
};

struct RequestRow
{
    qint64 id = 0;
    QString studentNo;
    QString kind; // disclosure, correction, stop_of_use, deletion
    QString receivedOn;
    QString dueOn;
    QString answeredOn; // empty while open
    QString outcome;
    QString note;
    QString recordedBy;
};

// One table's rows about a person: column names and values in their order.
struct PersonTable
{
    QString table;
    QStringList columns;
    std::vector<QVariantList> rows;
};

// A student not yet anonymised and the latest dates that keep their data.
struct RetentionFacts
{
    QString studentNo;
    int cohortFy = 0;
    QString lastDate;     // the latest of enrolled_on, completed_on, graduation_date, internships' end, placements' dates
    QString lastLedgerPeriod; // YYYY-MM of their latest ledger entry, or empty
};

// What duplicate detection compares (issue 15, item 4).
struct StudentIdentity
{
    QString studentNo, familyName, givenName, nameKana, birthDate, email, residenceCardNo;
};
struct CompanyIdentity
{
    QString code, name, nameEn, corporateNumber;
};

class PrivacyStore final
{
public:
    explicit PrivacyStore(const Database &db) : db_(db) {}

    // Consents of one student (every student when empty), by student, purpose, given_on.
    std::vector<ConsentRow> consents(const QString &studentNo = {}) const;
    std::optional<ConsentRow> consent(const QString &studentNo, const QString &purpose, const QString &givenOn) const;
    // The consent for `purpose` in force on `on` (given on or before, not withdrawn on or before).
    std::optional<ConsentRow> consentInForce(const QString &studentNo, const QString &purpose, const QString &on) const;
    qint64 insertConsent(const ConsentRow &c);
    void updateConsent(const ConsentRow &c); // by id: withdrawn_on, method, note

    std::vector<ProvisionRow> provisions(const QString &studentNo, const QString &companyCode) const;
    qint64 insertProvision(const ProvisionRow &p);

    std::vector<RequestRow> requests(const QString &studentNo = {}) const;
    std::optional<RequestRow> request(qint64 id) const;
    qint64 insertRequest(const RequestRow &r);
    void updateRequest(const RequestRow &r); // by id: answered_on, outcome, note

    // Everything held about one student: every table with a student_no column
    // (their rows), every table with an internship_no column (the rows of the
    // student's internships), the events they took part in, the documents kept
    // for their internships (without the files' bytes), and the audit trail's
    // rows about these records. Tables in name order; audit_log last.
    std::vector<PersonTable> personData(const QString &studentNo) const;

    // Every student not anonymised yet, by student_no.
    std::vector<RetentionFacts> retentionFacts() const;
    bool anonymised(const QString &studentNo) const;
    // Removes the student's names, contacts, account details and free text;
    // keeps nationality, school, programme, dates and fiscal years; records it.
    void anonymise(const QString &studentNo, const QString &at, const QString &by);

    std::vector<StudentIdentity> studentIdentities() const; // archived and anonymised left out
    std::vector<CompanyIdentity> companyIdentities() const;  // archived left out

    // Merging two records of `table` (students or companies, keyed by `keyColumn`:
    // student_no or code; references by `refColumn`: student_no or company_code).
    // The merged record's row as column=value pairs, for its history.
    QStringList recordValues(const QString &table, const QString &keyColumn, const QString &key) const;
    // The append-only tables that name `key` in `refColumn` (a merge would rewrite them).
    QStringList appendOnlyReferences(const QString &refColumn, const QString &key) const;
    // Moves every reference from `merged` to `keep` and deletes the merged record;
    // returns "table n" for each table with rows moved.
    QStringList mergeInto(const QString &table, const QString &keyColumn, const QString &refColumn,
                          const QString &keep, const QString &merged);

    bool studentExists(const QString &studentNo) const;
    bool companyExists(const QString &companyCode) const;

private:
    const Database &db_;
};

} // namespace kakehashi::storage
