#include "dialogs/record_editor.h"

#include "domain/codes.h"
#include "domain/countries.h"
#include "labels.h"
#include "ledger/evidence.h"
#include "views/checklist_panel.h"
#include "views/hire_notification_panel.h"
#include "views/relations_panel.h"
#include "views/right_to_work_panel.h"
#include "views/duplicate_notice.h"
#include "ledger/ledger.h"
#include "services/attendance.h"
#include "services/compliance.h"
#include "services/record_names.h"
#include "models/record_table_model.h"
#include "models/text_table_model.h"
#include "dialogs/first_start_dialog.h"
#include "notification_document.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QStandardItemModel>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace kakehashi::ui {

using domain::FieldType;

// One field's widget, read and written as the text of a CSV cell.
struct RecordEditor::FieldEditor
{
    const domain::Field *field = nullptr;
    QLineEdit *line = nullptr;
    QComboBox *combo = nullptr;
    QLabel *label = nullptr;
    QLabel *message = nullptr;
    QLabel *note = nullptr; // the referenced record's name
    QLabel *theirs = nullptr; // after a conflicting save: the other person's value
    QString theirText;
    QString committed;      // the text as of the last undo step

    QWidget *widget() const { return line ? static_cast<QWidget *>(line) : combo; }
    QString text() const
    {
        if (line)
            return line->text();
        return combo->currentData().toString();
    }
    // A text as the widget shows it (a code list's label).
    QString shown(const QString &t) const
    {
        if (line || t.isEmpty())
            return t;
        const int i = combo->findData(t);
        return i < 0 ? t : combo->itemText(i);
    }
    void setText(const QString &t) const
    {
        if (line) {
            line->setText(t);
            return;
        }
        int i = combo->findData(t);
        if (i < 0) {
            // A value outside the list (stored before the list changed): shown as is.
            combo->addItem(t, t);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    }
};

// An edit of one field, undone and redone by setting the widget's text.
class RecordEditor::FieldCommand final : public QUndoCommand
{
public:
    FieldCommand(RecordEditor *editor, int field, QString before, QString after)
        : QUndoCommand(RecordEditor::tr("Change %1").arg(fieldLabel(editor->kind_, field)))
        , editor_(editor), field_(field), before_(std::move(before)), after_(std::move(after))
    {
    }
    void undo() override { editor_->applyField(field_, before_); }
    void redo() override { editor_->applyField(field_, after_); }

private:
    RecordEditor *editor_;
    int field_;
    QString before_;
    QString after_;
};

namespace {

// The relations shown on a record's page: records of `kind` whose `column` names it.
struct Relation
{
    domain::KindId owner;
    domain::KindId kind;
    const char *column;
};

const Relation kRelations[] = {
    {domain::KindId::Students, domain::KindId::Internships, "student_no"},
    {domain::KindId::Students, domain::KindId::Placements, "student_no"},
    {domain::KindId::Students, domain::KindId::Participants, "student_no"},
    {domain::KindId::Companies, domain::KindId::Internships, "company_code"},
    {domain::KindId::Companies, domain::KindId::Events, "company_code"},
    {domain::KindId::Companies, domain::KindId::Placements, "company_code"},
    {domain::KindId::Companies, domain::KindId::Participants, "company_code"},
    {domain::KindId::Schools, domain::KindId::Students, "school_code"},
    {domain::KindId::Internships, domain::KindId::Attendance, "internship_no"},
    {domain::KindId::Events, domain::KindId::Participants, "event_no"},
};

} // namespace

RecordEditor::RecordEditor(storage::Database &db, const domain::Kind &kind, Language language,
                           const auth::Session &session, QWidget *parent)
    : QDialog(parent)
    , db_(db)
    , kind_(kind)
    , language_(language)
    , service_(db, session)
    , undo_(new QUndoStack(this))
    , validateTimer_(new QTimer(this))
{
    setObjectName(QStringLiteral("recordEditor_%1").arg(QLatin1String(kind.name)));
    validateTimer_->setSingleShot(true);
    validateTimer_->setInterval(150);
    connect(validateTimer_, &QTimer::timeout, this, &RecordEditor::validateNow);

    auto *layout = new QVBoxLayout(this);
    banner_ = new QLabel(this);
    banner_->setWordWrap(true);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; }"));
    banner_->hide();
    reload_ = new QPushButton(tr("Reload the stored record"), this);
    reload_->hide();
    connect(reload_, &QPushButton::clicked, this, &RecordEditor::reloadStored);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(banner_, 1);
    bannerRow->addWidget(reload_);
    layout->addLayout(bannerRow);

    tabs_ = new QTabWidget(this);
    layout->addWidget(tabs_, 1);
    buildForm();
    duplicates_ = new DuplicateNotice(db_, kind_, this); // likely duplicates, a warning only (issue 15)
    layout->addWidget(duplicates_);

