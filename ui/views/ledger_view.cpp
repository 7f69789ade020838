#include "views/ledger_view.h"

#include "auth/auth.h"
#include "io/exporter.h"
#include "ledger/ledger.h"
#include "ledger_document.h"
#include "models/text_table_model.h"
#include "rules/validation.h"
#include "services/ledger_summary.h"
#include "services/record_names.h"
#include "domain/kinds.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QDialogButtonBox>
#include <QDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

std::optional<qint64> amount(const QLineEdit *field)
{
    QString error;
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto y = rules::parseYen(text, error))
        return y->value();
    return std::nullopt;
}

} // namespace

LedgerView::LedgerView(storage::Database &db, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , language_(language)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *fyRow = new QHBoxLayout;
    useFy_ = new QCheckBox(tr("Fiscal year (period)"), this);
    fy_ = new QSpinBox(this);
    fy_->setRange(2013, 2099);
    fy_->setValue(QDate::currentDate().month() >= 4 ? QDate::currentDate().year() : QDate::currentDate().year() - 1);
    fyRow->addWidget(useFy_);
    fyRow->addWidget(fy_);
    useFrom_ = new QCheckBox(tr("Posted from"), this);
    from_ = new QDateEdit(QDate::currentDate().addMonths(-12), this);
    useTo_ = new QCheckBox(tr("to"), this);
    to_ = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *d : {from_, to_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    fyRow->addSpacing(16);
    fyRow->addWidget(useFrom_);
    fyRow->addWidget(from_);
    fyRow->addWidget(useTo_);
    fyRow->addWidget(to_);
    fyRow->addStretch(1);
    form->addRow(tr("Period:"), fyRow);
    auto *amountRow = new QHBoxLayout;
    minAmount_ = new QLineEdit(this);
    maxAmount_ = new QLineEdit(this);
    minAmount_->setPlaceholderText(tr("from ¥"));
    maxAmount_->setPlaceholderText(tr("to ¥"));
    counterparty_ = new QLineEdit(this);
    counterparty_->setPlaceholderText(tr("part of the name"));
    counterparty_->setClearButtonEnabled(true);
    amountRow->addWidget(minAmount_);
    amountRow->addWidget(new QLabel(QStringLiteral("〜"), this));
    amountRow->addWidget(maxAmount_);
    amountRow->addSpacing(16);
    amountRow->addWidget(new QLabel(tr("Counterparty:"), this));
    amountRow->addWidget(counterparty_, 1);
    form->addRow(tr("Amount:"), amountRow);
    corrections_ = new QCheckBox(tr("Only corrections: each reversal beside the payment it reverses"), this);
    form->addRow(QString(), corrections_);
    layout->addLayout(form);

    model_ = new TextTableModel({{tr("No."), true},
                                 {tr("Posted at")},
                                 {tr("Period")},
                                 {tr("Kind")},
                                 {tr("Internship")},
                                 {tr("Student no.")},
                                 {tr("Counterparty")},
                                 {tr("Days"), true},
                                 {tr("Rate (¥)"), true},
                                 {tr("Amount (¥)"), true},
                                 {tr("Reverses"), true},
                                 {tr("Reversed by"), true},
                                 {tr("Reason")},
                                 {tr("Hash")}},
                                this);
    model_->setDisplayFormat(1, localDateTime);
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view_, 1);

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);

    auto *buttons = new QHBoxLayout;
    auto *reverse = reverse_ = new QPushButton(tr("&Reverse payment…"), this);
    auto *verifyButton = verify_ = new QPushButton(tr("&Verify chain"), this);
    auto *csv = exports_[0] = new QPushButton(tr("Export &CSV…"), this);
    auto *xlsx = exports_[1] = new QPushButton(tr("Export &XLSX…"), this);
    auto *pdf = exports_[2] = new QPushButton(tr("Export &PDF…"), this);
    buttons->addWidget(reverse);
    buttons->addWidget(verifyButton);
    buttons->addStretch(1);
    buttons->addWidget(csv);
    buttons->addWidget(xlsx);
    buttons->addWidget(pdf);
    layout->addLayout(buttons);

    // Search as the filter changes, once typing pauses.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(debounce, &QTimer::timeout, this, &LedgerView::refresh);
    for (QLineEdit *e : {minAmount_, maxAmount_, counterparty_})
        connect(e, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    for (QCheckBox *c : {useFy_, useFrom_, useTo_, corrections_})
        connect(c, &QCheckBox::toggled, debounce, qOverload<>(&QTimer::start));
    connect(fy_, &QSpinBox::valueChanged, debounce, qOverload<>(&QTimer::start));
    connect(from_, &QDateEdit::dateChanged, debounce, qOverload<>(&QTimer::start));
    connect(to_, &QDateEdit::dateChanged, debounce, qOverload<>(&QTimer::start));
    connect(reverse, &QPushButton::clicked, this, &LedgerView::reverseSelected);
    connect(verifyButton, &QPushButton::clicked, this, &LedgerView::verify);
    connect(csv, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("csv")); });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("xlsx")); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("pdf")); });
    refresh();
}

