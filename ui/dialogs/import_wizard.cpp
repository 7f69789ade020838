#include "dialogs/import_wizard.h"

#include "labels.h"

#include "domain/error.h"
#include "domain/kinds.h"
#include "services/database_file.h"
#include "services/privacy.h"

#include <QBrush>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTextOption>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>

namespace kakehashi::ui {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";
// The preview reads this much of the file at most: a 100 MB file opens at once.
constexpr qint64 kPreviewBytes = 1 << 20;
// A problem's line is shown up to this many bytes.
constexpr qint64 kMaxLineBytes = 64 * 1024;

QLabel *stepLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// Where each problem's line starts in the bytes (lines counted by LF, as the CSV reader does).
QHash<int, qint64> lineStarts(const QByteArray &bytes, const std::vector<io::ImportProblem> &problems)
{
    std::vector<int> lines;
    lines.reserve(problems.size());
    for (const io::ImportProblem &p : problems)
        if (p.line > 0)
            lines.push_back(p.line);
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());

    QHash<int, qint64> starts;
    int line = 1;
    qsizetype pos = 0;
    for (int want : lines) {
        while (line < want) {
            const qsizetype newline = bytes.indexOf('\n', pos);
            if (newline < 0)
                return starts;
            pos = newline + 1;
            ++line;
        }
        starts.insert(want, pos);
    }
    return starts;
}

