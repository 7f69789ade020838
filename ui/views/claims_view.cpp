#include "views/claims_view.h"

#include "auth/auth.h"
#include "ledger/approval.h"
#include "ledger/budget.h"
#include "ledger/ledger.h"
#include "ledger/settings.h"
#include "ledger/transfer.h"
#include "models/text_table_model.h"
#include "services/ledger_summary.h"
#include "views/evidence_panel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineSeries>
#include <QValueAxis>
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
    transfer_ = new QPushButton(tr("Bank &transfer file…"), this);
    transfer_->setObjectName(QStringLiteral("transfer"));
    transfer_->setToolTip(tr("The 全銀協 総合振込 file of the month's payments, for online banking (administrators)"));
    top->addWidget(transfer_);
    layout->addLayout(top);

    // The fiscal year's money and the month's approval, beside a chart of the year.
    auto *info = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    budget_ = new QLabel(this);
    budget_->setObjectName(QStringLiteral("budget"));
    approval_ = new QLabel(this);
    approval_->setObjectName(QStringLiteral("approval"));
    approval_->setWordWrap(true);
    left->addWidget(budget_);
    left->addWidget(approval_);
    auto *steps = new QHBoxLayout;
    const std::pair<QString, QString> stepLabels[] = {{QStringLiteral("prepare"), tr("P&repare")},
                                                      {QStringLiteral("check"), tr("C&heck")},
                                                      {QStringLiteral("approve"), tr("&Approve")},
                                                      {QStringLiteral("reject"), tr("Re&ject…")}};
    for (const auto &[step, label] : stepLabels) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(step);
        steps->addWidget(b);
        stepButtons_.push_back(b);
        connect(b, &QPushButton::clicked, this, [this, step] {
            QString reason;
            if (step == u"reject") {
                bool ok = false;
                reason = QInputDialog::getText(this, tr("Reject the month"),
                                               tr("Why is %1 sent back to be prepared again?").arg(period()),
                                               QLineEdit::Normal, QString(), &ok);
                if (!ok)
                    return;
            }
            const QString refused = takeStep(step, reason);
            if (!refused.isEmpty())
                QMessageBox::warning(this, tr("Not done"), refused);
            else if (const QStringList w = step == u"reject" ? QStringList() : ledger::Approvals(db_).warnings(period());
                     !w.isEmpty())
                QMessageBox::information(this, tr("Done, with warnings"), w.join(QLatin1Char('\n')));
        });
    }
    steps->addStretch(1);
    left->addLayout(steps);
    left->addStretch(1);
    info->addLayout(left, 1);
    chart_ = new QChartView(this);
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumHeight(240);
    chart_->setMinimumWidth(560);
    info->addWidget(chart_, 1);
    layout->addLayout(info);

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
    evidence_ = new EvidencePanel(db_, this);
    layout->addWidget(evidence_);
    postResultLabel_ = new QLabel(this);
    postResultLabel_->setObjectName(QStringLiteral("postResult"));
    postResultLabel_->setWordWrap(true);
    postResultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    postResultLabel_->hide();
    layout->addWidget(postResultLabel_);

    connect(month_, &QDateEdit::dateChanged, this, &ClaimsView::refresh);
    connect(post_, &QPushButton::clicked, this, [this] { post(true); });
    connect(transfer_, &QPushButton::clicked, this, &ClaimsView::transferDialog);
    const QDate today = QDate::currentDate();
    month_->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
}

void ClaimsView::setSession(const auth::Session &session)
{
    session_ = session;
    evidence_->setSession(session);
    const bool may = session.may(auth::Action::Administer);
    post_->setEnabled(may);
    post_->setToolTip(may ? tr("Adds a payment for every eligible claim not yet posted (administrators)")
                          : whyNot(auth::Action::Administer));
    transfer_->setEnabled(may);
    transfer_->setToolTip(may ? tr("The 全銀協 総合振込 file of the month's payments, for online banking (administrators)")
                              : whyNot(auth::Action::Administer));
    // Staff prepare and check; administrators approve; rejecting a checked month is theirs too.
    for (QPushButton *b : stepButtons_) {
        const auth::Action needs = b->objectName() == u"approve" ? auth::Action::Administer : auth::Action::Edit;
        b->setEnabled(session.may(needs));
        b->setToolTip(session.may(needs) ? QString() : whyNot(needs));
    }
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
    const auto posted = services::postedAmounts(db_, period());
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
    refreshBudget();
    refreshApproval();
    evidence_->setPeriod(period());
}

