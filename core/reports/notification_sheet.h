#pragma once
// The items of the employer's foreign-worker notification (外国人雇用状況届出,
// 労働施策総合推進法 Art. 28) for one employed placement, as a sheet the
// secretariat hands to the company: the worker's name in Roman letters as on the
// residence card, birth date, sex, nationality, status and period of stay,
// work permission outside status, residence card number, the employer, the hire
// date and when the notification is due.
#include "domain/date.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct NotificationSheet
{
    QString placementNo;
    QString studentNo;
    QString nameRoman;       // FAMILY Given, as the card writes it
    QString birthDate;       // YYYY-MM-DD
    QString sex;             // code: female, male, other (empty: not recorded)
    QString nationality;     // alpha-2
    QString residenceStatus; // code
    QString periodOfStay;    // the residence card's expiry, YYYY-MM-DD
    QString cardNo;
    QString workPermission;  // none, general, individual
    QString employer;
    QString employerPrefecture;
    QString startDate;
    QString due;             // empty without a start date
};

// The sheet of an employed placement; nullopt for an unknown placement.
std::optional<NotificationSheet> notificationSheet(const storage::Database &db, const QString &placementNo);
// The sheets of every hire whose notification is due within `withinDays` or
// overdue on `on` (the `compliance notifications` list, not yet filed).
std::vector<NotificationSheet> notificationSheetsDue(const storage::Database &db, const Date &on, int withinDays);

// One A4 page per sheet, labels in Japanese with English beside them.
QString notificationSheetsHtml(const std::vector<NotificationSheet> &sheets, const QString &consortium,
                               const QDateTime &madeAt);

} // namespace kakehashi::reports