int clampToInt(qint64 n)
{
    return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

// ---------------------------------------------------------------- CsvPreviewModel

void CsvPreviewModel::setRecords(std::vector<io::CsvRecord> records)
{
    beginResetModel();
    header_.clear();
    rows_.clear();
    columns_ = 0;
    if (!records.empty()) {
        for (const QString &h : records.front().fields)
            header_ << h.trimmed();
        rows_.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
        columns_ = static_cast<int>(header_.size());
        for (const io::CsvRecord &r : rows_)
            columns_ = std::max(columns_, static_cast<int>(r.fields.size()));
    }
    endResetModel();
}

void CsvPreviewModel::setProblemLines(QSet<int> lines)
{
    problemLines_ = std::move(lines);
    if (!rows_.empty() && columns_ > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns_ - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
}

int CsvPreviewModel::lineOf(int row) const
{
    return row >= 0 && row < rowCount() ? rows_[static_cast<size_t>(row)].line : 0;
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns_;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columns_)
        return {};
    const io::CsvRecord &r = rows_[static_cast<size_t>(index.row())];
    const bool problem = problemLines_.contains(r.line);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < static_cast<int>(r.fields.size()) ? r.fields[static_cast<size_t>(index.column())]
                                                                  : QString();
    case Qt::BackgroundRole:
        if (problem)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        return {};
    case Qt::ToolTipRole:
        if (problem)
            return ImportWizard::tr("Line %1 has problems: see the list below.").arg(r.line);
        return {};
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < header_.size() ? header_.at(section) : QString();
    // Rows are numbered by the line of the file they start on, as problems are.
    return section < rowCount() ? QVariant(rows_[static_cast<size_t>(section)].line) : QVariant();
}

// ---------------------------------------------------------------- ImportProblemModel

void ImportProblemModel::setProblems(std::vector<io::ImportProblem> problems)
{
    beginResetModel();
    problems_ = std::move(problems);
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(problems_.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const io::ImportProblem &p = problem(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return p.line > 0 ? QVariant(p.line) : QVariant(QString());
        case FieldColumn: return p.column;
        case MessageColumn: return p.message;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(p.message) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case LineColumn: return ImportWizard::tr("Line");
    case FieldColumn: return ImportWizard::tr("Column");
    case MessageColumn: return ImportWizard::tr("Problem");
    default: return {};
    }
}

// ---------------------------------------------------------------- ImportWizard

// One check or import, shared by the worker thread and the dialog. The worker
// writes `result`, `error` and the file's facts; the dialog reads them only after
// the thread has finished. The counters and `cancel` are shared while it runs.
struct ImportWizard::Job
{
    QString dbPath;
    QString file;
    const domain::Kind *kind = nullptr;
    io::ImportOptions options;

    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};

    io::ImportResult result;
    QString error;
    bool bom = false;
    qint64 size = -1;
    QDateTime modified;
    QHash<int, qint64> lineOffsets;
    std::vector<services::DuplicateWarning> duplicates; // likely duplicates: warned of, never refused
};

namespace {

// The likely duplicates of an import (issue 15): one line each, a warning only.
QString duplicatesText(const std::vector<services::DuplicateWarning> &list)
{
    if (list.empty())
        return {};
    QStringList lines;
    for (const services::DuplicateWarning &w : list)
        lines << ImportWizard::tr("Line %1: %2 is a likely duplicate of %3 (%4).")
                     .arg(w.line)
                     .arg(w.key, w.other, w.reason);
    return QLatin1Char('\n') + ImportWizard::tr("Likely duplicates (a warning: the import is allowed):") +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace

ImportWizard::ImportWizard(storage::Database &db, Language language, const auth::Session &session, QWidget *parent)
    : QDialog(parent)
    , db_(db)
    , language_(language)
    , session_(session)
{
    setWindowTitle(tr("Import a CSV file"));
    auto *layout = new QVBoxLayout(this);

    // 1. Kind, file and encoding.
    layout->addWidget(stepLabel(tr("<b>1. Kind and file.</b> Choose what the file holds and the file; "
                                   "its encoding is detected, or choose it."),
                                this));
    auto *form = new QFormLayout;
    kind_ = new QComboBox(this);
    for (const domain::Kind &k : domain::kinds())
        kind_->addItem(kindLabel(k), QString::fromLatin1(k.name));
    form->addRow(tr("&Kind:"), kind_);
    columns_ = new QLabel(this);
    columns_->setWordWrap(true);
    columns_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fileRow = new QHBoxLayout;
    file_ = new QLineEdit(this);
    file_->setPlaceholderText(tr("path of a .csv file"));
    file_->setClearButtonEnabled(true);
    browse_ = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse_);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(file_);
    form->addRow(fileLabel, fileRow);

    auto *encodingRow = new QHBoxLayout;
    encoding_ = new QComboBox(this);
    encoding_->addItem(tr("Detect"), static_cast<int>(io::Encoding::Auto));
    encoding_->addItem(tr("UTF-8"), static_cast<int>(io::Encoding::Utf8));
    encoding_->addItem(tr("Shift_JIS (CP932)"), static_cast<int>(io::Encoding::Cp932));
    encoding_->setToolTip(tr("Detect takes UTF-8 when the file is valid UTF-8, else Shift_JIS (CP932), "
                             "what Japanese Excel writes."));
    encodingFound_ = new QLabel(this);
    encodingFound_->setToolTip(tr("The encoding the file is read in"));
    encodingRow->addWidget(encoding_);
    encodingRow->addWidget(new QLabel(tr("Read as:"), this));
    encodingRow->addWidget(encodingFound_, 1);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(encoding_);
    form->addRow(encodingLabel, encodingRow);
    layout->addLayout(form);
    layout->addWidget(columns_);

    // 2. Preview.
    auto *previewLabel = stepLabel(tr("<b>2. Pre&view.</b> The first %1 rows as read; the header row gives the "
                                      "column titles, the numbers on the left are the lines of the file.")
                                       .arg(kPreviewRecords),
                                   this);
    layout->addWidget(previewLabel);
    preview_ = new CsvPreviewModel(this);
    previewView_ = new QTableView(this);
    previewView_->setModel(preview_);
    previewView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    previewView_->setSelectionMode(QAbstractItemView::SingleSelection);
    previewView_->setTabKeyNavigation(false);
    previewView_->setWordWrap(false);
    previewView_->verticalHeader()->setDefaultSectionSize(previewView_->fontMetrics().height() + 6);
    previewLabel->setBuddy(previewView_);
    layout->addWidget(previewView_, 3);

    // 3. Check.
    auto *checkLabel = stepLabel(tr("<b>3. Check.</b> Reads the whole file without writing anything and lists "
                                    "every &problem with its line; select one to see the line as the file has it."),
                                 this);
    layout->addWidget(checkLabel);
    problems_ = new ImportProblemModel(this);
    problemView_ = new QTableView(this);
    problemView_->setModel(problems_);
    problemView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    problemView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    problemView_->setSelectionMode(QAbstractItemView::SingleSelection);
    problemView_->setTabKeyNavigation(false);
    problemView_->verticalHeader()->hide();
    problemView_->horizontalHeader()->setStretchLastSection(true);
    problemView_->horizontalHeader()->resizeSection(ImportProblemModel::LineColumn, 70);
    problemView_->horizontalHeader()->resizeSection(ImportProblemModel::FieldColumn, 160);
    checkLabel->setBuddy(problemView_);
    layout->addWidget(problemView_, 2);

    lineLabel_ = new QLabel(tr("The line of the selected problem:"), this);
    layout->addWidget(lineLabel_);
    lineText_ = new QPlainTextEdit(this);
    lineText_->setReadOnly(true);
    lineText_->setTabChangesFocus(true);
    lineText_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    lineText_->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // CSV lines have few spaces
    lineText_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    lineText_->setFixedHeight(lineText_->fontMetrics().lineSpacing() * 3 + 12);
    lineLabel_->setBuddy(lineText_);
    layout->addWidget(lineText_);

    auto *progressRow = new QHBoxLayout;
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("%v of %m rows"));
    cancel_ = new QPushButton(tr("Ca&ncel"), this);
    cancel_->setAutoDefault(false);
    cancel_->setToolTip(tr("Stops the check or the import; an import stopped writes nothing."));
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancel_);
    layout->addLayout(progressRow);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);

    // 4. Import.
    layout->addWidget(stepLabel(tr("<b>4. Import.</b> Writes the whole file in one go once the check found no "
                                   "problems; a file with a problem writes nothing."),
                                this));
    auto *buttons = new QHBoxLayout;
    check_ = new QPushButton(tr("&Check"), this);
    check_->setToolTip(tr("Reads the whole file and lists its problems; writes nothing."));
    import_ = new QPushButton(tr("&Import"), this);
    close_ = new QPushButton(tr("Close"), this);
    close_->setAutoDefault(false);
    buttons->addWidget(check_);
    buttons->addWidget(import_);
    buttons->addStretch(1);
    buttons->addWidget(close_);
    layout->addLayout(buttons);

    setTabOrder(kind_, file_);
    setTabOrder(file_, browse_);
    setTabOrder(browse_, encoding_);
    setTabOrder(encoding_, previewView_);
    setTabOrder(previewView_, problemView_);
    setTabOrder(problemView_, lineText_);
    setTabOrder(lineText_, cancel_);
    setTabOrder(cancel_, check_);
    setTabOrder(check_, import_);
    setTabOrder(import_, close_);

    poll_ = new QTimer(this);
    poll_->setInterval(100);

    connect(kind_, &QComboBox::currentIndexChanged, this, &ImportWizard::kindChanged);
    connect(file_, &QLineEdit::textEdited, this, &ImportWizard::inputsChanged);
    connect(file_, &QLineEdit::editingFinished, this, [this] {
        if (file() != previewedFile_)
            readPreview();
    });
    connect(browse_, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(encoding_, &QComboBox::currentIndexChanged, this, [this] {
        inputsChanged();
        readPreview();
    });
    connect(problemView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportWizard::showProblemLine);
    connect(check_, &QPushButton::clicked, this, &ImportWizard::check);
    connect(import_, &QPushButton::clicked, this, &ImportWizard::startImport);
    connect(cancel_, &QPushButton::clicked, this, &ImportWizard::cancelWork);
    connect(close_, &QPushButton::clicked, this, &ImportWizard::reject);
    connect(poll_, &QTimer::timeout, this, &ImportWizard::showProgress);

    kindChanged();
    resize(900, 760);
    kind_->setFocus();
}