QString ClaimsView::budgetText() const
{
    const QDate m = month_->date();
    const ledger::BudgetStatus s = ledger::Budgets(db_).status(ledger::fiscalYearOfPeriod(m.year(), m.month()));
    const QLocale locale;
    if (!s.budgetJpy)
        return tr("FY%1: no budget set · paid ¥%2").arg(s.fy).arg(locale.toString(s.paidJpy));
    return tr("FY%1 budget ¥%2 · paid ¥%3 · remaining ¥%4")
        .arg(s.fy)
        .arg(locale.toString(*s.budgetJpy), locale.toString(s.paidJpy), locale.toString(*s.remainingJpy()));
}

void ClaimsView::refreshBudget()
{
    budget_->setText(budgetText());
    const QDate m = month_->date();
    const int fy = ledger::fiscalYearOfPeriod(m.year(), m.month());
    const ledger::Budgets budgets(db_);
    const ledger::BudgetStatus s = budgets.status(fy);
    const auto byMonth = budgets.paidByMonth(fy);
    auto *chart = new QChart;
    chart->setTitle(tr("FY%1: paid by month against the budget").arg(fy));
    auto *paid = new QBarSet(tr("Paid in the month"));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Paid in the year"));
    auto *budgetLine = new QLineSeries;
    budgetLine->setName(tr("Budget"));
    QStringList months;
    qint64 sum = 0, top = s.budgetJpy.value_or(0);
    for (int i = 0; i < 12; ++i) {
        const QDate d(fy, 4, 1);
        const QDate month = d.addMonths(i);
        months << (language_ == Language::Japanese ? QStringLiteral("%1月").arg(month.month())
                                                   : QLocale(QLocale::English).monthName(month.month(), QLocale::ShortFormat));
        const auto it = byMonth.find(month.toString(QStringLiteral("yyyy-MM")));
        const qint64 v = it == byMonth.end() ? 0 : it->second;
        sum += v;
        *paid << static_cast<double>(v);
        cumulative->append(i, static_cast<double>(sum));
        if (s.budgetJpy)
            budgetLine->append(i, static_cast<double>(*s.budgetJpy));
        top = std::max(top, sum);
    }
    auto *bars = new QBarSeries;
    bars->append(paid);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    if (s.budgetJpy)
        chart->addSeries(budgetLine);
    else
        delete budgetLine;
    auto *x = new QBarCategoryAxis;
    x->append(months);
    auto *y = new QValueAxis;
    y->setRange(0, static_cast<double>(std::max<qint64>(top, 1)) * 1.05);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = chart_->chart();
    chart_->setChart(chart);
    delete old;
}

namespace {

QString stateLabel(const QString &state)
{
    if (state == u"prepared")
        return ClaimsView::tr("prepared");
    if (state == u"checked")
        return ClaimsView::tr("checked");
    if (state == u"approved")
        return ClaimsView::tr("approved");
    if (state == u"rejected")
        return ClaimsView::tr("rejected");
    if (state == u"posted")
        return ClaimsView::tr("posted");
    return ClaimsView::tr("open");
}

} // namespace

QString ClaimsView::approvalText() const
{
    const bool required = ledger::Settings(db_).approvalRequired();
    const auto steps = ledger::Approvals(db_).steps(period());
    if (steps.empty())
        return required ? tr("Approval: %1 is open: its claims are to be prepared, checked and approved before "
                             "posting")
                              .arg(period())
                        : tr("Approval is off: posting does not wait for it");
    const storage::ApprovalStepRow &last = steps.back();
    const QString state = ledger::approvalState(steps);
    QString text = tr("Approval: %1 is %2 (last step by %3 at %4)").arg(period(), stateLabel(state), last.user, last.at);
    if (state == u"rejected")
        text += QLatin1Char(' ') + tr("— reason: %1").arg(last.reason);
    if (!required)
        text += QLatin1Char(' ') + tr("(approval is off: posting does not wait for it)");
    return text;
}

void ClaimsView::refreshApproval()
{
    approval_->setText(approvalText());
}

bool ClaimsView::writeTransfer(const QDate &date, const QString &file, bool again, QStringList &problems,
                               bool *repeats)
{
    problems.clear();
    if (repeats)
        *repeats = false;
    try {
        const Date day(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                       static_cast<unsigned short>(date.day()));
        const ledger::TransferResult r = ledger::Transfers(db_).write(session_, period(), day, file, again);
        problems = r.warnings;
        return true;
    } catch (const ledger::TransferError &e) {
        problems = e.problems;
        problems << e.message();
        if (repeats)
            *repeats = e.repeats;
    } catch (const std::exception &e) {
        problems << QString::fromUtf8(e.what());
    }
    return false;
}

