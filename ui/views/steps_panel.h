#pragma once
// Above the events: the three steps of the SME programme in a fiscal year —
// each step's events, sign-ups, attendance, and the students and companies who
// came — so that the secretariat sees at a glance where a year stands.
#include <QWidget>

class QSpinBox;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class StepsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StepsPanel(storage::Database &db, QWidget *parent = nullptr);

    void setFiscalYear(int fy);
    int fiscalYear() const;
    TextTableModel *model() const { return model_; }

public slots:
    void refresh();

private:
    storage::Database &db_;
    QSpinBox *year_ = nullptr;
    TextTableModel *model_ = nullptr;
};

} // namespace kakehashi::ui