    auto *buttons = new QDialogButtonBox(this);
    save_ = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save_->setDefault(true);
    save_->setToolTip(tr("Save (Ctrl+S)"));
    archive_ = buttons->addButton(tr("&Archive"), QDialogButtonBox::ActionRole);
    auto *undoButton = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    auto *redoButton = buttons->addButton(tr("&Redo"), QDialogButtonBox::ActionRole);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    undoButton->setToolTip(tr("Undo the last change of a field (Ctrl+Z)"));
    redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    connect(undo_, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(undo_, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(undoButton, &QPushButton::clicked, undo_, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, undo_, &QUndoStack::redo);
    // QDialogButtonBox would close the dialog on an accept role; Save decides itself.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(save_, &QPushButton::clicked, this, [this] {
        if (save() && isModal())
            accept();
    });
    connect(archive_, &QPushButton::clicked, this, &RecordEditor::toggleArchived);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    if (kind.id == domain::KindId::Internships) {
        attendance_ = buttons->addButton(tr("Atte&ndance…"), QDialogButtonBox::ActionRole);
        connect(attendance_, &QPushButton::clicked, this,
                [this] { emit attendanceRequested(fieldText(QStringLiteral("internship_no"))); });
    }
    if (kind.id == domain::KindId::Placements) {
        notificationSheet_ = buttons->addButton(tr("Notification &sheet (PDF)…"), QDialogButtonBox::ActionRole);
        notificationSheet_->setObjectName(QStringLiteral("notificationSheet"));
        notificationSheet_->setToolTip(tr("The items of the employer's foreign-worker notification "
                                          "(外国人雇用状況届出) for this hire, to hand to the company"));
        connect(notificationSheet_, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getSaveFileName(
                this, tr("Notification sheet"),
                QStringLiteral("notification-%1.pdf").arg(fieldText(QStringLiteral("placement_no"))),
                QStringLiteral("PDF (*.pdf)"));
            if (file.isEmpty())
                return;
            if (const QString refused = writeNotificationSheet(file); !refused.isEmpty())
                QMessageBox::warning(this, tr("Not written"), refused);
        });
    }
    layout->addWidget(buttons);

    new QShortcut(QKeySequence::Save, this, this, [this] {
        if (save_->isEnabled())
            save_->click();
    });
    new QShortcut(QKeySequence::Undo, this, undo_, &QUndoStack::undo);
    new QShortcut(QKeySequence::Redo, this, undo_, &QUndoStack::redo);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this, undo_, &QUndoStack::redo);

    if (!session.may(auth::Action::Edit)) {
        save_->setEnabled(false);
        archive_->setEnabled(false);
        save_->setToolTip(whyNot(auth::Action::Edit));
        archive_->setToolTip(whyNot(auth::Action::Edit));
        // Read only, and said so: nothing can be typed that could not be saved.
        for (auto &f : fields_) {
            if (f->line)
                f->line->setReadOnly(true);
            else
                f->combo->setEnabled(false);
        }
        readOnly_ = new QLabel(tr("Read only — %1").arg(whyNot(auth::Action::Edit)), this);
        readOnly_->setObjectName(QStringLiteral("readOnlyMark"));
        readOnly_->setStyleSheet(QStringLiteral("QLabel { background: #e8eef5; color: #1f3b5c; padding: 6px; font-weight: bold; }"));
        layout->insertWidget(0, readOnly_);
        undoButton->hide();
        redoButton->hide();
    }
    resize(720, 640);
}

RecordEditor::~RecordEditor()
{
    // Hidden while its fields still exist: QDialog's destructor would hide it after
    // they are gone, and the focused line's editingFinished would reach them.
    hide();
}

