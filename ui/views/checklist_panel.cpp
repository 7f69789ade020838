#include "views/checklist_panel.h"

#include "language.h"
#include "models/text_table_model.h"
#include "services/checklist.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

QString itemLabel(rules::ChecklistItem item)
{
    switch (item) {
    case rules::ChecklistItem::ResidenceCard:
        return ChecklistPanel::tr("Residence card copy seen");
    case rules::ChecklistItem::WorkPermission:
        return ChecklistPanel::tr("Work permission (資格外活動許可)");
    case rules::ChecklistItem::Agreement:
        return ChecklistPanel::tr("Internship agreement signed by the company");
    case rules::ChecklistItem::Insurance:
        return ChecklistPanel::tr("Insurance");
    }
    return {};
}

QString permissionLabel(const QString &code)
{
    if (code == u"none")
        return ChecklistPanel::tr("none");
    if (code == u"general")
        return ChecklistPanel::tr("general (up to 28 hours a week)");
    if (code == u"individual")
        return ChecklistPanel::tr("individual");
    return code;
}

Date toDate(const QDate &d)
{
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

} // namespace

ChecklistPanel::ChecklistPanel(storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , db_(db)
{
    setObjectName(QStringLiteral("checklistPanel"));
    auto *layout = new QVBoxLayout(this);
    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("checklistWarning"));
    warning_->setWordWrap(true);
    warning_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(warning_);
    cards_ = new QLabel(this);
    cards_->setObjectName(QStringLiteral("checklistCardWarning"));
    cards_->setWordWrap(true);
    cards_->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #7a4100; padding: 6px; }"));
    layout->addWidget(cards_);
    model_ = new TextTableModel({{tr("Item")},
                                 {tr("State")},
                                 {tr("Verified on")},
                                 {tr("Verified by")},
                                 {tr("Permission")},
                                 {tr("Document")},
                                 {tr("SHA-256")}},
                                this);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("checklistTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_, 1);
    auto *buttons = new QHBoxLayout;
    record_ = new QPushButton(tr("&Record a check…"), this);
    record_->setObjectName(QStringLiteral("recordCheck"));
    view_ = new QPushButton(tr("&View document"), this);
    view_->setObjectName(QStringLiteral("viewCheckDocument"));
    view_->setToolTip(tr("Opens the selected item's scanned document (the viewing is audited)"));
    override_ = new QPushButton(tr("&Override and set active…"), this);
    override_->setObjectName(QStringLiteral("overrideChecklist"));
    buttons->addWidget(record_);
    buttons->addWidget(view_);
    buttons->addStretch(1);
    buttons->addWidget(override_);
    layout->addLayout(buttons);
    connect(record_, &QPushButton::clicked, this, &ChecklistPanel::recordDialog);
    connect(view_, &QPushButton::clicked, this, &ChecklistPanel::viewDialog);
    connect(override_, &QPushButton::clicked, this, &ChecklistPanel::overrideDialog);
    connect(table_, &QTableView::activated, this, &ChecklistPanel::viewDialog);
}

void ChecklistPanel::setSession(const auth::Session &session)
{
    session_ = session;
    const bool may = session.may(auth::Action::Edit);
    record_->setEnabled(may);
    record_->setToolTip(may ? tr("Record that you verified an item today or earlier, with its scanned document")
                            : whyNot(auth::Action::Edit));
    refresh();
}

void ChecklistPanel::setInternship(const QString &internshipNo)
{
    internshipNo_ = internshipNo;
    refresh();
}

void ChecklistPanel::refresh()
{
    if (internshipNo_.isEmpty())
        return;
    services::ChecklistService service(db_);
    services::InternshipChecklist c;
    try {
        c = service.checklist(internshipNo_);
    } catch (const Error &e) {
        warning_->setText(e.message());
        return;
    }
    std::vector<QStringList> rows;
    for (const services::ChecklistItemState &s : c.items) {
        const storage::StoredCheck k = s.check.value_or(storage::StoredCheck{});
        QString permission = permissionLabel(k.entry.permission);
        if (!k.entry.permissionNo.isEmpty())
            permission += tr(" — no. %1 of %2").arg(k.entry.permissionNo, k.entry.permissionDate);
        rows.push_back({itemLabel(s.item), s.problem ? tr("missing: %1").arg(*s.problem) : tr("done"),
                        k.entry.verifiedOn, k.entry.verifiedBy, permission, k.documentName, k.documentSha256});
    }
    model_->setRows(std::move(rows));
    table_->resizeColumnsToContents();
    QStringList missing;
    for (const services::ChecklistItemState &s : c.items)
        if (s.problem)
            missing << itemLabel(s.item);
    const bool overridden = !c.overrides.empty();
    missingCount_ = static_cast<int>(missing.size());
    emit missingChanged(missingCount_);
    if (missing.isEmpty()) {
        warning_->setText(tr("Checklist complete."));
        warning_->setStyleSheet(QStringLiteral("QLabel { background: #e6f4ea; color: #1e5e2e; padding: 6px; }"));
    } else if (overridden) {
        const storage::StoredOverride &o = c.overrides.back();
        warning_->setText(tr("Missing: %1. Overridden by %2 at %3: %4")
                              .arg(missing.join(QStringLiteral(", ")), o.by, o.at, o.reason));
        warning_->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #7a4100; padding: 6px; }"));
    } else if (c.required) {
        warning_->setText(tr("Missing: %1. This internship cannot be set active until they are recorded, or an "
                             "administrator overrides with a reason.")
                              .arg(missing.join(QStringLiteral(", "))));
        warning_->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; }"));
    } else {
        warning_->setText(tr("Warning — missing: %1.").arg(missing.join(QStringLiteral(", "))));
        warning_->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #7a4100; padding: 6px; }"));
    }
    const QStringList cards = service.cardWarnings(internshipNo_, toDate(QDate::currentDate()));
    cards_->setText(cards.isEmpty() ? QString() : tr("Residence card: %1").arg(cards.join(QStringLiteral("; "))));
    cards_->setVisible(!cards.isEmpty());
    const bool admin = session_.may(auth::Action::Administer);
    const bool canActivate = c.status == u"planned" || (c.status == u"active" && !missing.isEmpty() && !overridden);
    override_->setVisible(!missing.isEmpty() && c.status != u"cancelled" && c.status != u"completed" && !overridden);
    override_->setEnabled(admin && canActivate);
    override_->setToolTip(admin ? tr("Set the internship active although items are missing; the reason is kept in "
                                     "the audit trail")
                                : whyNot(auth::Action::Administer));
}