void ClaimsView::transferDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Bank transfer file of %1").arg(period()));
    auto *form = new QFormLayout(&dialog);
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    form->addRow(tr("Transfer date:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Bank transfer file"),
                                                      QStringLiteral("furikomi-%1.txt").arg(period()));
    if (file.isEmpty())
        return;
    QStringList problems;
    bool repeats = false;
    bool done = writeTransfer(date->date(), file, false, problems, &repeats);
    if (!done && repeats &&
        QMessageBox::question(this, tr("Transfer again?"),
                              problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                  tr("Make the file anyway? Pay these entries a second time only when the bank did "
                                     "not take the earlier file.")) == QMessageBox::Yes)
        done = writeTransfer(date->date(), file, true, problems, &repeats);
    if (!done) {
        QMessageBox::warning(this, tr("No transfer file written"), problems.join(QLatin1Char('\n')));
        return;
    }
    QMessageBox::information(this, tr("Transfer file written"),
                             (QStringList{tr("%1 was written.").arg(file)} + problems).join(QLatin1Char('\n')));
}

QString ClaimsView::takeStep(const QString &step, const QString &reason)
{
    try {
        ledger::Approvals approvals(db_);
        if (step == u"prepare")
            approvals.prepare(session_, period());
        else if (step == u"check")
            approvals.check(session_, period());
        else if (step == u"approve")
            approvals.approve(session_, period());
        else
            approvals.reject(session_, period(), reason);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    refreshApproval();
    return {};
}

QString ClaimsView::totalsText() const
{
    const QLocale locale;
    return tr("%1 claim(s): ¥%2 due · ¥%3 posted · difference ¥%4")
        .arg(model_->rowCount())
        .arg(locale.toString(claimed_), locale.toString(posted_), locale.toString(claimed_ - posted_));
}

namespace {

// "12 entries, ¥1,234,000 (of them 2025-10: 3 entries, ¥420,000)".
QString summaryText(const services::LedgerSummary &s, const QString &period)
{
    const QLocale locale;
    return ClaimsView::tr("%1 entries, ¥%2 (of them %3: %4 entries, ¥%5)")
        .arg(locale.toString(s.entries), locale.toString(s.totalJpy), period, locale.toString(s.monthEntries),
             locale.toString(s.monthTotalJpy));
}

} // namespace

QString ClaimsView::postQuestion() const
{
    const QLocale locale;
    // What is still to pay: the eligible claims' differences (the posting judges again).
    int unpaid = 0;
    qint64 due = 0;
    for (int r = 0; r < model_->rowCount(); ++r) {
        const QStringList row = model_->row(r);
        if (row.at(6) != tr("yes"))
            continue;
        const qint64 difference = locale.toLongLong(row.at(8));
        if (difference != 0) {
            ++unpaid;
            due += difference;
        }
    }
    const services::LedgerSummary before = services::ledgerSummary(db_, period());
    return tr("Post the unpaid claims of %1 to the subsidy ledger?").arg(period()) + QStringLiteral("\n\n") +
           tr("The ledger now: %1").arg(summaryText(before, period())) + QLatin1Char('\n') +
           tr("To post: %1 claim(s), ¥%2").arg(unpaid).arg(locale.toString(due)) + QStringLiteral("\n\n") +
           tr("Entries cannot be changed afterwards; a correction is a reversal.");
}

int ClaimsView::post(bool ask)
{
    if (ask && QMessageBox::question(this, tr("Post to the ledger"), postQuestion()) != QMessageBox::Yes)
        return 0;
    try {
        const services::LedgerSummary before = services::ledgerSummary(db_, period());
        ledger::Ledger book(db_);
        book.setSession(session_);
        const auto added = book.post(period());
        qint64 total = 0;
        for (const auto &e : added)
            total += e.amountJpy;
        const services::LedgerSummary after = services::ledgerSummary(db_, period());
        const QLocale locale;
        postResult_ = tr("%1: %2 payment(s) posted, ¥%3")
                          .arg(period(), locale.toString(static_cast<qint64>(added.size())), locale.toString(total)) +
                      QLatin1Char('\n') + tr("Ledger before: %1").arg(summaryText(before, period())) +
                      QLatin1Char('\n') + tr("Ledger after: %1").arg(summaryText(after, period()));
        postResultLabel_->setText(postResult_);
        postResultLabel_->show();
        refresh(); // the budget, the chart and the approval state too
        emit posted();
        if (ask)
            QMessageBox::information(this, tr("Posted"), postResult_);
        return static_cast<int>(added.size());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Not posted"), QString::fromUtf8(e.what()));
        return 0;
    }
}

} // namespace kakehashi::ui
