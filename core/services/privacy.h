#pragma once
// Personal-data rights (issue 15, items 1 and 2; 個人情報保護法, APPI as amended
// in 2022): a student's consents, the third-party provision records kept each
// time their data is passed to a company, one person's data as a machine-readable
// file (a disclosure), and the register of a person's requests. Every write is
// one transaction with its audit rows; roles are checked here.
#include "auth/roles.h"
#include "domain/date.h"
#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

class PrivacyError final : public Error
{
public:
    using Error::Error;
};

// The purposes a consent is given for, and how it was recorded.
const QStringList &consentPurposes(); // introductions, alumni, publicity, school
const QStringList &consentMethods();  // paper, email, online, verbal
const QStringList &requestKinds();    // disclosure, correction, stop_of_use, deletion

struct Consent
{
    QString studentNo;
    QString purpose;
    QString givenOn;     // YYYY-MM-DD
    QString withdrawnOn; // YYYY-MM-DD or empty
    QString method;
    QString note;
};

struct Provision
{
    qint64 id = 0;
    QString studentNo;
    QString companyCode;
    QString providedOn;
    QString items;
    QString basis;
    QString reference;
    QString recordedBy;
    QString recordedAt;
};

struct PrivacyRequest
{
    qint64 id = 0;
    QString studentNo;
    QString kind;
    QString receivedOn;
    QString dueOn;
    QString answeredOn;
    QString outcome;
    QString note;
    QString recordedBy;
};

// One student in the retention list (the dry run).
struct RetentionItem
{
    QString studentNo;
    int lastFy = 0;        // the fiscal year of the latest date that keeps their data
    int keptUntilFy = 0;   // lastFy + retention.students
    int ledgerUntilFy = 0; // the ledger's need: its latest entry's fiscal year + retention.ledger; 0 when none
    QString action;        // anonymise, keep (retention), keep-ledger (the ledger still needs it)
};

struct AnonymiseResult
{
    std::vector<RetentionItem> items; // every student considered
    QStringList anonymised;           // what was (or, in a dry run, would be) anonymised
};

// A likely duplicate pair: kind students or companies, the two keys, why.
struct Duplicate
{
    QString kind;
    QString first;
    QString second;
    QString reason; // birth_date+name, email, residence_card_no, corporate_number, name
};

// A record about to be written (a form's or an import's row), compared with the
// stored ones. An empty field of a stored key is taken from the stored record
// (an import's empty cell keeps the stored value). `line`: the file's line, 0 for a form.
struct StudentCandidate
{
    QString studentNo, familyName, givenName, nameKana, birthDate, email, residenceCardNo;
    int line = 0;
};
struct CompanyCandidate
{
    QString code, name, corporateNumber;
    int line = 0;
};

// A warning (never a refusal): record `key` (of `kind`, students or companies)
// is a likely duplicate of `other`, for `reason` (as Duplicate::reason).
struct DuplicateWarning
{
    int line = 0;
    QString kind, key, other, reason;
    // "student ST0104 is a likely duplicate of ST0001 (same birth date and name)"
    QString message() const;
};

// A name reduced for comparison: NFKC, case folded, hiragana as katakana,
// spaces, dots and punctuation removed ("グエン ヴァン アン" = "ぐえん・ヴァン・アン").
QString nameKey(const QString &name);

class Privacy final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::services)

