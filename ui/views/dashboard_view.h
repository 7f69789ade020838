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

namespace kakehashi::ui {

class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    DashboardView(storage::Database &db, Language language, QWidget *parent = nullptr);

    void setToday(const Date &today);
    void refresh();

    enum Figure { ActiveInterns, MonthClaims, PlacementRate, ResidenceExpiring, NoOutcome, OverHoursLimit, FigureCount };
    QPushButton *figure(Figure f) const { return buttons_[f]; }
    // The list behind a figure, in a dialog (not shown when `show` is false; for tests).
    int openList(Figure f, bool show = true);
    // That list's dialog, not shown (the caller owns it); null for a figure without one.
    QDialog *listDialog(Figure f);

    // A list's column as people name it ("Residence status" for residence_status).
    static QString columnTitle(const QString &column);

signals:
    void reportRequested();

private:
    storage::Database &db_;
    Language language_;
    Date today_;
    QPushButton *buttons_[FigureCount] = {};
};

} // namespace kakehashi::ui