void RecordEditor::buildForm()
{
    auto *scroll = new QScrollArea(tabs_);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget *previous = nullptr;
    for (int i = 0; i < kind_.size(); ++i) {
        const domain::Field &f = kind_.field(i);
        auto fe = std::make_unique<FieldEditor>();
        fe->field = &f;
        const bool participantKey = kind_.isParticipants() && i > 0 && i < kind_.keyFields;
        const bool required = f.required && !participantKey;
        fe->label = new QLabel(fieldLabel(kind_, i) + (required ? QStringLiteral(" *") : QString()), page);
        fe->label->setToolTip(required ? tr("%1 (required)").arg(QLatin1String(f.name)) : QLatin1String(f.name));
        if (f.type == FieldType::Code || f.type == FieldType::Bool || f.type == FieldType::Prefecture) {
            fe->combo = new QComboBox(page);
            // Long labels (residence statuses) must not widen the form past the window.
            fe->combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            fe->combo->setMinimumContentsLength(24);
            fe->combo->addItem(QStringLiteral("—"), QString());
            if (f.type == FieldType::Code) {
                for (const codes::Code &c : f.codes->codes) {
                    const QString code = QString::fromLatin1(c.code);
                    const QString label = codeLabel(*f.codes, code, language_);
                    // The label alone; the code as its tooltip.
                    fe->combo->addItem(label, code);
                    fe->combo->setItemData(fe->combo->count() - 1, code, Qt::ToolTipRole);
                }
            } else if (f.type == FieldType::Bool) {
                fe->combo->addItem(tr("yes"), QStringLiteral("true"));
                fe->combo->addItem(tr("no"), QStringLiteral("false"));
            } else {
                for (const codes::Prefecture &p : codes::prefectures())
                {
                    fe->combo->addItem(QString::fromUtf8(language_ == Language::Japanese ? p.ja : p.en), QLatin1String(p.code));
                    fe->combo->setItemData(fe->combo->count() - 1, QLatin1String(p.code), Qt::ToolTipRole);
                }
            }
            connect(fe->combo, &QComboBox::activated, this, [this, i] { commitField(i); });
        } else {
            fe->line = new QLineEdit(page);
            switch (f.type) {
            case FieldType::Date: {
                fe->line->setPlaceholderText(tr("YYYY-MM-DD"));
                QAction *pick = fe->line->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                                    QLineEdit::TrailingPosition);
                pick->setToolTip(tr("Choose on a calendar"));
                QLineEdit *line = fe->line;
                connect(pick, &QAction::triggered, this, [this, i, line] {
                    if (line->isReadOnly())
                        return;
                    QMenu menu(line);
                    auto *calendar = new QCalendarWidget(&menu);
                    const QDate current = QDate::fromString(line->text(), Qt::ISODate);
                    if (current.isValid())
                        calendar->setSelectedDate(current);
                    auto *action = new QWidgetAction(&menu);
                    action->setDefaultWidget(calendar);
                    menu.addAction(action);
                    connect(calendar, &QCalendarWidget::activated, &menu, [&menu, this, i, line](QDate d) {
                        line->setText(d.toString(Qt::ISODate));
                        commitField(i);
                        menu.close();
                    });
                    connect(calendar, &QCalendarWidget::clicked, &menu, [&menu, this, i, line](QDate d) {
                        line->setText(d.toString(Qt::ISODate));
                        commitField(i);
                        menu.close();
                    });
                    menu.exec(line->mapToGlobal(QPoint(0, line->height())));
                });
                break;
            }
            case FieldType::Country:
            case FieldType::CountryList: {
                fe->line->setPlaceholderText(f.type == FieldType::Country ? tr("ISO code, e.g. VN")
                                                                          : tr("ISO codes separated by ;"));
                // Codes are capitals: "vn" typed is "VN", not a mistake.
                QLineEdit *line = fe->line;
                connect(line, &QLineEdit::textEdited, line, [line](const QString &t) {
                    if (t == t.toUpper())
                        return;
                    const int at = line->cursorPosition();
                    line->setText(t.toUpper());
                    line->setCursorPosition(at);
                });
                break;
            }
            case FieldType::Yen: fe->line->setPlaceholderText(tr("whole yen")); break;
            case FieldType::CorporateNumber: fe->line->setPlaceholderText(tr("13 digits")); break;
            case FieldType::Digits: fe->line->setPlaceholderText(tr("%n digit(s)", nullptr, f.min)); break;
            case FieldType::Kana: fe->line->setPlaceholderText(tr("katakana, e.g. グエン ヴァン アン")); break;
            default: break;
            }
            if (f.references)
                addCompleter(i, fe->line, *domain::kindByName(QString::fromLatin1(f.references)));
            connect(fe->line, &QLineEdit::textEdited, this, [this] { validateTimer_->start(); });
            connect(fe->line, &QLineEdit::editingFinished, this, [this, i] { commitField(i); });
        }
        fe->message = new QLabel(page);
        fe->message->setObjectName(QStringLiteral("message_%1").arg(QLatin1String(f.name)));
        fe->message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
        fe->message->setWordWrap(true);
        fe->message->hide();
        auto *cell = new QWidget(page);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(fe->widget());
        if (f.references || f.type == FieldType::Country || f.type == FieldType::CountryList) {
            fe->note = new QLabel(page);
            fe->note->setObjectName(QStringLiteral("note_%1").arg(QLatin1String(f.name)));
            fe->note->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
            v->addWidget(fe->note);
        }
        v->addWidget(fe->message);
        fe->theirs = new QLabel(page);
        fe->theirs->setObjectName(QStringLiteral("theirs_%1").arg(QLatin1String(f.name)));
        fe->theirs->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c4300; padding: 2px 4px; }"));
        fe->theirs->setWordWrap(true);
        fe->theirs->setTextFormat(Qt::RichText);
        fe->theirs->hide();
        connect(fe->theirs, &QLabel::linkActivated, this, [this, i] {
            auto &fe = fields_[static_cast<size_t>(i)];
            fe->setText(fe->theirText);
            commitField(i);
            fe->theirs->hide();
        });
        v->addWidget(fe->theirs);
        fe->widget()->setObjectName(QLatin1String(f.name));
        fe->label->setBuddy(fe->widget());
        form->addRow(fe->label, cell);
        if (previous)
            setTabOrder(previous, fe->widget());
        previous = fe->widget();
        fields_.push_back(std::move(fe));
    }
    scroll->setWidget(page);
    tabs_->addTab(scroll, tr("Details"));
}

