#include "views/compliance_view.h"

#include "models/text_table_model.h"
#include "services/compliance.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

using boost::gregorian::date_duration;

QDate toQDate(const Date &d)
{
    return QDate(d.year(), d.month(), d.day());
}

Date fromQDate(const QDate &d)
{
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

} // namespace

ComplianceView::ComplianceView(storage::Database &db, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , language_(language)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    from_ = new QDateEdit(this);
    to_ = new QDateEdit(this);
    for (QDateEdit *e : {from_, to_}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(from_);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(to_);
    auto *title = new QLabel(tr("Breaches of the work-hour limit (28 hours in any 7 days; 8 hours a day in the "
                                "school's long vacations)"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    top->addWidget(fromLabel);
    top->addWidget(from_);
    top->addWidget(toLabel);
    top->addWidget(to_);
    top->addStretch(1);
    layout->addLayout(top);

    model_ = new TextTableModel({{tr("Student no.")},
                                 {tr("Name")},
                                 {tr("Internships")},
                                 {tr("Date")},
                                 {tr("Rule")},
                                 {tr("Hours"), true},
                                 {tr("Limit"), true}},
                                this);
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view_, 1);
    count_ = new QLabel(this);
    layout->addWidget(count_);

    const Date today = boost::gregorian::day_clock::local_day();
    const Date first(today.year(), today.month(), 1);
    setPeriod(first, first.end_of_month());
    connect(from_, &QDateEdit::dateChanged, this, &ComplianceView::refresh);
    connect(to_, &QDateEdit::dateChanged, this, &ComplianceView::refresh);
}

void ComplianceView::setPeriod(const Date &from, const Date &to)
{
    {
        const QSignalBlocker a(from_), b(to_);
        from_->setDate(toQDate(from));
        to_->setDate(toQDate(to));
    }
    refresh();
}

void ComplianceView::refresh()
{
    const Date from = fromQDate(from_->date()), to = fromQDate(to_->date());
    std::vector<QStringList> rows;
    for (const services::HoursBreachRow &r : services::ComplianceService(db_).hoursBreaches(from, to)) {
        const reports::StudentHoursBreach &b = r.breach;
        const bool weekly = b.breach.rule == u"weekly";
        rows.push_back({b.studentNo, r.studentName, r.internships.join(QStringLiteral(", ")), isoDateQ(b.breach.date),
                        weekly ? tr("7 days %1 … %2").arg(isoDateQ(b.breach.date - date_duration(6)),
                                                           isoDateQ(b.breach.date))
                               : tr("a vacation day"),
                        rules::hoursText(b.breach.hours), QString::number(b.breach.limit)});
    }
    model_->setRows(std::move(rows));
    view_->resizeColumnsToContents();
    count_->setText(countText());
}

QString ComplianceView::countText() const
{
    QSet<QString> students;
    for (int r = 0; r < model_->rowCount(); ++r)
        students.insert(model_->row(r).at(0));
    return tr("%1 breach(es), %2 student(s)").arg(model_->rowCount()).arg(students.size());
}

} // namespace kakehashi::ui
