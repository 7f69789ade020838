#pragma once
// The relationship work of STEP 1–3 (issue 15, item 5): the people at each
// company and the activity log on companies and students (visits, calls, mails,
// meetings, counselling, letters), with each staff member's own next steps.
//
// Roles as FORMATS §4: everyone reads; staff and administrators add and edit
// (an activity only by its author or an administrator). An activity marked
// confidential keeps its text (summary, next step) from everyone but its author
// and the administrators: the others, auditors included, see that the entry
// exists (date, kind, whom it concerns, who wrote it) and "(confidential)" for
// the text; the audit trail records the change without the text. A contact
// marked do-not-contact cannot be named in a new call, mail, visit, meeting or
// letter. Every write is one transaction with its audit rows.
#include "auth/roles.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

class RelationsError final : public Error
{
public:
    using Error::Error;
};

struct Contact
{
    QString contactNo; // empty on add: the next free CT000001, …
    QString companyCode;
    QString name;
    QString role;
    QString email;
    QString phone;
    bool primary = false;
    bool former = false;
    bool doNotContact = false;
};

// The kinds of activity, as stored and in files.
const QStringList &activityKinds();

struct Activity
{
    QString activityNo; // empty on add: the next free AC000001, …
    QString date;       // YYYY-MM-DD; empty on add: today
    QString kind;
    QString companyCode; // at least one of company and student
    QString studentNo;
    QString contactNo;   // a contact of the company, optional
    QString staff;       // who wrote it: set by the service from the session
    QString summary;
    QString nextStep;
    QString nextStepOn;  // YYYY-MM-DD or empty
    bool nextStepDone = false;
    bool confidential = false;
    bool hidden = false; // confidential and not for this session: summary and next step withheld
    QString recordedAt;
};

struct ImportOutcome
{
    int inserted = 0;
    int updated = 0;
    bool dryRun = false;
};

class Relations final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::services::Relations)

public:
    using Clock = std::function<QDateTime()>;
    Relations(storage::Database &db, auth::Session session, Clock clock = &QDateTime::currentDateTime);

    // Contacts.
    Contact addContact(const Contact &c);
    // Replaces the stored values of c.contactNo; audited field by field.
    Contact editContact(const Contact &c);
    std::optional<Contact> contact(const QString &contactNo) const;
    std::vector<Contact> contacts(const QString &companyCode = {}) const;

    // Activities.
    Activity addActivity(const Activity &a);
    Activity editActivity(const Activity &a);
    // Marks the next step of an activity done (its author or an administrator).
    Activity completeNextStep(const QString &activityNo);
    std::optional<Activity> activity(const QString &activityNo) const;
    std::vector<Activity> activities(const QString &companyCode, const QString &studentNo) const;
    // The session's own open next steps, dated ones first by date.
    std::vector<Activity> myNextSteps() const;

    // CSV (FORMATS §1 rules): `contacts` and `activities` files. An import is
    // all or nothing; problems are thrown together as one RelationsError, one
    // "FILE:LINE: COLUMN: message" per line.
    static const std::vector<QString> &contactColumns();
    static const std::vector<QString> &activityColumns();
    ImportOutcome importContacts(const QString &file, const QByteArray &bytes, const QString &encoding, bool dryRun);
    ImportOutcome importActivities(const QString &file, const QByteArray &bytes, const QString &encoding, bool dryRun);
    std::vector<std::vector<QString>> contactRows(const QString &companyCode = {}) const;
    std::vector<std::vector<QString>> activityRows(const QString &companyCode = {}, const QString &studentNo = {}) const;

    // Whether this session may read an activity's text.
    bool maySeeText(const Activity &a) const;

private:
    Contact checkedContact(const Contact &c) const;
    Activity checkedActivity(const Activity &a) const;
    Activity shown(Activity a) const;

    storage::Database &db_;
    auth::Session session_;
    Clock clock_;
};

} // namespace kakehashi::services
