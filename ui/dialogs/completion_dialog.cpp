#include "dialogs/completion_dialog.h"

#include "calendar/fiscal.h"
#include "dialogs/first_start_dialog.h"
#include "evidence_documents.h"
#include "reports/completion.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kakehashi::ui {

CompletionDialog::CompletionDialog(storage::Database &db, Language language, QString madeBy, QWidget *parent)
    : QDialog(parent)
    , db_(db)
    , language_(language)
    , madeBy_(std::move(madeBy))
{
    setWindowTitle(tr("Completion report (実績報告)"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The fiscal year's internships with the days and subsidy the ledger paid (net of "
                                "reversals), the budget, the register of payments and an index of the signed "
                                "timesheets with their SHA-256, for the fund."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    fy_ = new QSpinBox(this);
    fy_->setRange(1990, 2199);
    fy_->setPrefix(QStringLiteral("FY"));
    era_ = new QLabel(this);
    row->addWidget(fy_);
    row->addWidget(era_, 1);
    form->addRow(tr("&Fiscal year:"), row);
    layout->addLayout(form);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("completionSummary"));
    layout->addWidget(summary_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const std::pair<QString, QString> formats[] = {
        {QStringLiteral("pdf"), tr("Save as &PDF…")}, {QStringLiteral("xlsx"), tr("Save as &XLSX…")},
        {QStringLiteral("csv"), tr("Save as &CSV…")}};
    for (const auto &[format, label] : formats) {
        auto *b = buttons->addButton(label, QDialogButtonBox::ActionRole);
        b->setObjectName(format);
        connect(b, &QPushButton::clicked, this, [this, format] { saveDialog(format); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(fy_, &QSpinBox::valueChanged, this, &CompletionDialog::refresh);
    const QDate today = QDate::currentDate();
    fy_->setValue(today.month() >= 4 ? today.year() : today.year() - 1);
    refresh();
}

void CompletionDialog::setFiscalYear(int fy)
{
    fy_->setValue(fy);
    refresh();
}

QString CompletionDialog::summary() const
{
    return summary_->text();
}

void CompletionDialog::refresh()
{
    const int fy = fy_->value();
    era_->setText(calendar::eraFiscalYear(fy));
    const reports::CompletionReport r = reports::completionReport(db_, fy);
    summary_->setText(tr("FY%1: %2 internship(s), %3 day(s), ¥%4 paid (ledger, net of reversals)")
                          .arg(fy)
                          .arg(r.internships.size())
                          .arg(r.totalDays)
                          .arg(QLocale().toString(r.totalPaidJpy)));
}

QString CompletionDialog::save(const QString &file, const QString &format)
{
    try {
        reports::CompletionReport r = reports::completionReport(db_, fy_->value());
        // The database's consortium.name, else the name the first start asked for.
        if (r.consortium.isEmpty())
            r.consortium = consortiumName();
        render::writeCompletion(file, format, r, language_ == Language::Japanese, QDateTime::currentDateTime(), madeBy_);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void CompletionDialog::saveDialog(const QString &format)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Completion report"),
                                                      QStringLiteral("jisseki-FY%1.%2").arg(fy_->value()).arg(format));
    if (file.isEmpty())
        return;
    const QString refused = save(file, format);
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Not saved"), refused);
}

} // namespace kakehashi::ui