void RecordEditor::addCompleter(int i, QLineEdit *line, const domain::Kind &target)
{
    // The referenced records by name or key as they are typed; the key goes in the field.
    auto *model = new QStandardItemModel(line);
    auto *completer = new QCompleter(model, line);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(Qt::UserRole);
    completer->setMaxVisibleItems(12);
    line->setCompleter(completer);
    line->setToolTip(tr("Type a part of the name or the code, then choose"));
    connect(line, &QLineEdit::textEdited, completer, [this, model, completer, &target](const QString &text) {
        model->clear();
        if (text.trimmed().isEmpty())
            return;
        for (const auto &[key, name] : services::RecordNames(db_).suggestions(target, text, 20)) {
            auto *item = new QStandardItem(name.isEmpty() ? key : QStringLiteral("%1 — %2").arg(name, key));
            item->setData(key, Qt::UserRole);
            item->setToolTip(key);
            model->appendRow(item);
        }
        if (model->rowCount() > 0)
            completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this, i] {
        validateTimer_->start();
        commitField(i);
    });
}

int RecordEditor::index(const QString &name) const
{
    return kind_.fieldIndex(name);
}

QString RecordEditor::fieldText(const QString &name) const
{
    const int i = index(name);
    return i < 0 ? QString() : fields_[static_cast<size_t>(i)]->text();
}

void RecordEditor::setFieldText(const QString &name, const QString &text)
{
    const int i = index(name);
    if (i < 0)
        return;
    fields_[static_cast<size_t>(i)]->setText(text);
    commitField(i);
}

QWidget *RecordEditor::fieldWidget(const QString &name) const
{
    const int i = index(name);
    return i < 0 ? nullptr : fields_[static_cast<size_t>(i)]->widget();
}

QString RecordEditor::fieldMessage(const QString &name) const
{
    const int i = index(name);
    return i < 0 ? QString() : fields_[static_cast<size_t>(i)]->message->text();
}

QString RecordEditor::bannerText() const
{
    return banner_->text();
}

QStringList RecordEditor::texts() const
{
    QStringList out;
    for (const auto &f : fields_)
        out << f->text();
    return out;
}

void RecordEditor::fill(const QStringList &texts)
{
    applying_ = true;
    for (size_t i = 0; i < fields_.size(); ++i) {
        const QString t = i < static_cast<size_t>(texts.size()) ? texts[static_cast<qsizetype>(i)] : QString();
        fields_[i]->setText(t);
        fields_[i]->committed = fields_[i]->text();
    }
    applying_ = false;
    undo_->clear();
    baseline_ = this->texts();
    mergeNotice_.clear();
    elsewhereNotice_.clear();
    for (auto &f : fields_) {
        f->theirs->hide();
        f->theirText.clear();
    }
    const bool stored = original_.has_value();
    for (int i = 0; i < kind_.keyFields; ++i) {
        auto &f = fields_[static_cast<size_t>(i)];
        if (f->line)
            f->line->setReadOnly(stored || readOnly_);
        else
            f->combo->setEnabled(!stored && !readOnly_);
    }
    const bool archivable = services::RecordNames::versioned(kind_);
    archive_->setVisible(stored && archivable);
    if (original_)
        archive_->setText(original_->archived ? tr("Rest&ore") : tr("&Archive"));
    const QString what = recordLabel(kind_);
    setWindowTitle((stored ? tr("%1 %2").arg(what, domain::keyText(kind_, original_->values)) + (original_->archived ? tr(" (archived)") : QString())
                           : tr("New %1").arg(what)) +
                   (readOnly_ ? tr(" (read only)") : QString()));
    banner_->clear();
    banner_->hide();
    reload_->hide();
    conflicting_.reset();
    if (attendance_)
        attendance_->setEnabled(stored);
    if (notificationSheet_)
        notificationSheet_->setEnabled(stored);
    buildRelations();
    validateNow();
}

