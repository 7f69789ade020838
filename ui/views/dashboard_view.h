#pragma once
// The first screen: the figures a secretariat looks at each morning, each a
// button that opens the list behind it.
#include "language.h"

#include <QWidget>

#include "domain/date.h"

class QDialog;
class QPushButton;

namespace kakehashi::storage {
class Database;
}
namespace kakehashi::auth {
struct Session;
}

namespace kakehashi::ui {

class NextStepsList;

class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    DashboardView(storage::Database &db, Language language, QWidget *parent = nullptr);

    void setToday(const Date &today);
    // Reads the figures again now when the page is shown, else when it is next
    // shown or asked for (a million students take seconds: the window is not
    // kept waiting for a page that is not on screen).
    void refresh();
    // The logged-in person's own next steps (issue 15), under the figures.
    void setSession(const auth::Session &session);
    NextStepsList *nextSteps() const { return nextSteps_; }

    enum Figure {
        ActiveInterns,
        MonthClaims,
        PlacementRate,
        ResidenceExpiring, // cards expiring within 60 days or before an internship ends
        NoOutcome,
        OverHoursLimit,    // near (≥ 24 h) or over the 28-hour limit this week
        NotificationsDue,  // foreign-worker notifications due within 14 days or overdue
        JobHuntingEnding,  // graduates whose 特定活動 (継続就職活動) ends within 30 days, not placed
        FigureCount
    };
    QPushButton *figure(Figure f);
    // The list behind a figure, in a dialog (not shown when `show` is false; for tests).
    int openList(Figure f, bool show = true);
    // That list's dialog, not shown (the caller owns it); null for a figure without one.
    QDialog *listDialog(Figure f);

    // A list's column as people name it ("Residence status" for residence_status).
    static QString columnTitle(const QString &column);

signals:
    void reportRequested();
    // A row of a list was opened: the record behind it (kind name, key).
    void recordRequested(const QString &kindName, const QString &key);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readFigures();

    bool stale_ = true; // the figures are not read yet, or out of date
    storage::Database &db_;
    Language language_;
    Date today_;
    QPushButton *buttons_[FigureCount] = {};
    NextStepsList *nextSteps_ = nullptr;
};

} // namespace kakehashi::ui