public:
    explicit Privacy(storage::Database &db) : db_(db) {}

    // Consents. give: a new consent (refused when the same one is recorded, or
    // one for the purpose is in force that day); withdraw: the one in force on
    // `on` ends that day. Both need Edit; audited on the student.
    void giveConsent(const auth::Session &session, const Consent &consent);
    void withdrawConsent(const auth::Session &session, const QString &studentNo, const QString &purpose,
                         const Date &on);
    std::vector<Consent> consents(const QString &studentNo = {}) const;
    bool consentInForce(const QString &studentNo, const QString &purpose, const Date &on) const;
    // CSV: student_no,purpose,given_on,withdrawn_on,method,note (UTF-8, CRLF).
    QString consentsCsv(const QString &studentNo = {}) const;
    // Imports the CSV (any encoding the importer reads): a row whose student,
    // purpose and given_on are recorded updates withdrawn_on, method and note;
    // others are added. All or nothing: any problem (named FILE:LINE: field)
    // throws PrivacyError listing them all. Returns the rows added and changed.
    std::pair<int, int> importConsents(const auth::Session &session, const QString &fileName, const QByteArray &bytes);

    // Third-party provision records (append-only), for one student and/or company.
    std::vector<Provision> provisions(const QString &studentNo, const QString &companyCode) const;
    // CSV: id,provided_on,student_no,company_code,company_name,items,basis,reference,recorded_by,recorded_at.
    QString provisionsCsv(const QString &studentNo, const QString &companyCode) const;

    // Everything held about a student as one JSON document (UTF-8), recorded in
    // the audit trail as a disclosure (第33条). Needs Read.
    // `form` names what it is handed out as in the audit row (json, pdf).
    QByteArray disclosureJson(const auth::Session &session, const QString &studentNo,
                              const QString &form = QStringLiteral("json"));

    // The register of requests. add: Edit; due defaults to received + 14 days.
    qint64 addRequest(const auth::Session &session, PrivacyRequest request);
    void answerRequest(const auth::Session &session, qint64 id, const Date &on, const QString &outcome);
    std::vector<PrivacyRequest> requests(const QString &studentNo = {}) const;
    // CSV: id,student_no,kind,received_on,due_on,answered_on,outcome,note,recorded_by.
    QString requestsCsv(const QString &studentNo = {}) const;

    // Likely duplicates (issue 15, item 4): students with the same birth date and
    // the same name in any script (family and given in either order, or the
    // kana), the same email or the same residence card number; companies with
    // the same 法人番号 or the same name. Sorted by kind, first, second.
    std::vector<Duplicate> duplicates() const;
    // The same rules for records about to be written: each candidate against the
    // stored records and the other candidates, in the candidates' order.
    std::vector<DuplicateWarning> duplicatesOf(const std::vector<StudentCandidate> &students,
                                               const std::vector<CompanyCandidate> &companies = {}) const;
    // The warnings for an import file of `kindName` (students or companies; none
    // for other kinds), each naming the file's line. Any encoding the importer reads.
    std::vector<DuplicateWarning> importDuplicates(const QString &kindName, const QByteArray &bytes) const;
    // CSV: kind,first,second,reason.
    static QString duplicatesCsv(const std::vector<Duplicate> &list);

    // Merges `merged` into `keep` (kind students or companies; administrators):
    // every reference moves to `keep`, the merged record is deleted, and its
    // values stay in the audit history of both keys. Refused (PrivacyError) when
    // the merged record is named by history that is never rewritten (the
    // ledger, card checks, provision records, transfer files, documents).
    // Returns "table n" for each table with references moved.
    QStringList merge(const auth::Session &session, const QString &kind, const QString &keep, const QString &merged);

    // Retention (issue 15, item 3). The students whose data would go on `asOf`:
    // those whose last fiscal year ended retention.students years before, unless
    // the subsidy ledger still needs them (retention.ledger years from the end of
    // the fiscal year of their latest entry). With `only`, that student alone,
    // whatever their retention period: refused (PrivacyError) while the ledger
    // needs them. Unless `dryRun`, anonymises them in one transaction with one
    // audit row; administrators only. The ledger, its hash chain, card checks,
    // provision records and the audit trail are never rewritten.
    AnonymiseResult anonymise(const auth::Session &session, const Date &asOf, bool dryRun, const QString &only = {});
    // CSV of a result's items: student_no,last_fy,kept_until_fy,ledger_until_fy,action.
    static QString retentionCsv(const AnonymiseResult &result);

private:
    storage::Database &db_;
};

} // namespace kakehashi::services
