#pragma once
// The dashboard's list of internships whose checklist lacks items (issue 13,
// item 3): planned or active internships not yet over, with the student's name,
// the company, the start, what is missing and whether an administrator
// overrode it. A row opens the internship (double-click or Enter).
#include "domain/date.h"

#include <QGroupBox>

class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class ChecklistMissingList final : public QGroupBox
{
    Q_OBJECT

public:
    explicit ChecklistMissingList(storage::Database &db, QWidget *parent = nullptr);
    void refresh(const Date &today);
    TextTableModel *model() const { return model_; }
    QTableView *view() const { return view_; }

signals:
    void recordRequested(const QString &kindName, const QString &key);

private:
    storage::Database &db_;
    TextTableModel *model_ = nullptr;
    QTableView *view_ = nullptr;
    std::vector<QString> keys_;
};

} // namespace kakehashi::ui
