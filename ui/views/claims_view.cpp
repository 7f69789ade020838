#include "views/claims_view.h"

#include "auth/auth.h"
#include "ledger/ledger.h"
#include "models/text_table_model.h"
#include "storage/database.h"
#include "storage/subsidy_store.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kakehashi::ui {

ClaimsView::ClaimsView(storage::Database &db, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , language_(language)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    month_ = new QDateEdit(this);
    month_->setDisplayFormat(QStringLiteral("yyyy-MM"));
    month_->setCalendarPopup(true);
    auto *label = new QLabel(tr("&Month:"), this);
    label->setBuddy(month_);
    post_ = new QPushButton(tr("&Post this month to the ledger…"), this);
    post_->setToolTip(tr("Adds a payment for every eligible claim not yet posted (administrators)"));
    top->addWidget(label);
    top->addWidget(month_);
    top->addStretch(1);
    top->addWidget(post_);
    layout->addLayout(top);

    model_ = new TextTableModel({{tr("Internship")},
                                 {tr("Student no.")},
                                 {tr("Counterparty")},
                                 {tr("Present days"), true},
                                 {tr("Daily rate (¥)"), true},
                                 {tr("Amount (¥)"), true},
                                 {tr("Eligible")},
                                 {tr("Posted (¥)"), true},
                                 {tr("Difference (¥)"), true},
                                 {tr("Reason")}},
                                this);
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view_, 1);
    totals_ = new QLabel(this);
    QFont f = totals_->font();
    f.setBold(true);
    totals_->setFont(f);
    layout->addWidget(totals_);

    connect(month_, &QDateEdit::dateChanged, this, &ClaimsView::refresh);
    connect(post_, &QPushButton::clicked, this, [this] { post(true); });
    const QDate today = QDate::currentDate();
    month_->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
}

void ClaimsView::setSession(const auth::Session &session)
{
    session_ = session;
    const bool may = session.may(auth::Action::Administer);
    post_->setEnabled(may);
    post_->setToolTip(may ? tr("Adds a payment for every eligible claim not yet posted (administrators)")
                          : whyNot(auth::Action::Administer));
}

QString ClaimsView::period() const
{
    return month_->date().toString(QStringLiteral("yyyy-MM"));
}

void ClaimsView::setMonth(int year, int month)
{
    month_->setDate(QDate(year, month, 1));
    refresh();
}

void ClaimsView::refresh()
{
    const QDate m = month_->date();
    const QLocale locale;
    const auto posted = storage::SubsidyStore(db_).postedAmounts(period());
    std::vector<QStringList> rows;
    claimed_ = 0;
    posted_ = 0;
    for (const ledger::Claim &c : ledger::claimsForMonth(db_, m.year(), m.month())) {
        const auto p = posted.find(c.internshipNo);
        const qint64 done = p == posted.end() ? 0 : p->second;
        claimed_ += c.claim.amount.value();
        posted_ += done;
        rows.push_back({c.internshipNo, c.studentNo, c.counterparty, QString::number(c.claim.presentDays),
                        locale.toString(c.claim.rate.value()), locale.toString(c.claim.amount.value()),
                        c.claim.eligible ? tr("yes") : tr("no"), locale.toString(done),
                        locale.toString(c.claim.amount.value() - done), c.claim.reason});
    }
    // A payment for an internship with no present day left (all corrected away).
    for (const auto &[internship, amount] : posted)
        if (std::none_of(rows.begin(), rows.end(), [&](const QStringList &r) { return r.front() == internship; }) &&
            amount != 0) {
            posted_ += amount;
            rows.push_back({internship, QString(), QString(), QStringLiteral("0"), QString(), QStringLiteral("0"),
                            tr("no"), locale.toString(amount), locale.toString(-amount), tr("no present day any more")});
        }
    model_->setRows(std::move(rows));
    view_->resizeColumnsToContents();
    totals_->setText(totalsText());
}

QString ClaimsView::totalsText() const
{
    const QLocale locale;
    return tr("%1 claim(s): ¥%2 due · ¥%3 posted · difference ¥%4")
        .arg(model_->rowCount())
        .arg(locale.toString(claimed_), locale.toString(posted_), locale.toString(claimed_ - posted_));
}

int ClaimsView::post(bool ask)
{
    if (ask && QMessageBox::question(this, tr("Post to the ledger"),
                                     tr("Post the unpaid claims of %1 to the subsidy ledger? Entries cannot be "
                                        "changed afterwards; a correction is a reversal.")
                                         .arg(period())) != QMessageBox::Yes)
        return 0;
    try {
        ledger::Ledger book(db_);
        book.setSession(session_);
        const auto added = book.post(period());
        refresh();
        emit posted();
        return static_cast<int>(added.size());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Not posted"), QString::fromUtf8(e.what()));
        return 0;
    }
}

} // namespace kakehashi::ui
