#include "views/evidence_panel.h"

#include "dialogs/first_start_dialog.h"
#include "evidence_documents.h"
#include "language.h"
#include "ledger/evidence.h"
#include "ledger/ledger.h"
#include "models/text_table_model.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace kakehashi::ui {

EvidencePanel::EvidencePanel(storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , db_(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("evidenceSummary"));
    top->addWidget(summary_, 1);
    sheet_ = new QPushButton(tr("Print &sheet…"), this);
    sheet_->setObjectName(QStringLiteral("printSheet"));
    sheet_->setToolTip(tr("The month's attendance sheet (出勤簿) as a PDF, for the company to sign"));
    attach_ = new QPushButton(tr("Atta&ch signed sheet…"), this);
    attach_->setObjectName(QStringLiteral("attachSheet"));
    view_ = new QPushButton(tr("&View signed sheet"), this);
    view_->setObjectName(QStringLiteral("viewSheet"));
    top->addWidget(sheet_);
    top->addWidget(attach_);
    top->addWidget(view_);
    layout->addLayout(top);
    model_ = new TextTableModel({{tr("Internship")},
                                 {tr("Counterparty")},
                                 {tr("Signed timesheet")},
                                 {tr("File")},
                                 {tr("Added by")},
                                 {tr("Added at")},
                                 {tr("SHA-256")}},
                                this);
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMaximumHeight(160);
    layout->addWidget(table_);
    connect(attach_, &QPushButton::clicked, this, &EvidencePanel::attachDialog);
    connect(view_, &QPushButton::clicked, this, &EvidencePanel::viewDialog);
    connect(sheet_, &QPushButton::clicked, this, &EvidencePanel::sheetDialog);
}

void EvidencePanel::setSession(const auth::Session &session)
{
    session_ = session;
    const bool may = session.may(auth::Action::Edit);
    attach_->setEnabled(may);
    attach_->setToolTip(may ? tr("Attach the scanned signed sheet (PDF or image, up to 20 MB) to the selected claim")
                            : whyNot(auth::Action::Edit));
}

void EvidencePanel::setPeriod(const QString &period)
{
    period_ = period;
    refresh();
}

void EvidencePanel::refresh()
{
    std::vector<QStringList> rows;
    missing_ = 0;
    for (const ledger::MonthEvidence &m : ledger::Evidence(db_).month(period_)) {
        if (m.sheet)
            rows.push_back({m.internshipNo, m.counterparty,
                            m.sheet->version > 1 ? tr("attached (version %1)").arg(m.sheet->version) : tr("attached"),
                            m.sheet->filename, m.sheet->addedBy, m.sheet->addedAt, m.sheet->sha256});
        else {
            ++missing_;
            rows.push_back({m.internshipNo, m.counterparty, tr("missing"), {}, {}, {}, {}});
        }
    }
    model_->setRows(std::move(rows));
    table_->resizeColumnsToContents();
    summary_->setText(summary());
}

QString EvidencePanel::summary() const
{
    const int n = model_->rowCount();
    if (n == 0)
        return tr("Signed timesheets: no claim in %1").arg(period_);
    return tr("Signed timesheets of %1: %2 of %3 claim(s) attached, %4 missing")
        .arg(period_)
        .arg(n - missing_)
        .arg(n)
        .arg(missing_);
}

QString EvidencePanel::currentInternship() const
{
    const QModelIndexList selected = table_->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        return model_->row(selected.front().row()).value(0);
    return model_->rowCount() > 0 ? model_->row(0).value(0) : QString();
}

void EvidencePanel::selectInternship(const QString &internshipNo)
{
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->row(r).value(0) == internshipNo)
            table_->selectRow(r);
}

QString EvidencePanel::attach(const QString &internshipNo, const QString &file, bool replace)
{
    try {
        ledger::Evidence(db_).addTimesheetFile(session_, internshipNo, period_, file, replace);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    refresh();
    emit changed();
    return {};
}

QString EvidencePanel::writeSheet(const QString &internshipNo, const QString &file)
{
    try {
        const auto ym = ledger::parsePeriod(period_);
        if (!ym)
            return tr("“%1” is not a month").arg(period_);
        reports::Timesheet sheet = reports::timesheet(db_, internshipNo, ym->first, ym->second);
        // The database's consortium.name, else the name the first start asked for.
        if (sheet.consortium.isEmpty())
            sheet.consortium = consortiumName();
        render::writeTimesheetPdf(file, sheet, QDateTime::currentDateTime());
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QString EvidencePanel::view(const QString &internshipNo, const QString &file)
{
    try {
        ledger::Evidence(db_).exportTimesheet(session_, internshipNo, period_, file);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void EvidencePanel::attachDialog()
{
    const QString internship = currentInternship();
    if (internship.isEmpty())
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Signed timesheet of %1 for %2").arg(internship, period_), QString(),
        tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)"));
    if (file.isEmpty())
        return;
    bool replace = false;
    if (const auto old = ledger::Evidence(db_).timesheet(internship, period_)) {
        if (QMessageBox::question(this, tr("Replace the signed timesheet?"),
                                  tr("%1 has a signed timesheet for %2 already (%3, added by %4 at %5). Attach the "
                                     "new one as version %6? The old one is kept.")
                                      .arg(internship, period_, old->filename, old->addedBy, old->addedAt)
                                      .arg(old->version + 1)) != QMessageBox::Yes)
            return;
        replace = true;
    }
    const QString refused = attach(internship, file, replace);
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Not attached"), refused);
}

void EvidencePanel::viewDialog()
{
    const QString internship = currentInternship();
    const auto sheet = internship.isEmpty() ? std::nullopt : ledger::Evidence(db_).timesheet(internship, period_);
    if (!sheet) {
        QMessageBox::information(this, tr("No signed timesheet"),
                                 tr("%1 has no signed timesheet for %2.").arg(internship, period_));
        return;
    }
    // Written to the user's private temporary folder and opened with the desktop's viewer.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/kakehashi-evidence");
    QDir().mkpath(folder);
    const QString file = QStringLiteral("%1/%2-%3.%4").arg(folder, internship, period_, ledger::extensionOf(sheet->mediaType));
    const QString refused = view(internship, file);
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("Not shown"), refused);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

void EvidencePanel::sheetDialog()
{
    const QString internship = currentInternship();
    if (internship.isEmpty())
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Attendance sheet to sign"),
                                                      QStringLiteral("shukkinbo-%1-%2.pdf").arg(internship, period_),
                                                      tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    const QString refused = writeSheet(internship, file);
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("No sheet written"), refused);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

} // namespace kakehashi::ui