ImportWizard::~ImportWizard()
{
    // The worker must not outlive the dialog: stop it and wait.
    if (job_)
        job_->cancel = true;
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

QString ImportWizard::encodingLabelText(io::Encoding used, bool bom)
{
    switch (used) {
    case io::Encoding::Auto: return tr("Detect");
    case io::Encoding::Utf8: return bom ? tr("UTF-8 (BOM)") : tr("UTF-8");
    case io::Encoding::Utf8Bom: return tr("UTF-8 (BOM)");
    case io::Encoding::Cp932: return tr("Shift_JIS (CP932)");
    }
    return {};
}

bool ImportWizard::setKind(const QString &kindName)
{
    const int i = kind_->findData(kindName);
    if (i < 0)
        return false;
    kind_->setCurrentIndex(i);
    return true;
}

QString ImportWizard::kindName() const
{
    return kind_->currentData().toString();
}

const domain::Kind *ImportWizard::currentKind() const
{
    return domain::kindByName(kindName());
}

void ImportWizard::setFile(const QString &path)
{
    file_->setText(path);
    inputsChanged();
    readPreview();
}

QString ImportWizard::file() const
{
    return file_->text().trimmed();
}

void ImportWizard::setEncoding(io::Encoding encoding)
{
    if (encoding == io::Encoding::Utf8Bom)
        encoding = io::Encoding::Utf8;
    encoding_->setCurrentIndex(encoding_->findData(static_cast<int>(encoding)));
}

io::Encoding ImportWizard::encodingChoice() const
{
    return static_cast<io::Encoding>(encoding_->currentData().toInt());
}

QString ImportWizard::encodingText() const
{
    return encodingFound_->text();
}

QString ImportWizard::statusText() const
{
    return status_->text();
}

QString ImportWizard::number(qint64 n) const
{
    return QLocale(language_ == Language::Japanese ? QLocale::Japanese : QLocale::English).toString(n);
}

void ImportWizard::setStatus(const QString &text, bool error)
{
    status_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    status_->setText(text);
}

void ImportWizard::kindChanged()
{
    if (const domain::Kind *k = currentKind()) {
        QStringList names;
        for (const domain::Field &f : k->fields)
            names << QString::fromLatin1(f.name) + (f.required ? QStringLiteral("*") : QString());
        columns_->setText(tr("Columns (* required): %1").arg(names.join(QStringLiteral(", "))));
    }
    inputsChanged();
}

void ImportWizard::inputsChanged()
{
    if (isBusy())
        return;
    checkedOk_ = false;
    result_ = {};
    error_.clear();
    lineOffsets_.clear();
    checkedFile_.clear();
    problems_->setProblems({});
    preview_->setProblemLines({});
    lineText_->clear();
    lineLabel_->setText(tr("The line of the selected problem:"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    setStatus(QString());
    updateButtons();
}

void ImportWizard::readPreview()
{
    preview_->setRecords({});
    encodingFound_->clear();
    const QString path = file();
    previewedFile_ = path;
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), true);
        return;
    }
    QByteArray bytes = f.read(kPreviewBytes);
    if (!f.atEnd()) {
        // Only whole lines: a character cut in two would not be valid UTF-8.
        const qsizetype newline = bytes.lastIndexOf('\n');
        if (newline >= 0)
            bytes.truncate(newline + 1);
    }
    const bool bom = bytes.startsWith(kBom);
    const io::Decoded decoded = io::decode(bytes, encodingChoice());
    io::CsvDocument doc = io::parseCsv(decoded.text);
    if (doc.records.size() > static_cast<size_t>(kPreviewRecords) + 1)
        doc.records.resize(static_cast<size_t>(kPreviewRecords) + 1);
    preview_->setRecords(std::move(doc.records));
    previewView_->resizeColumnsToContents();
    encodingFound_->setText(encodingLabelText(decoded.used, bom));
    if (bytes.isEmpty())
        setStatus(tr("The file is empty: a header row is needed."), true);
    else
        setStatus(QString());
}

