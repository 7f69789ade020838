#include "views/dashboard_view.h"
#include "views/relations_panel.h"

#include "views/checklist_missing_list.h"

#include "calendar/fiscal.h"
#include "domain/codes.h"
#include "domain/kinds.h"
#include "labels.h"
#include "services/job_hunting.h"
#include "services/record_names.h"
#include "models/text_table_model.h"
#include "reports/dashboard.h"
#include "reports/dashboard_lists.h"

#include <QDialog>
#include <algorithm>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
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
    // The internships whose pre-start checklist lacks items (issue 13, item 3).
    auto *checklist = new ChecklistMissingList(db_, this);
    connect(checklist, &ChecklistMissingList::recordRequested, this, &DashboardView::recordRequested);
    layout->addWidget(checklist);
    layout->addStretch(1);
    for (QPushButton *b : buttons_)
        b->setText(QStringLiteral("…"));
}

QPushButton *DashboardView::figure(Figure f)
{
    if (stale_)
        readFigures();
    return buttons_[f];
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the window has painted.
    if (stale_)
        QTimer::singleShot(0, this, [this] {
            if (stale_ && isVisible())
                readFigures();
        });
}

void DashboardView::setToday(const Date &today)
{
    today_ = today;
    refresh();
}

void DashboardView::setSession(const auth::Session &session)
{
    delete nextSteps_;
    nextSteps_ = new NextStepsList(db_, session, this);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->count() - 1, nextSteps_); // above the stretch
    connect(nextSteps_, &NextStepsList::recordRequested, this, &DashboardView::recordRequested);
}

void DashboardView::refresh()
{
    stale_ = true;
    if (isVisible())
        readFigures();
}

void DashboardView::readFigures()
{
    stale_ = false;
    if (auto *checklist = findChild<ChecklistMissingList *>())
        checklist->refresh(today_);
    if (nextSteps_)
        nextSteps_->refresh();
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
    const qint64 cards = reports::distinctStudents(reports::cardsFlagged(db_, today_));
    buttons_[ResidenceExpiring]->setText(
        tr("Residence cards expiring within %1 days or before the internship ends\n%2")
            .arg(reports::kResidenceWarningDays)
            .arg(cards));
    buttons_[NoOutcome]->setText(tr("Completers with no outcome after %1 days\n%2")
                                     .arg(reports::kOutcomeOverdueDays)
                                     .arg(d.completersWithoutOutcome));
    const reports::DashboardList hours = reports::hoursThisWeek(db_, today_);
    const auto over = std::count_if(hours.rows.begin(), hours.rows.end(),
                                    [](const QStringList &r) { return r.back() == u"over"; });
    buttons_[OverHoursLimit]->setText(tr("Students near (%1 h) or over the 28-hour limit this week\n%2 over · %3 near")
                                          .arg(reports::kNearHoursLimit)
                                          .arg(over)
                                          .arg(static_cast<qint64>(hours.rows.size()) - over));
    buttons_[OverHoursLimit]->setStyleSheet(over ? QStringLiteral("color: #a02020;")
                                            : hours.rows.empty() ? QString()
                                                                 : QStringLiteral("color: #a04000;"));
    const qint64 notifications = static_cast<qint64>(reports::notificationsDue(db_, today_).rows.size());
    buttons_[NotificationsDue]->setText(
        tr("Foreign-worker notifications due within %1 days or overdue\n%2").arg(14).arg(notifications));
    buttons_[NotificationsDue]->setStyleSheet(notifications ? QStringLiteral("color: #a04000;") : QString());
    const qint64 hunting =
        static_cast<qint64>(services::JobHuntingService(db_).endingUnplaced(today_, services::kJobHuntingWarningDays).size());
    buttons_[JobHuntingEnding]->setText(tr("Job-hunting status ending within %1 days, no placement\n%2")
                                            .arg(services::kJobHuntingWarningDays)
                                            .arg(hunting));
    buttons_[JobHuntingEnding]->setStyleSheet(hunting ? QStringLiteral("color: #a04000;") : QString());
    buttons_[ResidenceExpiring]->setStyleSheet(cards ? QStringLiteral("color: #a04000;") : QString());
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
    if (column == u"days_left")
        return tr("Days left");
    if (column == u"reason" || column == u"state")
        return tr("Why");
    if (column == u"employer")
        return tr("Employer");
    if (column == u"due")
        return tr("Due");
    if (column == u"most_hours")
        return tr("Most hours in 7 days");
    if (column == u"window")
        return tr("Those 7 days");
    if (column == u"end_date")
        return tr("Internship ends");
    if (column == u"status_end")
        return tr("Status ends");
    if (column == u"letter_by")
        return tr("School's letter from");
    for (const domain::KindId k : {domain::KindId::Students, domain::KindId::Internships})
        if (const int i = domain::kind(k).fieldIndex(column); i >= 0)
            return fieldLabel(domain::kind(k), i);
    return column;
}

