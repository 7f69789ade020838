#pragma once
// Importing a CSV file: choose the kind and the file, see the encoding found and
// the first rows, check the whole file (every problem with its line; selecting
// one shows the line as the file has it), then import it or not. The check and
// the import run on a thread of their own, on their own connection to the
// database file, with a progress bar and a Cancel button.
#include "auth/auth.h"
#include "io/csv.h"
#include "io/encoding.h"
#include "io/importer.h"
#include "language.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace kakehashi::domain {
struct Kind;
}

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

// The first records of a file, its header row as the column titles; the rows on
// which the check found problems are tinted.
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // records[0] is the header row.
    void setRecords(std::vector<io::CsvRecord> records);
    void setProblemLines(QSet<int> lines);
    // The physical line on which row `row` starts.
    int lineOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList header_;
    std::vector<io::CsvRecord> rows_;
    int columns_ = 0;
    QSet<int> problemLines_;
};

// The problems of a check: line, column, message.
class ImportProblemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, FieldColumn, MessageColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(std::vector<io::ImportProblem> problems);
    const io::ImportProblem &problem(int row) const { return problems_[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<io::ImportProblem> problems_;
};

class ImportWizard final : public QDialog
{
    Q_OBJECT

public:
    // Records shown in the preview (besides the header).
    static constexpr int kPreviewRecords = 20;

    ImportWizard(storage::Database &db, Language language, const auth::Session &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Chooses the kind by its file name ("students"); false when there is no such kind.
    bool setKind(const QString &kindName);
    QString kindName() const;
    // Puts the path in the file field and reads its preview.
    void setFile(const QString &path);
    QString file() const;
    // Auto, Utf8 or Cp932 (Utf8Bom counts as Utf8); re-reads the preview.
    void setEncoding(io::Encoding encoding);
    io::Encoding encodingChoice() const;

    // A check or an import is running on the worker thread.
    bool isBusy() const { return job_ != nullptr; }
    // The result of the last check or import that finished (cancelled ones too).
    const io::ImportResult &lastResult() const { return result_; }
    // Whether the last finished job was an import (else a check).
    bool lastWasImport() const { return lastWasImport_; }
    // The message of the last job that failed (an error of the file or the database), else empty.
    const QString &lastError() const { return error_; }

    // The encoding the preview (and, after a check, the whole file) was read in: "UTF-8", "UTF-8 (BOM)", "Shift_JIS (CP932)".
    QString encodingText() const;
    QString statusText() const;

    QComboBox *kindCombo() const { return kind_; }
    QLineEdit *fileField() const { return file_; }
    QPushButton *browseButton() const { return browse_; }
    QComboBox *encodingCombo() const { return encoding_; }
    QLabel *encodingLabel() const { return encodingFound_; }
    QTableView *previewView() const { return previewView_; }
    CsvPreviewModel *previewModel() const { return preview_; }
    QTableView *problemView() const { return problemView_; }
    ImportProblemModel *problemModel() const { return problems_; }
    // The selected problem's line as the file has it.
    QPlainTextEdit *lineText() const { return lineText_; }
    QProgressBar *progressBar() const { return progress_; }
    QPushButton *checkButton() const { return check_; }
    QPushButton *importButton() const { return import_; }
    QPushButton *cancelButton() const { return cancel_; }
    QPushButton *closeButton() const { return close_; }

    static QString encodingLabelText(io::Encoding used, bool bom);

public slots:
    // A dry run of the whole file on the worker thread; the problems fill the list.
    void check();
    // The real import (after a check without problems, by a session that may edit).
    void startImport();
    // Asks the running check or import to stop; it ends with a cancelled result.
    void cancelWork();
    // Chooses the file with a file dialog.
    void browse();
    void reject() override;

signals:
    // After an import that wrote the file (the main window refreshes its lists).
    void imported(const QString &kindName);
    // After a check or an import ended, however it ended.
    void workFinished();

private:
    struct Job;
    static void runJob(Job &job);

    const domain::Kind *currentKind() const;
    void kindChanged();
    void inputsChanged();
    void readPreview();
    void start(bool dryRun);
    void finishJob();
    void showProgress();
    void showProblemLine();
    void setStatus(const QString &text, bool error = false);
    void updateButtons();
    QString number(qint64 n) const;

    storage::Database &db_;
    Language language_;
    auth::Session session_;

    QComboBox *kind_ = nullptr;
    QLabel *columns_ = nullptr;
    QLineEdit *file_ = nullptr;
    QPushButton *browse_ = nullptr;
    QComboBox *encoding_ = nullptr;
    QLabel *encodingFound_ = nullptr;
    CsvPreviewModel *preview_ = nullptr;
    QTableView *previewView_ = nullptr;
    ImportProblemModel *problems_ = nullptr;
    QTableView *problemView_ = nullptr;
    QLabel *lineLabel_ = nullptr;
    QPlainTextEdit *lineText_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *status_ = nullptr;
    QPushButton *check_ = nullptr;
    QPushButton *import_ = nullptr;
    QPushButton *cancel_ = nullptr;
    QPushButton *close_ = nullptr;
    QTimer *poll_ = nullptr;

    QString previewedFile_;
    std::shared_ptr<Job> job_;
    QThread *thread_ = nullptr;
    bool closeWhenDone_ = false;

    io::ImportResult result_;
    bool lastWasImport_ = false;
    QString error_;
    // The check passed for the kind, file and encoding now chosen.
    bool checkedOk_ = false;

    // Where the problems' lines start in the checked file, to show them on selection.
    QString checkedFile_;
    io::Encoding checkedEncoding_ = io::Encoding::Utf8;
    qint64 checkedSize_ = -1;
    QDateTime checkedModified_;
    QHash<int, qint64> lineOffsets_;
};

} // namespace kakehashi::ui