void ImportWizard::browse()
{
    const QString start = file().isEmpty() ? QDir::homePath() : QFileInfo(file()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    setFile(path);
    check_->setFocus();
}

void ImportWizard::check()
{
    start(true);
}

void ImportWizard::startImport()
{
    if (!checkedOk_ || !session_.may(auth::Action::Edit))
        return;
    start(false);
}

void ImportWizard::start(bool dryRun)
{
    if (isBusy())
        return;
    const QString path = file();
    if (path.isEmpty()) {
        setStatus(tr("Choose a file first."), true);
        file_->setFocus();
        return;
    }
    if (path != previewedFile_)
        readPreview();

    auto job = std::make_shared<Job>();
    job->dbPath = services::databasePath(db_);
    job->file = path;
    job->kind = currentKind();
    job->options.encoding = encodingChoice();
    job->options.dryRun = dryRun;
    job->options.session = session_;
    job->options.fileName = QFileInfo(path).fileName();
    job->options.source = io::ImportOptions::Source::File;

    error_.clear();
    result_ = {};
    if (dryRun) {
        checkedOk_ = false;
        lineOffsets_.clear();
        problems_->setProblems({});
        preview_->setProblemLines({});
        lineText_->clear();
    }
    progress_->setRange(0, 0); // busy until the file is read and its rows counted
    setStatus(dryRun ? tr("Checking %1…").arg(job->options.fileName) : tr("Importing %1…").arg(job->options.fileName));

    job_ = job;
    thread_ = QThread::create([job] { runJob(*job); });
    connect(thread_, &QThread::finished, this, &ImportWizard::finishJob);
    updateButtons();
    cancel_->setFocus();
    poll_->start();
    thread_->start();
}

// On the worker thread: its own connection, since a connection serves only the thread that opened it.
void ImportWizard::runJob(Job &job)
{
    try {
        const QFileInfo info(job.file);
        job.size = info.size();
        job.modified = info.lastModified();
        QFile f(job.file);
        if (!f.open(QIODevice::ReadOnly)) {
            job.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(job.file), f.errorString());
            return;
        }
        const QByteArray bytes = f.readAll();
        f.close();
        job.bom = bytes.startsWith(kBom);
        if (job.cancel) {
            job.result.cancelled = true;
            return;
        }
        services::withExistingDatabase(job.dbPath, [&](storage::Database &db) {
            job.options.progress = [&job](qint64 done, qint64 total) {
                job.done = done;
                job.total = total;
                return !job.cancel.load();
            };
            job.result = io::importCsv(db, *job.kind, bytes, job.options);
            if (job.result.ok())
                job.duplicates = services::Privacy(db).importDuplicates(QLatin1String(job.kind->name), bytes);
        });
        if (!job.result.problems.empty())
            job.lineOffsets = lineStarts(bytes, job.result.problems);
    } catch (const Error &e) {
        job.error = e.message();
    } catch (const std::exception &e) {
        job.error = QString::fromLocal8Bit(e.what());
    }
}

