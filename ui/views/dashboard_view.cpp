#include "views/dashboard_view.h"

#include "calendar/fiscal.h"
#include "domain/codes.h"
#include "domain/kinds.h"
#include "labels.h"
#include "services/record_names.h"
#include "models/text_table_model.h"
#include "reports/dashboard.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kakehashi::ui {

DashboardView::DashboardView(storage::Database &db, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , language_(language)
    , today_(boost::gregorian::day_clock::local_day())
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    title->setFont(tf);
    layout->addWidget(title);
    auto *grid = new QGridLayout;
    for (int i = 0; i < FigureCount; ++i) {
        buttons_[i] = new QPushButton(this);
        buttons_[i]->setMinimumSize(300, 110);
        QFont f = buttons_[i]->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        buttons_[i]->setFont(f);
        grid->addWidget(buttons_[i], i / 2, i % 2);
        connect(buttons_[i], &QPushButton::clicked, this, [this, i] {
            if (i == PlacementRate)
                emit reportRequested();
            else
                openList(static_cast<Figure>(i));
        });
    }
    layout->addLayout(grid);
    layout->addStretch(1);
    refresh();
}

void DashboardView::setToday(const Date &today)
{
    today_ = today;
    refresh();
}

void DashboardView::refresh()
{
    const reports::Dashboard d = reports::dashboard(db_, today_);
    const QLocale locale;
    const int fy = calendar::fiscalYearOf(today_);
    buttons_[ActiveInterns]->setText(tr("Interns active today\n%1").arg(d.activeInterns));
    buttons_[MonthClaims]->setText(tr("Claims this month\n¥%1 due · ¥%2 posted")
                                       .arg(locale.toString(d.claimsThisMonthJpy), locale.toString(d.postedThisMonthJpy)));
    buttons_[PlacementRate]->setText(
        tr("Placement rate %1 so far\n%2")
            .arg(language_ == Language::Japanese ? calendar::eraFiscalYear(fy) : QStringLiteral("FY%1").arg(fy),
                 d.placementRateSoFar.isEmpty() ? tr("no outcome yet") : d.placementRateSoFar + QStringLiteral(" %")));
    buttons_[ResidenceExpiring]->setText(
        tr("Residence cards expiring within %1 days\n%2").arg(reports::kResidenceWarningDays).arg(d.residenceExpiring));
    buttons_[NoOutcome]->setText(tr("Completers with no outcome after %1 days\n%2")
                                     .arg(reports::kOutcomeOverdueDays)
                                     .arg(d.completersWithoutOutcome));
    buttons_[OverHoursLimit]->setText(tr("Students over the 28-hour work limit this week\n%1").arg(d.overHoursLimit));
    buttons_[OverHoursLimit]->setStyleSheet(d.overHoursLimit ? QStringLiteral("color: #a02020;") : QString());
    buttons_[ResidenceExpiring]->setStyleSheet(d.residenceExpiring ? QStringLiteral("color: #a04000;") : QString());
    buttons_[NoOutcome]->setStyleSheet(d.completersWithoutOutcome ? QStringLiteral("color: #a04000;") : QString());
}

QString DashboardView::columnTitle(const QString &column)
{
    if (column == u"name")
        return tr("Name");
    if (column == u"company")
        return tr("Company");
    if (column == u"present_days")
        return tr("Present days");
    if (column == u"amount_jpy")
        return tr("Amount (yen)");
    if (column == u"posted_jpy")
        return tr("Posted (yen)");
    if (column == u"eligible")
        return tr("Eligible");
    for (const domain::KindId k : {domain::KindId::Students, domain::KindId::Internships})
        if (const int i = domain::kind(k).fieldIndex(column); i >= 0)
            return fieldLabel(domain::kind(k), i);
    return column;
}

QDialog *DashboardView::listDialog(Figure f)
{
    reports::DashboardList list;
    QString title;
    switch (f) {
    case ActiveInterns:
        list = reports::activeInterns(db_, today_);
        title = tr("Interns active today");
        break;
    case MonthClaims:
        list = reports::monthClaims(db_, today_);
        title = tr("Claims this month");
        break;
    case ResidenceExpiring:
        list = reports::residenceExpiring(db_, today_);
        title = tr("Residence cards expiring soon");
        break;
    case NoOutcome:
        list = reports::completersWithoutOutcome(db_, today_);
        title = tr("Completers with no outcome recorded");
        break;
    case OverHoursLimit:
        list = reports::overHoursLimit(db_, today_);
        title = tr("Students over the work-hour limit this week");
        break;
    default:
        return nullptr;
    }
    auto *made = new QDialog(this);
    QDialog &dialog = *made;
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    std::vector<TextTableModel::Column> columns;
    for (const QString &c : list.columns)
        columns.push_back({columnTitle(c), c.endsWith(QLatin1String("_jpy")) || c.endsWith(QLatin1String("_days"))});
    auto *model = new TextTableModel(columns, &dialog);
    // Names for codes, the codes as tooltips.
    std::vector<QStringList> tips;
    const services::RecordNames store(db_);
    const QLocale locale;
    for (QStringList &r : list.rows) {
        QStringList tip;
        for (int c = 0; c < r.size() && c < list.columns.size(); ++c) {
            const QString &column = list.columns[c];
            QString shown = r[c];
            if (column == u"residence_status")
                shown = codeLabel(codes::kResidenceStatus, r[c], language_);
            else if (column == u"eligible")
                shown = r[c] == u"true" ? tr("yes") : tr("no");
            else if (column == u"school_code")
                shown = store.displayName(domain::kind(domain::KindId::Schools), r[c]);
            else if (column.endsWith(QLatin1String("_jpy")))
                shown = locale.toString(r[c].toLongLong());
            tip << (shown == r[c] ? QString() : r[c]);
            r[c] = shown.isEmpty() ? r[c] : shown;
        }
        tips.push_back(tip);
    }
    model->setRows(std::move(list.rows));
    model->setToolTips(std::move(tips));
    auto *view = new QTableView(&dialog);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 500);
    return made;
}

int DashboardView::openList(Figure f, bool show)
{
    std::unique_ptr<QDialog> dialog(listDialog(f));
    if (!dialog)
        return 0;
    const int rows = dialog->findChild<QTableView *>()->model()->rowCount();
    if (show)
        dialog->exec();
    return rows;
}

} // namespace kakehashi::ui
