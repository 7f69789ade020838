#pragma once
// The signed timesheets of a month's claims (issue 14, item 4), under the claims
// table: each claim with its sheet or "missing", and the buttons to print the
// blank sheet for the company to sign, attach the signed scan (a second one asks
// before it becomes a new version) and view the attached one. Viewing is
// audited like an export.
#include "auth/auth.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class EvidencePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(storage::Database &db, QWidget *parent = nullptr);
    void setSession(const auth::Session &session);
    void setPeriod(const QString &period); // YYYY-MM; refreshes

    TextTableModel *model() const { return model_; }
    // "2 claim(s): 1 signed timesheet(s) attached, 1 missing".
    QString summary() const;
    // The selected row's internship, or the first row's.
    QString currentInternship() const;
    void selectInternship(const QString &internshipNo);

    // What the buttons do, without their dialogs (for tests): each returns the
    // refusal's message, empty when done.
    QString attach(const QString &internshipNo, const QString &file, bool replace);
    QString writeSheet(const QString &internshipNo, const QString &file);
    // The attached sheet written to `file` (audited as a view); sets *file to it.
    QString view(const QString &internshipNo, const QString &file);

signals:
    void changed();

private:
    void refresh();
    void attachDialog();
    void viewDialog();
    void sheetDialog();

    storage::Database &db_;
    auth::Session session_;
    QString period_;
    TextTableModel *model_ = nullptr;
    QTableView *table_ = nullptr;
    QLabel *summary_ = nullptr;
    QPushButton *attach_ = nullptr;
    QPushButton *view_ = nullptr;
    QPushButton *sheet_ = nullptr;
    int missing_ = 0;
};

} // namespace kakehashi::ui
