#pragma once
// The work-visa advisor and STEP 2 matching for secretariat staff: a student's
// candidate statuses and warnings (advice, not a decision), the students at
// risk by pattern, and students matched to a company's overseas markets with
// the introduction recorded in one click.
#include "auth/roles.h"
#include "language.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class AdvisorView final : public QWidget
{
    Q_OBJECT

public:
    AdvisorView(storage::Database &db, Language language, QWidget *parent = nullptr);
    // Enables what the user's role allows; the rest is disabled with the reason.
    void setSession(const auth::Session &session);

    void showStudent(const QString &studentNo);
    void showCompany(const QString &companyCode);
    // Records an introduction of the selected student to the company shown.
    QString introduceSelected();

    TextTableModel *adviceModel() const { return advice_; }
    TextTableModel *riskModel() const { return risk_; }
    TextTableModel *matchModel() const { return matches_; }
    QTableView *matchView() const { return matchView_; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshRisk();

    storage::Database &db_;
    Language language_;
    QLineEdit *student_ = nullptr;
    QLabel *studentInfo_ = nullptr;
    QCheckBox *senmonshi_ = nullptr;
    TextTableModel *advice_ = nullptr;
    TextTableModel *risk_ = nullptr;
    QComboBox *company_ = nullptr;
    TextTableModel *matches_ = nullptr;
    QTableView *matchView_ = nullptr;
    QLabel *matchStatus_ = nullptr;
    QPushButton *introduce_ = nullptr;
    auth::Session session_;
    bool mayEdit_ = true;
    bool loaded_ = false;
};

} // namespace kakehashi::ui
