#include "views/steps_panel.h"

#include "calendar/fiscal.h"
#include "calendar/holidays.h"
#include "models/text_table_model.h"
#include "reports/steps.h"

#include <QDate>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>

namespace kakehashi::ui {

StepsPanel::StepsPanel(storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , db_(db)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *title = new QLabel(tr("<b>SME programme by step</b>"), this);
    year_ = new QSpinBox(this);
    year_->setRange(calendar::kFirstYear, calendar::kLastYear);
    year_->setPrefix(tr("FY "));
    const QDate today = QDate::currentDate();
    year_->setValue(calendar::fiscalYearOf(Date(static_cast<unsigned short>(today.year()),
                                                static_cast<unsigned short>(today.month()),
                                                static_cast<unsigned short>(today.day()))));
    left->addWidget(title);
    left->addWidget(year_);
    left->addStretch(1);
    layout->addLayout(left);

    model_ = new TextTableModel({{tr("Step")},
                                 {tr("Events"), true},
                                 {tr("Sign-ups"), true},
                                 {tr("Attended"), true},
                                 {tr("Students"), true},
                                 {tr("Companies"), true}},
                                this);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("steps"));
    view->setModel(model_);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + 4 * (view->fontMetrics().height() + 8) + 4);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    layout->addWidget(view, 1);
    connect(year_, &QSpinBox::valueChanged, this, &StepsPanel::refresh);
    refresh();
}

void StepsPanel::setFiscalYear(int fy)
{
    year_->setValue(fy);
}

int StepsPanel::fiscalYear() const
{
    return year_->value();
}

void StepsPanel::refresh()
{
    std::vector<QStringList> rows;
    for (const reports::StepSummary &s : reports::stepSummary(db_, year_->value())) {
        QString name;
        switch (s.step) {
        case 1: name = tr("STEP 1 awareness"); break;
        case 2: name = tr("STEP 2 matching"); break;
        case 3: name = tr("STEP 3 training and retention"); break;
        default: name = tr("no step"); break;
        }
        rows.push_back({name, QString::number(s.events), QString::number(s.participations), QString::number(s.attended),
                        QString::number(s.students), QString::number(s.companies)});
    }
    model_->setRows(std::move(rows));
}

} // namespace kakehashi::ui