void LedgerView::setSession(const auth::Session &session)
{
    session_ = session;
    const bool administer = session.may(auth::Action::Administer);
    reverse_->setEnabled(administer);
    reverse_->setToolTip(administer ? QString() : whyNot(auth::Action::Administer));
    const bool audit = session.may(auth::Action::AuditLedger);
    for (QPushButton *b : {verify_, exports_[0], exports_[1], exports_[2]}) {
        b->setEnabled(audit);
        b->setToolTip(audit ? QString() : whyNot(auth::Action::AuditLedger));
    }
}

services::LedgerFilter LedgerView::filter() const
{
    services::LedgerFilter f;
    if (useFy_->isChecked())
        f.fiscalYear = fy_->value();
    const auto date = [](const QDate &d) {
        return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                    static_cast<unsigned short>(d.day()));
    };
    if (useFrom_->isChecked())
        f.postedFrom = date(from_->date());
    if (useTo_->isChecked())
        f.postedTo = date(to_->date());
    f.minAmount = amount(minAmount_);
    f.maxAmount = amount(maxAmount_);
    f.counterparty = counterparty_->text();
    return f;
}

void LedgerView::refresh()
{
    const QLocale locale;
    std::vector<services::LedgerRow> entries = services::ledgerEntries(db_, filter());
    const std::map<qint64, qint64> reversedBy = services::ledgerReversals(db_);
    if (corrections_->isChecked()) {
        // The correction history: reversed payments, each followed by its reversal.
        std::vector<services::LedgerRow> history;
        std::map<qint64, const services::LedgerRow *> byNo;
        for (const auto &e : entries)
            byNo[e.entryNo] = &e;
        for (const auto &e : entries) {
            auto r = reversedBy.find(e.entryNo);
            if (r == reversedBy.end())
                continue;
            history.push_back(e);
            if (auto rev = byNo.find(r->second); rev != byNo.end())
                history.push_back(*rev->second);
            else if (auto fetched = services::ledgerEntry(db_, r->second))
                history.push_back(*fetched);
        }
        entries = std::move(history);
    }
    std::vector<QStringList> rows;
    for (const services::LedgerRow &e : entries) {
        const auto r = reversedBy.find(e.entryNo);
        rows.push_back({QString::number(e.entryNo), e.postedAt, e.period,
                        e.kind == u"reversal" ? tr("reversal") : tr("payment"), e.internshipNo, e.studentNo,
                        e.counterparty, QString::number(e.days), locale.toString(e.rateJpy),
                        locale.toString(e.amountJpy), e.reverses ? QString::number(*e.reverses) : QString(),
                        r == reversedBy.end() ? QString() : QString::number(r->second), e.reason, e.hash});
    }
    model_->setRows(std::move(rows));
    view_->resizeColumnsToContents();
    const auto [count, last] = ledger::Ledger(db_).tip();
    qint64 total = 0;
    for (const auto &e : entries)
        total += e.amountJpy;
    status_->setText(tr("%1 of %2 entries found, net ¥%3. The ledger's last hash: %4")
                         .arg(entries.size())
                         .arg(count)
                         .arg(locale.toString(total), last));
}