void ImportWizard::showProgress()
{
    if (!job_)
        return;
    const qint64 total = job_->total;
    if (total <= 0)
        return;
    progress_->setRange(0, clampToInt(total));
    progress_->setValue(clampToInt(std::min(job_->done.load(), total)));
}

void ImportWizard::cancelWork()
{
    if (!job_)
        return;
    job_->cancel = true;
    setStatus(tr("Cancelling…"));
}

void ImportWizard::reject()
{
    if (isBusy()) {
        // Closes once the worker has stopped.
        closeWhenDone_ = true;
        cancelWork();
        return;
    }
    QDialog::reject();
}

void ImportWizard::finishJob()
{
    if (!job_)
        return;
    poll_->stop();
    thread_->wait();
    thread_->deleteLater();
    thread_ = nullptr;
    const std::shared_ptr<Job> job = std::move(job_);
    job_.reset();

    const bool dryRun = job->options.dryRun;
    result_ = job->result;
    lastWasImport_ = !dryRun;
    error_ = job->error;
    const bool completed = error_.isEmpty() && !result_.cancelled;
    progress_->setRange(0, completed ? std::max(1, clampToInt(result_.rows)) : 1);
    progress_->setValue(completed ? progress_->maximum() : 0);

    if (!error_.isEmpty()) {
        setStatus(error_, true);
    } else if (result_.cancelled) {
        setStatus(dryRun ? tr("The check was cancelled.") : tr("The import was cancelled: nothing was written."));
    } else {
        encodingFound_->setText(encodingLabelText(result_.encoding, job->bom));
        checkedFile_ = job->file;
        checkedEncoding_ = result_.encoding;
        checkedSize_ = job->size;
        checkedModified_ = job->modified;
        lineOffsets_ = job->lineOffsets;
        if (!result_.problems.empty()) {
            checkedOk_ = false;
            QSet<int> lines;
            for (const io::ImportProblem &p : result_.problems)
                lines.insert(p.line);
            problems_->setProblems(result_.problems);
            preview_->setProblemLines(std::move(lines));
            setStatus(tr("Problems: %1 (rows in the file: %2). Nothing can be imported until they are fixed; "
                         "select a problem to see its line.")
                          .arg(number(static_cast<qint64>(result_.problems.size())), number(result_.rows)),
                      true);
        } else if (dryRun) {
            checkedOk_ = true;
            QString text = tr("No problems. Rows: %1 — new: %2, to update: %3, unchanged: %4.")
                               .arg(number(result_.rows), number(result_.inserted), number(result_.updated),
                                    number(result_.unchanged));
            if (session_.may(auth::Action::Edit))
                text += QLatin1Char(' ') + tr("Import writes them.");
            setStatus(text + duplicatesText(job->duplicates));
        } else {
            checkedOk_ = false; // a second import needs a second check
            setStatus(tr("Imported. Rows: %1 — new: %2, updated: %3, unchanged: %4.")
                          .arg(number(result_.rows), number(result_.inserted), number(result_.updated),
                               number(result_.unchanged)) +
                      duplicatesText(job->duplicates));
        }
    }
    updateButtons();

    if (!error_.isEmpty() || result_.cancelled)
        check_->setFocus();
    else if (!result_.problems.empty())
        problemView_->setFocus();
    else if (import_->isEnabled())
        import_->setFocus();
    else
        close_->setFocus();

    if (lastWasImport_ && result_.ok() && error_.isEmpty())
        emit imported(QString::fromLatin1(job->kind->name));
    emit workFinished();
    if (closeWhenDone_) {
        closeWhenDone_ = false;
        QDialog::reject();
    }
}

