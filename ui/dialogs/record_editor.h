#pragma once
// The form of one record of any kind, built from its description: code lists as
// labels, date pickers, required marks, the importer's rules shown beside each
// field as it is typed, Save disabled while anything is wrong, undo and redo of
// each field's edit, archive and restore, the record's history of changes, and
// for students, companies, schools, internships and events the records that
// refer to them (a student's internships, placements and events; a company's
// internships, events and hires; an internship's attendance; …).
#include "auth/auth.h"
#include "language.h"
#include "models/text_table_model.h"
#include "services/records.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QUndoStack;
class QTimer;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class DuplicateNotice;

class RecordEditor final : public QDialog
{
    Q_OBJECT

public:
    RecordEditor(storage::Database &db, const domain::Kind &kind, Language language, const auth::Session &session,
                 QWidget *parent = nullptr);
    ~RecordEditor() override;

    // A new record, with some fields given (field name → text), e.g. the student
    // of a new internship.
    void newRecord(const QHash<QString, QString> &preset = {});
    // A stored record.
    void openRecord(const services::Record &record);
    // The stored record with this key (single-key kinds); false when there is none.
    bool openKey(const QString &key);

    const domain::Kind &kind() const { return kind_; }
    bool isNew() const { return !original_; }
    const std::optional<services::Record> &record() const { return original_; }

    // The fields as text (a code list's code, an ISO date, "true"/"false").
    QString fieldText(const QString &name) const;
    // As if typed or picked by a person: validated and undoable.
    void setFieldText(const QString &name, const QString &text);
    QWidget *fieldWidget(const QString &name) const;
    // A placement's foreign-worker notification sheet (外国人雇用状況届出) as an A4
    // PDF; the refusal's message, empty when it was written.
    QString writeNotificationSheet(const QString &file);
    // The message shown beside a field ("" when it is fine).
    QString fieldMessage(const QString &name) const;
    QString bannerText() const;
    QPushButton *saveButton() const { return save_; }
    QPushButton *archiveButton() const { return archive_; }
    QPushButton *reloadButton() const { return reload_; }
    QUndoStack *undoStack() const { return undo_; }
    QTabWidget *tabs() const { return tabs_; }

    // Judges the form now (normally a moment after typing stops).
    void validateNow();

    // Something typed or picked that is not stored (always false for a role that
    // may not edit: there is nothing it could save).
    bool isDirty() const;
    // Before the form closes with unsaved changes: asks whether to save, discard or
    // keep editing. True when the form may close (saved, discarded or clean).
    bool confirmClose();
    // After a conflicting save: the value stored by the other person beside the
    // field where both changed it ("" when none).
    QString theirValue(const QString &name) const;
    // Another desk changed records of this kind (a server's notification): when
    // this form's record is one of them, a banner says so, with Reload, before
    // anything is saved (the save's version check stays the last word).
    void noticeChangedElsewhere();
    bool changedElsewhere() const { return !elsewhereNotice_.isEmpty(); }

public slots:
    // Saves; true when stored. Problems and conflicts are shown in the form.
    bool save();
    void toggleArchived();
    // After a conflict: the stored values replace the form's (what was typed is dropped).
    void reloadStored();
    // Esc, the Close button and the window's ×: asks first when there are unsaved changes.
    void reject() override;

signals:
    void saved(const QString &kindName);
    // An internship's "attendance" button: show its calendar.
    void attendanceRequested(const QString &internshipNo);

private:
    struct FieldEditor;
    class FieldCommand;

    void buildForm();
    void buildRelations();
    void addCompleter(int field, QLineEdit *line, const domain::Kind &target);
    // A read-only table as a tab; `title` has %1 for the number of rows.
    void addTextTab(const QString &name, const QString &title, std::vector<TextTableModel::Column> columns,
                    std::vector<QStringList> rows);
    void fill(const QStringList &texts);
    QStringList texts() const;
    void showProblems(const std::vector<services::Problem> &problems);
    void showConflict(const services::ConflictError &e);
    // A conflicting save: the other person's changes taken where this form left a
    // field as it was, the typed values kept, both shown where both changed one.
    void mergeConflict(const services::ConflictError &e);
    void showError(const Error &e);
    void updateState();
    void commitField(int index);
    void applyField(int index, const QString &text); // from undo/redo
    int index(const QString &name) const;

    storage::Database &db_;
    const domain::Kind &kind_;
    Language language_;
    services::RecordService service_;
    std::optional<services::Record> original_;
    std::vector<std::unique_ptr<FieldEditor>> fields_;
    QTabWidget *tabs_ = nullptr;
    QLabel *banner_ = nullptr;
    DuplicateNotice *duplicates_ = nullptr;
    QPushButton *save_ = nullptr;
    QPushButton *archive_ = nullptr;
    QPushButton *reload_ = nullptr;
    QPushButton *attendance_ = nullptr;
    QPushButton *notificationSheet_ = nullptr; // placements
    QUndoStack *undo_ = nullptr;
    QTimer *validateTimer_ = nullptr;
    bool valid_ = false;
    bool applying_ = false;
    std::optional<services::Record> conflicting_;
    QLabel *readOnly_ = nullptr; // the mark of a form the role may not change
    QString mergeNotice_; // after a merged conflict, until saved or reloaded
    QString elsewhereNotice_; // the record changed at another desk, until saved or reloaded
    QStringList baseline_; // the texts as filled from the stored record (or the new record's defaults)
};

} // namespace kakehashi::ui