void LedgerView::reverseSelected()
{
    const QModelIndexList rows = view_->selectionModel() ? view_->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) {
        QMessageBox::information(this, tr("Reverse payment"), tr("Choose the payment to reverse first."));
        return;
    }
    const QStringList row = model_->row(rows.front().row());
    const qint64 entry = row.front().toLongLong();
    if (row.at(3) != tr("payment") || !row.at(11).isEmpty()) {
        QMessageBox::information(this, tr("Reverse payment"),
                                 row.at(11).isEmpty() ? tr("Entry %1 is a reversal itself; choose a payment.").arg(entry)
                                                      : tr("Entry %1 is reversed already, by entry %2.").arg(entry).arg(row.at(11)));
        return;
    }
    // The entry named in full, so that the right one is reversed; no reason, no reversal.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("reversalDialog"));
    dialog.setWindowTitle(tr("Reverse payment %1").arg(entry));
    auto *layout = new QVBoxLayout(&dialog);
    const QString student = services::RecordNames(db_).displayName(domain::kind(domain::KindId::Students), row.at(5));
    auto *what = new QLabel(tr("<p>Reverse entry <b>%1</b>: the payment of <b>¥%2</b> for %3 "
                               "(%4 days), internship %5, student %6 %7, to %8.</p>"
                               "<p>A reversal entry of −¥%2 is added to the ledger; the payment stays in it.</p>")
                                .arg(entry)
                                .arg(row.at(9).toHtmlEscaped(), row.at(2).toHtmlEscaped(), row.at(7).toHtmlEscaped(),
                                     row.at(4).toHtmlEscaped(), row.at(5).toHtmlEscaped(), student.toHtmlEscaped(),
                                     row.at(6).toHtmlEscaped()),
                            &dialog);
    what->setObjectName(QStringLiteral("reversalSummary"));
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *reasonLabel = new QLabel(tr("&Reason (required):"), &dialog);
    auto *reasonField = new QLineEdit(&dialog);
    reasonField->setObjectName(QStringLiteral("reason"));
    reasonLabel->setBuddy(reasonField);
    layout->addWidget(reasonLabel);
    layout->addWidget(reasonField);
    auto *hint = new QLabel(tr("Write why the payment is reversed; it is kept in the ledger."), &dialog);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    layout->addWidget(hint);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reverse"));
    ok->setEnabled(false);
    connect(reasonField, &QLineEdit::textChanged, ok,
            [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::accepted, &dialog, [&dialog, reasonField] {
        if (!reasonField->text().trimmed().isEmpty())
            dialog.accept();
    });
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = reasonField->text().trimmed();
    try {
        ledger::Ledger book(db_);
        book.setSession(session_);
        book.reverse(entry, reason);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Not reversed"), QString::fromUtf8(e.what()));
        return;
    }
    refresh();
}

void LedgerView::verify()
{
    const ledger::VerifyResult v = ledger::Ledger(db_).verify();
    if (v.ok)
        QMessageBox::information(this, tr("Ledger verified"),
                                 tr("The chain of %1 entries is intact.\nLast hash: %2").arg(v.entries).arg(v.lastHash));
    else
        QMessageBox::critical(this, tr("Ledger altered"),
                              tr("The ledger was altered outside the program at entry %1:\n%2")
                                  .arg(v.firstBadEntry)
                                  .arg(v.problem));
}

bool LedgerView::exportTo(const QString &file, const QString &format)
{
    const services::LedgerFilter f = filter();
    const auto entries = services::ledgerEntries(db_, f);
    try {
        if (format == u"pdf") {
            const auto [count, last] = ledger::Ledger(db_).tip();
            render::writeLedgerPdf(file, {entries, render::describeFilter(f, language_ == Language::Japanese), count,
                                          last, QDateTime::currentDateTime(), qEnvironmentVariable("USER"),
                                          language_ == Language::Japanese});
            return true;
        }
        std::vector<std::vector<QString>> rows;
        for (const services::LedgerRow &e : entries) {
            const QStringList v = ledger::csvValues(e);
            rows.emplace_back(v.begin(), v.end());
        }
        std::vector<io::XlsxColumn> columns;
        for (const QString &c : ledger::csvColumns())
            columns.push_back({c});
        io::writeTableFile(file, format == u"xlsx", QStringLiteral("ledger"), columns, rows);
        return true;
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Not exported"), QString::fromUtf8(e.what()));
        return false;
    }
}

void LedgerView::exportDialog(const QString &format)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the ledger"),
                                                      QStringLiteral("ledger.%1").arg(format),
                                                      QStringLiteral("*.%1").arg(format));
    if (!file.isEmpty() && exportTo(file, format))
        status_->setText(tr("Exported to %1").arg(file));
}

} // namespace kakehashi::ui
