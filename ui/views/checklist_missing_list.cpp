#include "views/checklist_missing_list.h"

#include "domain/kinds.h"
#include "models/text_table_model.h"
#include "services/checklist.h"
#include "services/record_names.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

QString itemShort(const QString &code)
{
    if (code == u"residence_card")
        return ChecklistMissingList::tr("residence card");
    if (code == u"work_permission")
        return ChecklistMissingList::tr("work permission");
    if (code == u"agreement")
        return ChecklistMissingList::tr("agreement");
    if (code == u"insurance")
        return ChecklistMissingList::tr("insurance");
    return code;
}

} // namespace

ChecklistMissingList::ChecklistMissingList(storage::Database &db, QWidget *parent)
    : QGroupBox(parent)
    , db_(db)
{
    setObjectName(QStringLiteral("checklistMissingList"));
    auto *layout = new QVBoxLayout(this);
    model_ = new TextTableModel({{tr("Student")},
                                 {tr("Company")},
                                 {tr("Starts")},
                                 {tr("Status")},
                                 {tr("Missing")},
                                 {tr("Override")}},
                                this);
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setToolTip(tr("Double-click or Enter opens the internship"));
    view_->setMaximumHeight(200);
    layout->addWidget(view_);
    connect(view_, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && static_cast<size_t>(index.row()) < keys_.size())
            emit recordRequested(QStringLiteral("internships"), keys_[static_cast<size_t>(index.row())]);
    });
}

void ChecklistMissingList::refresh(const Date &today)
{
    const services::ChecklistService service(db_);
    const auto rows = service.missing(today);
    const services::RecordNames names(db_);
    std::vector<QStringList> out;
    std::vector<QStringList> tips;
    keys_.clear();
    for (const storage::MissingChecks &m : rows) {
        QStringList missing;
        for (const QString &code : m.missing)
            missing << itemShort(code);
        out.push_back({m.studentName, names.displayName(domain::kind(domain::KindId::Companies), m.companyCode),
                       m.startDate, m.status == u"active" ? tr("active") : tr("planned"),
                       missing.join(QStringLiteral(", ")), m.overridden ? tr("overridden") : QString()});
        tips.push_back({m.internshipNo + QLatin1Char(' ') + m.studentNo, m.companyCode, {}, {}, {}, {}});
        keys_.push_back(m.internshipNo);
    }
    setTitle(service.required()
                 ? tr("Internships whose checklist lacks items — they cannot be set active (%1)").arg(out.size())
                 : tr("Internships whose checklist lacks items (%1)").arg(out.size()));
    model_->setRows(std::move(out));
    model_->setToolTips(std::move(tips));
    view_->resizeColumnsToContents();
}

} // namespace kakehashi::ui
