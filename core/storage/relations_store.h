#pragma once
// Company contacts and the activity log (schema 15, issue 15 item 5): the rows
// as they are stored. Portable SQL with bound values; the rules (roles, the
// confidential text, the audit rows) are the service's (services/relations.h).
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

struct ContactRow
{
    QString contactNo;
    QString companyCode;
    QString name;
    QString role;
    QString email;
    QString phone;
    bool primary = false;
    bool former = false;
    bool doNotContact = false;
};

struct ActivityRow
{
    QString activityNo;
    QString date; // YYYY-MM-DD
    QString kind; // visit, call, mail, meeting, counselling, letter
    QString companyCode;
    QString studentNo;
    QString contactNo;
    QString staff; // who recorded it (the session's user)
    QString summary;
    QString nextStep;
    QString nextStepOn; // YYYY-MM-DD or empty
    bool nextStepDone = false;
    bool confidential = false;
    QString recordedAt;
};

struct ActivityQuery
{
    QString companyCode; // exactly; empty for all
    QString studentNo;   // exactly; empty for all
    QString staff;       // exactly; empty for everyone
    bool openNextStepsOnly = false; // a next step, not done
};

class RelationsStore final
{
public:
    explicit RelationsStore(const Database &db) : db_(db) {}

    std::optional<ContactRow> contact(const QString &contactNo) const;
    // By company, then contact_no; one company's when `companyCode` is given.
    std::vector<ContactRow> contacts(const QString &companyCode = {}) const;
    void insertContact(const ContactRow &c);
    void updateContact(const ContactRow &c);
    // Takes the primary mark off the company's other contacts; returns their numbers.
    std::vector<QString> clearPrimary(const QString &companyCode, const QString &exceptContactNo);

    std::optional<ActivityRow> activity(const QString &activityNo) const;
    // Newest first (date, then activity_no descending); open next steps by their date.
    std::vector<ActivityRow> activities(const ActivityQuery &query) const;
    void insertActivity(const ActivityRow &a);
    void updateActivity(const ActivityRow &a);

    // What a letter prints (issue 15, item 6), by column name: a student with
    // their school's name; an event; a student's ledger net of one month
    // (amount_jpy net of reversals, entries). Empty when there is no such record.
    QHash<QString, QString> studentFacts(const QString &studentNo) const;
    QHash<QString, QString> eventFacts(const QString &eventNo) const;
    QHash<QString, QString> paymentFacts(const QString &studentNo, const QString &period) const;

    bool companyExists(const QString &code) const;
    bool studentExists(const QString &studentNo) const;
    // The first free number PREFIX000001, PREFIX000002, … of a table's key.
    QString nextNumber(const QString &table, const QString &column, const QString &prefix) const;

private:
    const Database &db_;
};

} // namespace kakehashi::storage