void ImportWizard::showProblemLine()
{
    const QModelIndex current = problemView_->currentIndex();
    lineText_->clear();
    if (!current.isValid() || current.row() >= problems_->rowCount()) {
        lineLabel_->setText(tr("The line of the selected problem:"));
        return;
    }
    const io::ImportProblem &p = problems_->problem(current.row());
    lineLabel_->setText(tr("Line %1 of %2:").arg(p.line).arg(QFileInfo(checkedFile_).fileName()));

    // The preview shows the row too when it is among the first.
    for (int r = 0; r < preview_->rowCount(); ++r) {
        if (preview_->lineOf(r) == p.line) {
            previewView_->selectRow(r);
            previewView_->scrollTo(preview_->index(r, 0));
            break;
        }
    }

    const auto at = lineOffsets_.constFind(p.line);
    if (at == lineOffsets_.constEnd())
        return;
    const QFileInfo info(checkedFile_);
    if (info.size() != checkedSize_ || info.lastModified() != checkedModified_) {
        lineLabel_->setText(tr("Line %1: the file has changed since the check; check it again.").arg(p.line));
        return;
    }
    QFile f(checkedFile_);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(*at)) {
        lineLabel_->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(checkedFile_), f.errorString()));
        return;
    }
    QByteArray raw = f.readLine(kMaxLineBytes);
    const bool cut = !raw.endsWith('\n') && !f.atEnd();
    if (raw.endsWith('\n'))
        raw.chop(1);
    if (raw.endsWith('\r'))
        raw.chop(1);
    if (*at == 0 && raw.startsWith(kBom))
        raw.remove(0, 3);
    QString text = io::decode(raw, checkedEncoding_).text;
    if (cut)
        text += QStringLiteral("…");
    lineText_->setPlainText(text);
}

void ImportWizard::updateButtons()
{
    const bool busy = isBusy();
    kind_->setEnabled(!busy);
    file_->setEnabled(!busy);
    browse_->setEnabled(!busy);
    encoding_->setEnabled(!busy);
    cancel_->setEnabled(busy);
    check_->setEnabled(!busy && !file().isEmpty());
    const bool mayEdit = session_.may(auth::Action::Edit);
    import_->setEnabled(!busy && checkedOk_ && mayEdit);
    import_->setToolTip(mayEdit ? tr("Writes the checked file to the database, all of it or nothing.")
                                : whyNot(auth::Action::Edit));
    // Enter checks, and once the check has passed, imports.
    if (import_->isEnabled())
        import_->setDefault(true);
    else
        check_->setDefault(true);
}

} // namespace kakehashi::ui