QDialog *DashboardView::listDialog(Figure f)
{
    reports::DashboardList list;
    QString title;
    QString kind; // of the record a row opens, keyed by its first column
    switch (f) {
    case ActiveInterns:
        list = reports::activeInterns(db_, today_);
        title = tr("Interns active today");
        kind = QStringLiteral("internships");
        break;
    case MonthClaims:
        list = reports::monthClaims(db_, today_);
        title = tr("Claims this month");
        kind = QStringLiteral("internships");
        break;
    case ResidenceExpiring:
        list = reports::cardsFlagged(db_, today_);
        title = tr("Residence cards expiring within 60 days or before the internship ends");
        kind = QStringLiteral("students");
        break;
    case NoOutcome:
        list = reports::completersWithoutOutcome(db_, today_);
        title = tr("Completers with no outcome recorded");
        kind = QStringLiteral("students");
        break;
    case OverHoursLimit:
        list = reports::hoursThisWeek(db_, today_);
        title = tr("Students near or over the work-hour limit this week");
        kind = QStringLiteral("students");
        break;
    case NotificationsDue:
        list = reports::notificationsDue(db_, today_);
        title = tr("Foreign-worker notifications due within 14 days or overdue");
        kind = QStringLiteral("placements");
        break;
    case JobHuntingEnding:
        list.columns = QStringList{QStringLiteral("student_no"), QStringLiteral("name"), QStringLiteral("status_end"),
                                   QStringLiteral("days_left"), QStringLiteral("letter_by")};
        for (const services::JobHuntingStatus &s :
             services::JobHuntingService(db_).endingUnplaced(today_, services::kJobHuntingWarningDays))
            list.rows.push_back({s.entry.studentNo, s.name, isoDateQ(s.entry.statusEnd()), QString::number(s.daysLeft),
                                 s.entry.letterBy});
        title = tr("Graduates whose job-hunting status ends within %1 days, not placed")
                    .arg(services::kJobHuntingWarningDays);
        kind = QStringLiteral("students");
        break;
    default:
        return nullptr;
    }
    // The monthly claims name the student too.
    if (f == MonthClaims && !list.columns.contains(QStringLiteral("name"))) {
        const services::RecordNames names(db_);
        list.columns.insert(2, QStringLiteral("name"));
        for (QStringList &r : list.rows)
            r.insert(2, names.displayName(domain::kind(domain::KindId::Students), r[1]));
    }
    // Names, not codes: the numbers (student_no, internship_no…) are tooltips of the name.
    std::vector<QString> keys;
    for (const QStringList &r : list.rows)
        keys.push_back(r.value(0));
    const qsizetype nameColumn = list.columns.indexOf(QStringLiteral("name"));
    if (nameColumn >= 0) {
        for (qsizetype c = list.columns.size() - 1; c >= 0; --c)
            if (list.columns[c].endsWith(QLatin1String("_no"))) {
                list.columns.removeAt(c);
                for (QStringList &r : list.rows)
                    r.removeAt(c);
            }
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
            else if (column == u"reason") {
                QStringList reasons;
                for (const QString &reason : r[c].split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    reasons << (reason == u"before_internship_end" ? tr("expires before the internship ends")
                                                                   : tr("expires within 60 days"));
                shown = reasons.join(QStringLiteral("; "));
            }
            else if (column == u"state")
                shown = r[c] == u"over"       ? tr("over the limit")
                        : r[c] == u"near"     ? tr("near the limit")
                        : r[c] == u"overdue"  ? tr("overdue")
                        : r[c] == u"due_soon" ? tr("due soon")
                                              : r[c];
            else if (column == u"school_code")
                shown = store.displayName(domain::kind(domain::KindId::Schools), r[c]);
            else if (column.endsWith(QLatin1String("_jpy")))
                shown = locale.toString(r[c].toLongLong());
            tip << (shown == r[c] ? QString() : r[c]);
            r[c] = shown.isEmpty() ? r[c] : shown;
        }
        if (nameColumn >= 0 && tips.size() < keys.size()) {
            const qsizetype at = list.columns.indexOf(QStringLiteral("name"));
            if (at >= 0 && at < tip.size())
                tip[at] = keys[tips.size()];
        }
        tips.push_back(tip);
    }
    model->setRows(std::move(list.rows));
    model->setToolTips(std::move(tips));
    auto *view = new QTableView(&dialog);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->resizeColumnsToContents();
    view->setToolTip(tr("Double-click or Enter opens the record"));
    // A row opens its record (double-click or Enter); the list closes.
    connect(view, &QTableView::activated, &dialog, [this, made, kind, keys](const QModelIndex &index) {
        if (index.row() < 0 || static_cast<size_t>(index.row()) >= keys.size())
            return;
        made->accept();
        emit recordRequested(kind, keys[static_cast<size_t>(index.row())]);
    });
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
