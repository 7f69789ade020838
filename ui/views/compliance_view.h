#pragma once
// The right to work (FORMATS.md §6, issue 13): the breaches of the 28-hour limit
// in a period, each with the student and the internships whose days count.
#include "domain/date.h"
#include "language.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class ComplianceView final : public QWidget
{
    Q_OBJECT

public:
    ComplianceView(storage::Database &db, Language language, QWidget *parent = nullptr);

    void setPeriod(const Date &from, const Date &to);
    void refresh();

    TextTableModel *model() const { return model_; }
    QString countText() const;

private:
    storage::Database &db_;
    Language language_;
    QDateEdit *from_ = nullptr;
    QDateEdit *to_ = nullptr;
    QTableView *view_ = nullptr;
    TextTableModel *model_ = nullptr;
    QLabel *count_ = nullptr;
};

} // namespace kakehashi::ui