QString RecordEditor::writeNotificationSheet(const QString &file)
{
    if (!original_)
        return tr("Save the placement first.");
    try {
        const auto sheet = reports::notificationSheet(db_, domain::keyText(kind_, original_->values));
        if (!sheet)
            return tr("The placement is not stored.");
        render::writeNotificationPdf(file, {*sheet}, consortiumName(), QDateTime::currentDateTime());
        // Personal data leaving the program is recorded (APPI), as every export.
        auth::Users(db_).audit(service_.session().who(), QStringLiteral("export"),
                               QStringLiteral("notification_sheet"), sheet->placementNo, QString(), QString(), file);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void RecordEditor::newRecord(const QHash<QString, QString> &preset)
{
    original_.reset();
    QStringList t;
    for (int i = 0; i < kind_.size(); ++i) {
        const domain::Field &f = kind_.field(i);
        const QString name = QLatin1String(f.name);
        t << (preset.contains(name) ? preset.value(name) : f.defaultValue ? QString::fromLatin1(f.defaultValue) : QString());
    }
    fill(t);
    if (!fields_.empty())
        fields_.front()->widget()->setFocus();
}

void RecordEditor::openRecord(const services::Record &record)
{
    original_ = record;
    fill(services::RecordService::texts(kind_, record.values));
    if (fields_.size() > static_cast<size_t>(kind_.keyFields))
        fields_[static_cast<size_t>(kind_.keyFields)]->widget()->setFocus();
}

bool RecordEditor::openKey(const QString &key)
{
    auto r = service_.find(kind_, key);
    if (!r)
        return false;
    openRecord(*r);
    return true;
}

void RecordEditor::commitField(int i)
{
    if (applying_)
        return;
    auto &f = fields_[static_cast<size_t>(i)];
    const QString now = f->text();
    if (now != f->committed) {
        const QString before = f->committed;
        f->committed = now;
        undo_->push(new FieldCommand(this, i, before, now));
    }
    validateTimer_->start();
}

void RecordEditor::applyField(int i, const QString &text)
{
    auto &f = fields_[static_cast<size_t>(i)];
    applying_ = true;
    f->setText(text);
    f->committed = text;
    applying_ = false;
    validateTimer_->start();
}

void RecordEditor::validateNow()
{
    validateTimer_->stop();
    const QStringList t = texts();
    showProblems(service_.check(kind_, t, original_ ? &*original_ : nullptr));
    duplicates_->check(t);
    // The referenced records' names, so that a typo shows at once.
    for (int i = 0; i < kind_.size(); ++i) {
        auto &f = fields_[static_cast<size_t>(i)];
        if (!f->note)
            continue;
        if (!f->field->references) {
            // A country's name for its code.
            QStringList names;
            for (const QString &c : t[i].split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (const QString n = countries::name(c.trimmed(), language_ == Language::Japanese); n != c.trimmed())
                    names << n;
            f->note->setText(names.isEmpty() ? QString() : QStringLiteral("→ ") + names.join(QStringLiteral(", ")));
            f->note->setVisible(!names.isEmpty());
            continue;
        }
        const domain::Kind &target = *domain::kindByName(QString::fromLatin1(f->field->references));
        const QString key = t[i].trimmed();
        const QString name = key.isEmpty() ? QString() : service_.displayName(target, key);
        f->note->setText(name.isEmpty() ? QString() : QStringLiteral("→ ") + name);
        f->note->setVisible(!name.isEmpty());
    }
}

void RecordEditor::showProblems(const std::vector<services::Problem> &problems)
{
    for (auto &f : fields_) {
        f->message->clear();
        f->message->hide();
        f->widget()->setStyleSheet(QString());
    }
    QStringList general;
    for (const services::Problem &p : problems) {
        const int i = index(p.field);
        if (i < 0) {
            general << p.message;
            continue;
        }
        auto &f = fields_[static_cast<size_t>(i)];
        f->message->setText(f->message->text().isEmpty() ? p.message : f->message->text() + QLatin1Char('\n') + p.message);
        f->message->show();
        f->widget()->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
    }
    if (!conflicting_) {
        if (!mergeNotice_.isEmpty())
            general.prepend(mergeNotice_);
        if (!elsewhereNotice_.isEmpty())
            general.prepend(elsewhereNotice_);
        banner_->setText(general.join(QLatin1Char('\n')));
        banner_->setVisible(!general.isEmpty());
    }
    valid_ = problems.empty();
    updateState();
}

void RecordEditor::updateState()
{
    const bool may = service_.session().may(auth::Action::Edit);
    save_->setEnabled(may && valid_ && !conflicting_);
    if (may)
        save_->setToolTip(valid_ ? tr("Save (Ctrl+S)") : tr("Correct the fields marked in red first"));
}

bool RecordEditor::save()
{
    validateNow();
    if (!save_->isEnabled())
        return false;
    try {
        services::Record stored;
        const auto problems = service_.save(kind_, texts(), original_ ? &*original_ : nullptr, &stored);
        if (!problems.empty()) {
            showProblems(problems);
            return false;
        }
        original_ = stored;
        fill(services::RecordService::texts(kind_, stored.values));
        emit saved(QLatin1String(kind_.name));
        return true;
    } catch (const services::ConflictError &e) {
        mergeConflict(e);
    } catch (const Error &e) {
        showError(e);
    }
    return false;
}

bool RecordEditor::isDirty() const
{
    return service_.session().may(auth::Action::Edit) && texts() != baseline_;
}

QString RecordEditor::theirValue(const QString &name) const
{
    const int i = index(name);
    if (i < 0 || fields_[static_cast<size_t>(i)]->theirs->isHidden())
        return {};
    return fields_[static_cast<size_t>(i)]->theirText;
}

void RecordEditor::reject()
{
    if (confirmClose())
        QDialog::reject();
}

bool RecordEditor::confirmClose()
{
    // The right-to-work tab saves on its own: its typed job-hunting status is not lost silently either.
    bool clockTyped = false;
    for (int i = 1; i < tabs_->count(); ++i)
        if (auto *rightToWork = qobject_cast<RightToWorkPanel *>(tabs_->widget(i)))
            clockTyped = rightToWork->clockChanged();
    if (clockTyped && service_.session().may(auth::Action::Edit)) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), tr("The job-hunting status you typed is not saved."),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedJobHunting"));
        box.setInformativeText(tr("Save it with its button on the Right to work tab, or discard it."));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
        if (box.exec() != QMessageBox::Discard)
            return false;
    }
    if (!isDirty())
        return true;
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    isNew() ? tr("Save the new %1?").arg(recordLabel(kind_))
                            : tr("Save the changes to %1?").arg(windowTitle()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setInformativeText(tr("What you typed is lost if you do not save it."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    if (!save_->isEnabled())
        box.button(QMessageBox::Save)->setEnabled(false);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: baseline_ = texts(); return true;
    default: return false;
    }
}

namespace {

// ISO timestamps in a message (the core's "changed by … at …") as people write them.
QString localizedTimes(QString text)
{
    static const QRegularExpression iso(QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?)"));
    QRegularExpressionMatch m;
    qsizetype from = 0;
    while ((m = iso.match(text, from)).hasMatch()) {
        const QString local = localDateTime(m.captured());
        text.replace(m.capturedStart(), m.capturedLength(), local);
        from = m.capturedStart() + local.size();
    }
    return text;
}

} // namespace

void RecordEditor::mergeConflict(const services::ConflictError &e)
{
    const QStringList base = baseline_;
    const QStringList mine = texts();
    const QStringList stored = services::RecordService::texts(kind_, e.current.values);
    original_ = e.current;
    conflicting_.reset();
    QStringList lines{localizedTimes(QString::fromUtf8(e.what()))};
    applying_ = true;
    for (int i = 0; i < kind_.size(); ++i) {
        auto &f = fields_[static_cast<size_t>(i)];
        const auto at = static_cast<qsizetype>(i);
        f->theirs->hide();
        if (stored[at] == base[at])
            continue;
        lines << tr("%1: “%2” when you opened it, now “%3”").arg(fieldLabel(kind_, i), f->shown(base[at]), f->shown(stored[at]));
        if (mine[at] == base[at]) {
            // Changed by them only: taken.
            f->setText(stored[at]);
            f->committed = f->text();
        } else if (mine[at] != stored[at]) {
            // Changed by both: yours stays, theirs beside it.
            f->theirText = stored[at];
            f->theirs->setText(tr("Stored meanwhile: “%1” — <a href=\"use\">use it</a>").arg(f->shown(stored[at]).toHtmlEscaped()));
            f->theirs->show();
        }
    }
    applying_ = false;
    baseline_ = stored;
    lines << tr("What you typed is kept, and their changes are taken where you changed nothing. Where you both changed "
                "a field, their value is shown beside yours. Check the form and save again.");
    mergeNotice_ = lines.join(QLatin1Char('\n'));
    reload_->setText(tr("Discard mine and reload"));
    reload_->show();
    validateNow();
}

void RecordEditor::reloadStored()
{
    if (conflicting_) {
        const services::Record current = *conflicting_;
        openRecord(current);
    } else if (original_) {
        if (auto r = service_.find(kind_, original_->values))
            openRecord(*r);
    }
}

void RecordEditor::noticeChangedElsewhere()
{
    if (!original_ || conflicting_ || !elsewhereNotice_.isEmpty())
        return;
    std::optional<services::Record> now;
    try {
        now = service_.find(kind_, original_->values);
    } catch (const Error &) {
        return; // the save will tell
    }
    const bool changed = !now || (original_->version > 0 ? now->version != original_->version
                                                         : now->values != original_->values ||
                                                               now->archived != original_->archived);
    if (!changed)
        return;
    elsewhereNotice_ = now ? tr("This record was changed at another desk. Reload it to see the changes before you "
                                "save yours.")
                           : tr("This record was deleted at another desk.");
    reload_->setText(tr("Reload"));
    reload_->setVisible(now.has_value());
    validateNow();
}

void RecordEditor::toggleArchived()
{
    if (!original_)
        return;
    try {
        openRecord(service_.setArchived(kind_, *original_, !original_->archived));
        emit saved(QLatin1String(kind_.name));
    } catch (const services::ConflictError &e) {
        showConflict(e);
    } catch (const Error &e) {
        showError(e);
    }
}

void RecordEditor::showConflict(const services::ConflictError &e)
{
    conflicting_ = e.current;
    QStringList lines{localizedTimes(QString::fromUtf8(e.what()))};
    for (const services::Difference &d : e.differences)
        lines << tr("%1: “%2” when you opened it, now “%3”")
                     .arg(fieldLabel(kind_, std::max(0, index(d.field))), d.yours, d.theirs);
    lines << tr("Your changes were not saved. Reload the stored record, then make them again.");
    reload_->setText(tr("Reload the stored record"));
    banner_->setText(lines.join(QLatin1Char('\n')));
    banner_->show();
    reload_->show();
    updateState();
}

void RecordEditor::showError(const Error &e)
{
    banner_->setText(QString::fromUtf8(e.what()));
    banner_->show();
}

void RecordEditor::buildRelations()
{
    // Everything after the form tab is rebuilt for the record now shown.
    while (tabs_->count() > 1) {
        QWidget *w = tabs_->widget(1);
        tabs_->removeTab(1);
        w->deleteLater();
    }
    if (!original_)
        return;
    for (const Relation &rel : kRelations) {
        if (rel.owner != kind_.id)
            continue;
        const domain::Kind &kind = domain::kind(rel.kind);
        auto *page = new QWidget(tabs_);
        auto *v = new QVBoxLayout(page);
        auto *model = new RecordTableModel(db_, kind, language_, page);
        services::ListFilter filter;
        filter.archived = true;
        filter.columns.push_back({kind.fieldIndex(QLatin1String(rel.column)), original_->values[0].toString()});
        model->setFilter(filter);
        auto *view = new QTableView(page);
        view->setObjectName(QStringLiteral("related_%1").arg(QLatin1String(kind.name)));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        // The owner's own column says nothing here.
        view->hideColumn(kind.fieldIndex(QLatin1String(rel.column)));
        v->addWidget(view);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("New %1…").arg(recordLabel(kind)), page);
        add->setEnabled(service_.session().may(auth::Action::Edit));
        buttons->addWidget(add);
        if (kind.id == domain::KindId::Participants) {
            // The attendance tick of an event's participant, without opening its form.
            auto *tick = new QPushButton(tr("A&ttended / not attended"), page);
            tick->setObjectName(QStringLiteral("attendedTick"));
            tick->setEnabled(service_.session().may(auth::Action::Edit));
            buttons->addWidget(tick);
            connect(tick, &QPushButton::clicked, this, [this, view, model, &kind] {
                const services::ListRow *r = view->currentIndex().isValid() ? model->row(view->currentIndex().row()) : nullptr;
                if (!r)
                    return;
                try {
                    const auto stored = service_.find(kind, r->values);
                    if (!stored)
                        return;
                    QStringList t = services::RecordService::texts(kind, stored->values);
                    const int attended = kind.fieldIndex(QLatin1String("attended"));
                    t[attended] = t[attended] == u"true" ? QStringLiteral("false") : QStringLiteral("true");
                    const int row = view->currentIndex().row();
                    const auto problems = service_.save(kind, t, &*stored);
                    if (!problems.empty()) {
                        banner_->setText(problems.front().message);
                        banner_->show();
                        return;
                    }
                    model->reload();
                    view->setCurrentIndex(model->index(row, 0));
                    emit saved(QLatin1String(kind.name));
                } catch (const Error &e) {
                    showError(e);
                }
            });
        }
        buttons->addStretch(1);
        v->addLayout(buttons);
        const QString ownerKey = original_->values[0].toString();
        const QString column = QLatin1String(rel.column);
        const auto openEditor = [this, &kind, model](const QHash<QString, QString> *preset, const QModelIndex &index) {
            auto *editor = new RecordEditor(db_, kind, language_, service_.session(), this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            if (preset) {
                editor->newRecord(*preset);
            } else {
                const services::ListRow *r = model->row(index.row());
                if (!r)
                    return;
                auto rec = service_.find(kind, r->values);
                if (!rec)
                    return;
                editor->openRecord(*rec);
            }
            connect(editor, &RecordEditor::saved, model, &RecordTableModel::reload);
            connect(editor, &RecordEditor::saved, this, &RecordEditor::saved);
            connect(editor, &RecordEditor::attendanceRequested, this, &RecordEditor::attendanceRequested);
            editor->open();
        };
        connect(view, &QTableView::activated, this, [openEditor](const QModelIndex &i) { openEditor(nullptr, i); });
        connect(add, &QPushButton::clicked, this, [openEditor, ownerKey, column] {
            const QHash<QString, QString> preset{{column, ownerKey}};
            openEditor(&preset, {});
        });
        const auto title = [&kind, model] { return QStringLiteral("%1 (%2)").arg(kindLabel(kind)).arg(model->rowCount()); };
        tabs_->addTab(page, title());
        connect(model, &QAbstractItemModel::modelReset, page, [this, page, title] {
            tabs_->setTabText(tabs_->indexOf(page), title());
        });
    }
    const QLocale locale;
    if (kind_.id == domain::KindId::Students) {
        // The student's attendance, summed up per internship.
        std::vector<QStringList> rows;
        for (const services::AttendanceTotals &a : services::AttendanceService(db_).totalsOfStudent(original_->values[0].toString()))
            rows.push_back({a.internshipNo, a.companyName, tr("%1 – %2").arg(isoDateQ(a.start), isoDateQ(a.end)),
                            QString::number(a.present), QString::number(a.absent), QString::number(a.leave),
                            locale.toString(a.presentHours, 'f', 1)});
        addTextTab(QStringLiteral("attendanceTotals"), tr("Attendance (%1)"),
                   {{tr("Internship")}, {tr("Company")}, {tr("Period")}, {tr("Present"), true}, {tr("Absent"), true},
                    {tr("Leave"), true}, {tr("Hours present"), true}},
                   std::move(rows));
    }
    if (kind_.id == domain::KindId::Internships) {
        // What each month of the internship earns, beside what the ledger has paid.
        // The signed timesheet of each month with money due or paid (issue 14), last.
        std::vector<QStringList> rows;
        const QString internshipNo = original_->values[0].toString();
        const ledger::Evidence evidence(db_);
        for (const ledger::MonthOfInternship &m : ledger::claimsOfInternship(db_, internshipNo)) {
            QString sheet;
            if (m.claim.amount.value() != 0 || m.postedJpy != 0) {
                const auto d = evidence.timesheet(internshipNo, m.period);
                sheet = !d ? tr("missing") : d->version > 1 ? tr("attached (version %1)").arg(d->version) : tr("attached");
            }
            rows.push_back({m.period, QString::number(m.claim.presentDays), locale.toString(m.claim.rate.value()),
                            locale.toString(m.claim.amount.value()), m.claim.eligible ? tr("yes") : tr("no"),
                            locale.toString(m.postedJpy), m.claim.reason, sheet});
        }
        addTextTab(QStringLiteral("claims"), tr("Claims (%1)"),
                   {{tr("Month")}, {tr("Present days"), true}, {tr("Daily rate (yen)"), true}, {tr("Amount (yen)"), true},
                    {tr("Eligible")}, {tr("Posted (yen)"), true}, {tr("Reason")}, {tr("Signed timesheet")}},
                   std::move(rows));
        // The student's residence card: expiring within 60 days, or before an internship ends (issue 13).
        std::vector<QStringList> cardRows;
        const int studentField = kind_.fieldIndex(QLatin1String("student_no"));
        if (const auto card = services::ComplianceService(db_).studentCard(original_->values[static_cast<size_t>(studentField)].toString()))
            for (const rules::CardFlag &f : rules::cardFlags(card->expiry, card->completedOn, card->internships,
                                                             boost::gregorian::day_clock::local_day()))
                cardRows.push_back({f.reason == u"expires" ? tr("expires within %1 days").arg(rules::kCardWarningDays)
                                                           : tr("expires before internship %1 ends (%2)")
                                                                 .arg(f.internshipNo, isoDateQ(*f.internshipEnd)),
                                    card->cardNo, isoDateQ(card->expiry), QString::number(f.daysLeft),
                                    card->lastCheckedOn.isEmpty()
                                        ? tr("never checked")
                                        : tr("%1 by %2").arg(card->lastCheckedOn, card->lastCheckedBy)});
        addTextTab(QStringLiteral("residenceCard"), tr("Residence card warnings (%1)"),
                   {{tr("Warning")}, {tr("Card no.")}, {tr("Expiry")}, {tr("Days left"), true}, {tr("Last checked")}},
                   std::move(cardRows));
        // The checks before it starts (issue 13, item 3): a panel of its own.
        auto *checklist = new ChecklistPanel(db_, tabs_);
        checklist->setSession(service_.session());
        checklist->setInternship(internshipNo);
        connect(checklist, &ChecklistPanel::statusChanged, this, &RecordEditor::reloadStored);
        auto checklistTitle = [this](int missing) {
            return missing ? tr("Checklist (%1 missing)").arg(missing) : tr("Checklist");
        };
        tabs_->addTab(checklist, checklistTitle(checklist->missingCount()));
        connect(checklist, &ChecklistPanel::missingChanged, this, [this, checklist, checklistTitle](int missing) {
            tabs_->setTabText(tabs_->indexOf(checklist), checklistTitle(missing));
        });
    }
    if (kind_.id == domain::KindId::Placements) { // issue 13: the employer's foreign-worker notification
        auto *notification = new HireNotificationPanel(db_, service_.session(), original_->values[0].toString(), tabs_);
        notification->setObjectName(QStringLiteral("hireNotification"));
        tabs_->addTab(notification, tr("Foreign-worker notification"));
    }
    if (kind_.id == domain::KindId::Students) { // issue 13: the card's validity checks, the job-hunting clock
        auto *rightToWork = new RightToWorkPanel(db_, service_.session(), original_->values[0].toString(), tabs_);
        rightToWork->setObjectName(QStringLiteral("rightToWork"));
        tabs_->addTab(rightToWork, tr("Right to work"));
    }
    if (kind_.id == domain::KindId::Companies || kind_.id == domain::KindId::Students) // issue 15: people, activities
        tabs_->addTab(new RelationsPanel(db_, service_.session(), kind_.id == domain::KindId::Companies ? RelationsPanel::Owner::Company
                                                                                            : RelationsPanel::Owner::Student,
                                         original_->values[0].toString(), tabs_),
                      kind_.id == domain::KindId::Companies ? tr("Contacts and activities") : tr("Activities"));
    // The history of changes, from the audit trail.
    std::vector<QStringList> rows;
    for (const auto &r : service_.history(kind_, original_->values)) {
        QStringList row{r.begin(), r.end()};
        if (const int i = index(r[3]); i >= 0)
            row[3] = fieldLabel(kind_, i);
        rows.push_back(std::move(row));
    }
    addTextTab(QStringLiteral("history"), tr("History (%1)"),
               {{tr("When")}, {tr("Who")}, {tr("What")}, {tr("Field")}, {tr("Before")}, {tr("After")}}, std::move(rows));
}

void RecordEditor::addTextTab(const QString &name, const QString &title, std::vector<TextTableModel::Column> columns,
                              std::vector<QStringList> rows)
{
    auto *view = new QTableView(tabs_);
    view->setObjectName(name);
    auto *model = new TextTableModel(std::move(columns), view);
    if (name == u"history")
        model->setDisplayFormat(0, localDateTime);
    model->setRows(std::move(rows));
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs_->addTab(view, title.arg(model->rowCount()));
}

} // namespace kakehashi::ui