QString ChecklistPanel::record(const services::CheckInput &input)
{
    try {
        services::ChecklistService(db_).record(session_, internshipNo_, input);
    } catch (const Error &e) {
        return e.message();
    }
    refresh();
    return {};
}

QString ChecklistPanel::overrideWith(const QString &reason)
{
    try {
        services::ChecklistService(db_).overrideAndActivate(session_, internshipNo_, reason);
    } catch (const Error &e) {
        return e.message();
    }
    refresh();
    emit statusChanged();
    return {};
}

QString ChecklistPanel::view(int row, const QString &file)
{
    if (row < 0 || row >= static_cast<int>(rules::kChecklistItems.size()))
        return tr("Choose an item first.");
    try {
        const QByteArray bytes = services::ChecklistService(db_).openDocument(
            session_, internshipNo_, rules::kChecklistItems[static_cast<size_t>(row)], QStringLiteral("checklist_view"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return tr("%1: cannot write: %2").arg(file, f.errorString());
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

void ChecklistPanel::recordDialog()
{
    ChecklistCheckDialog dialog(internshipNo_, this);
    if (const QModelIndex i = table_->currentIndex(); i.isValid())
        dialog.itemCombo()->setCurrentIndex(i.row());
    while (dialog.exec() == QDialog::Accepted) {
        services::CheckInput in = dialog.input();
        if (const QString path = dialog.documentPath(); !path.isEmpty()) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.size() > services::kMaxChecklistDocumentBytes) {
                QMessageBox::warning(this, tr("Not recorded"),
                                     tr("%1: cannot read it, or it is larger than 20 MB").arg(path));
                continue; // the dialog again, with what was typed
            }
            in.documentName = path;
            in.documentContent = f.readAll();
        }
        const QString refused = record(in);
        if (refused.isEmpty())
            return;
        QMessageBox::warning(this, tr("Not recorded"), refused);
    }
}

void ChecklistPanel::overrideDialog()
{
    QStringList missing;
    const services::InternshipChecklist c = services::ChecklistService(db_).checklist(internshipNo_);
    for (const services::ChecklistItemState &s : c.items)
        if (s.problem)
            missing << itemLabel(s.item);
    ChecklistOverrideDialog dialog(internshipNo_, missing.join(QStringLiteral(", ")), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString refused = overrideWith(dialog.reason()); !refused.isEmpty())
        QMessageBox::warning(this, tr("Not overridden"), refused);
}

void ChecklistPanel::viewDialog()
{
    const int row = table_->currentIndex().isValid() ? table_->currentIndex().row() : -1;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString file = QDir(dir).filePath(QStringLiteral("kakehashi-%1-%2").arg(internshipNo_).arg(row));
    if (const QString refused = view(row, file); !refused.isEmpty()) {
        QMessageBox::information(this, tr("No document"), refused);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

ChecklistCheckDialog::ChecklistCheckDialog(const QString &internshipNo, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Record a check of internship %1").arg(internshipNo));
    auto *form = new QFormLayout;
    item_ = new QComboBox(this);
    for (rules::ChecklistItem i : rules::kChecklistItems)
        item_->addItem(itemLabel(i), rules::checklistItemCode(i));
    form->addRow(tr("&Item"), item_);
    date_ = new QDateEdit(QDate::currentDate(), this);
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date_->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Verified &on"), date_);
    permission_ = new QComboBox(this);
    for (const char *p : {"none", "general", "individual"})
        permission_->addItem(permissionLabel(QLatin1String(p)), QLatin1String(p));
    form->addRow(tr("&Permission"), permission_);
    permissionDate_ = new QDateEdit(QDate::currentDate(), this);
    permissionDate_->setCalendarPopup(true);
    permissionDate_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    permissionDate_->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Permission &date"), permissionDate_);
    permissionNo_ = new QLineEdit(this);
    permissionNo_->setMaxLength(64);
    form->addRow(tr("Permission &number"), permissionNo_);
    auto *docRow = new QHBoxLayout;
    document_ = new QLineEdit(this);
    document_->setPlaceholderText(tr("the scanned PDF or image"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    docRow->addWidget(document_, 1);
    docRow->addWidget(browse);
    form->addRow(tr("&Document"), docRow);
    note_ = new QLineEdit(this);
    form->addRow(tr("N&ote"), note_);
    problem_ = new QLabel(this);
    problem_->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    problem_->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Record"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Scanned document"), QString(),
                                                       tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp)"));
        if (!f.isEmpty())
            document_->setText(f);
    });
    connect(item_, &QComboBox::currentIndexChanged, this, &ChecklistCheckDialog::validate);
    connect(permission_, &QComboBox::currentIndexChanged, this, &ChecklistCheckDialog::validate);
    connect(permissionNo_, &QLineEdit::textChanged, this, &ChecklistCheckDialog::validate);
    connect(document_, &QLineEdit::textChanged, this, &ChecklistCheckDialog::validate);
    validate();
}

QString ChecklistCheckDialog::problem() const
{
    return problem_->text();
}

void ChecklistCheckDialog::validate()
{
    const bool work = item_->currentData().toString() == u"work_permission";
    const bool individual = work && permission_->currentData().toString() == u"individual";
    permission_->setEnabled(work);
    permissionDate_->setEnabled(individual);
    permissionNo_->setEnabled(individual);
    QString why;
    if (individual && permissionNo_->text().trimmed().isEmpty())
        why = tr("An individual permission needs its number.");
    else if (const QString path = document_->text().trimmed(); !path.isEmpty() && !QFileInfo(path).isFile())
        why = tr("%1 is not a file.").arg(path);
    else if (path.isEmpty() && !(work && permission_->currentData().toString() == u"none"))
        why = tr("Without a document the item stays missing (a document already attached is kept).");
    problem_->setText(why);
    // A missing document is said but allowed: re-verifying keeps the one in force.
    ok_->setEnabled(why.isEmpty() || why.startsWith(tr("Without a document")));
}

services::CheckInput ChecklistCheckDialog::input() const
{
    services::CheckInput in;
    in.item = *rules::checklistItemFromCode(item_->currentData().toString());
    in.verifiedOn = toDate(date_->date());
    if (in.item == rules::ChecklistItem::WorkPermission) {
        in.permission = permission_->currentData().toString();
        if (in.permission == u"individual") {
            in.permissionDate = permissionDate_->date().toString(Qt::ISODate);
            in.permissionNo = permissionNo_->text().trimmed();
        }
    }
    in.note = note_->text().trimmed();
    return in;
}

QString ChecklistCheckDialog::documentPath() const
{
    return document_->text().trimmed();
}

ChecklistOverrideDialog::ChecklistOverrideDialog(const QString &internshipNo, const QString &missing, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Override the checklist of internship %1").arg(internshipNo));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("Internship %1 will be set active although these items are missing:\n%2\n\nThe reason "
                               "is kept in the audit trail with your name.")
                                .arg(internshipNo, missing),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *label = new QLabel(tr("&Reason (required):"), this);
    reason_ = new QPlainTextEdit(this);
    reason_->setObjectName(QStringLiteral("overrideReason"));
    label->setBuddy(reason_);
    layout->addWidget(label);
    layout->addWidget(reason_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Override and set active"));
    ok_->setEnabled(false);
    layout->addWidget(buttons);
    connect(reason_, &QPlainTextEdit::textChanged, this,
            [this] { ok_->setEnabled(!reason_->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ChecklistOverrideDialog::reason() const
{
    return reason_->toPlainText().trimmed();
}

} // namespace kakehashi::ui
