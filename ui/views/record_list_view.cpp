#include "views/record_list_view.h"

#include "auth/auth.h"
#include "dialogs/record_editor.h"
#include "io/exporter.h"
#include "labels.h"
#include "models/record_table_model.h"
#include "services/record_names.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakehashi::ui {

RecordListView::RecordListView(storage::Database &db, const domain::Kind &kind, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , kind_(kind)
    , language_(language)
{
    setObjectName(QStringLiteral("list_%1").arg(QLatin1String(kind.name)));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    search_ = new QLineEdit(this);
    search_->setPlaceholderText(tr("Search %1 (Ctrl+F)").arg(kindLabel(kind)));
    search_->setClearButtonEnabled(true);
    bar->addWidget(search_, 2);
    filterField_ = new QComboBox(this);
    for (int i = 0; i < kind.size(); ++i)
        filterField_->addItem(fieldLabel(kind, i), i);
    filterField_->setToolTip(tr("Filter on a column"));
    bar->addWidget(filterField_);
    filterValue_ = new QLineEdit(this);
    filterValue_->setPlaceholderText(tr("value (a code, or the start of a date)"));
    bar->addWidget(filterValue_, 1);
    auto *addFilter = new QPushButton(tr("Filter"), this);
    bar->addWidget(addFilter);
    archived_ = new QCheckBox(tr("Show archived"), this);
    archived_->setVisible(services::RecordNames::versioned(kind));
    bar->addWidget(archived_);
    layout->addLayout(bar);

    chips_ = new QHBoxLayout;
    chips_->addStretch(1);
    layout->addLayout(chips_);

    model_ = new RecordTableModel(db, kind, language, this);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &RecordListView::updateCount);
    connect(model_, &QAbstractItemModel::modelReset, this, &RecordListView::updateCount);
    connect(model_, &RecordTableModel::readingChanged, this, &RecordListView::updateCount);
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The indicator first: enabling sorting then asks for the order the model already has.
    view_->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    view_->setSortingEnabled(true);
    view_->horizontalHeader()->setSectionsMovable(true);
    view_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->verticalHeader()->hide();
    layout->addWidget(view_, 1);

    auto *bottom = new QHBoxLayout;
    new_ = new QPushButton(tr("&New %1").arg(recordLabel(kind)), this);
    new_->setToolTip(tr("Ctrl+N"));
    auto *open = new QPushButton(tr("&Open"), this);
    open->setToolTip(tr("Enter or double click"));
    auto *exportButton = new QPushButton(tr("&Export shown rows…"), this);
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("recordCount"));
    bottom->addWidget(new_);
    bottom->addWidget(open);
    bottom->addWidget(exportButton);
    bottom->addStretch(1);
    bottom->addWidget(count_);
    layout->addLayout(bottom);

    // Column choice remembered per kind.
    const QStringList hidden =
        QSettings().value(QStringLiteral("lists/%1/hidden").arg(QLatin1String(kind.name))).toStringList();
    for (int i = 0; i < kind.size(); ++i)
        view_->setColumnHidden(i, hidden.contains(QLatin1String(kind.field(i).name)));
    if (hidden.isEmpty())
        // Long lists start with the fields people look at; the rest one right click away.
        for (int i = 9; i < kind.size(); ++i)
            view_->setColumnHidden(i, true);

    connect(search_, &QLineEdit::textChanged, this, [this](const QString &t) {
        model_->setSearch(t);
        updateCount();
    });
    connect(archived_, &QCheckBox::toggled, this, &RecordListView::applyFilters);
    connect(addFilter, &QPushButton::clicked, this, [this] {
        addColumnFilter(QLatin1String(kind_.field(filterField_->currentData().toInt()).name), filterValue_->text());
        filterValue_->clear();
    });
    connect(filterValue_, &QLineEdit::returnPressed, addFilter, &QPushButton::click);
    connect(view_, &QTableView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(view_->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &RecordListView::chooseColumns);
    connect(new_, &QPushButton::clicked, this, &RecordListView::newRecord);
    connect(open, &QPushButton::clicked, this, [this] {
        if (view_->currentIndex().isValid())
            openRow(view_->currentIndex().row());
    });
    connect(exportButton, &QPushButton::clicked, this, &RecordListView::exportRows);
    new QShortcut(QKeySequence::New, this, this, &RecordListView::newRecord, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence::Find, this, this, &RecordListView::focusSearch, Qt::WidgetWithChildrenShortcut);
    setFocusProxy(search_);
    search_->installEventFilter(this);
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search box opens the chosen row, or the only one found
        // (of the search typed, read now if the worker has not done yet).
        if (model_->reading())
            model_->reload();
        if (view_->currentIndex().isValid())
            openRow(view_->currentIndex().row());
        else if (model_->rowCount() == 1)
            openRow(0);
        else if (model_->rowCount() > 1) {
            view_->setCurrentIndex(model_->index(0, view_->horizontalHeader()->logicalIndex(0)));
            view_->selectRow(0);
            view_->setFocus();
        }
    });
    updateCount();
}

void RecordListView::setSession(const auth::Session &session)
{
    session_ = session;
    const bool may = session.may(auth::Action::Edit);
    new_->setEnabled(may);
    new_->setToolTip(may ? tr("Ctrl+N") : whyNot(auth::Action::Edit));
}

void RecordListView::focusSearch()
{
    search_->setFocus();
    search_->selectAll();
}

void RecordListView::reload()
{
    model_->reload();
    updateCount();
}

bool RecordListView::setReadsOffGuiThread(bool on)
{
    return model_->setReadsOffGuiThread(on);
}

void RecordListView::updateCount()
{
    if (model_->reading()) {
        // The rows of the filter before stay until the new ones are read.
        count_->setText(tr("Reading…"));
        return;
    }
    // A short search is counted as far as it has been read (see RecordTableModel::fetchMore).
    count_->setText(!model_->countComplete() ? tr("%n or more record(s)", nullptr, model_->rowCount())
                                             : tr("%n record(s)", nullptr, model_->rowCount()));
}

void RecordListView::addColumnFilter(const QString &field, const QString &value)
{
    const int i = kind_.fieldIndex(field);
    if (i < 0 || value.trimmed().isEmpty())
        return;
    columnFilters_.emplace_back(i, value.trimmed());
    auto *chip = new QToolButton(this);
    chip->setText(QStringLiteral("%1: %2  ✕").arg(fieldLabel(kind_, i), value.trimmed()));
    chip->setToolTip(tr("Remove this filter"));
    chips_->insertWidget(chips_->count() - 1, chip);
    const auto entry = columnFilters_.back();
    connect(chip, &QToolButton::clicked, this, [this, chip, entry] {
        std::erase(columnFilters_, entry);
        chip->deleteLater();
        applyFilters();
    });
    applyFilters();
}

void RecordListView::clearColumnFilters()
{
    columnFilters_.clear();
    while (chips_->count() > 1) {
        QLayoutItem *item = chips_->takeAt(0);
        delete item->widget();
        delete item;
    }
    applyFilters();
}

void RecordListView::applyFilters()
{
    services::ListFilter f = model_->filter();
    f.columns = columnFilters_;
    f.archived = archived_->isChecked();
    model_->setFilter(std::move(f));
    updateCount();
}

void RecordListView::chooseColumns(const QPoint &pos)
{
    QMenu menu(this);
    for (int i = 0; i < kind_.size(); ++i) {
        QAction *a = menu.addAction(fieldLabel(kind_, i));
        a->setCheckable(true);
        a->setChecked(!view_->isColumnHidden(i));
        connect(a, &QAction::toggled, this, [this, i](bool on) {
            view_->setColumnHidden(i, !on);
            saveColumns();
        });
    }
    menu.exec(view_->horizontalHeader()->mapToGlobal(pos));
}

void RecordListView::saveColumns() const
{
    QStringList hidden;
    for (int i = 0; i < kind_.size(); ++i)
        if (view_->isColumnHidden(i))
            hidden << QLatin1String(kind_.field(i).name);
    QSettings().setValue(QStringLiteral("lists/%1/hidden").arg(QLatin1String(kind_.name)), hidden);
}

RecordEditor *RecordListView::makeEditor()
{
    auto *editor = new RecordEditor(db_, kind_, language_, session_, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RecordEditor::saved, this, [this, editor](const QString &kindName) {
        reload();
        // The record just saved, shown and selected (a new one found even when the search hid it).
        if (kindName == QLatin1String(kind_.name) && editor->record())
            selectRecord(editor->record()->values);
        emit changed(kindName);
    });
    connect(editor, &RecordEditor::attendanceRequested, this, &RecordListView::attendanceRequested);
    return editor;
}

bool RecordListView::selectRecord(const domain::Values &values)
{
    const auto findRow = [this, &values]() -> int {
        // The rows read so far and a few pages more; a long list is searched instead.
        const int limit = std::min(model_->rowCount(), 2000);
        for (int r = 0; r < limit; ++r) {
            const services::ListRow *row = model_->row(r);
            if (!row)
                break;
            bool same = true;
            for (int k = 0; k < kind_.keyFields && same; ++k)
                same = row->values[static_cast<size_t>(k)] == values[static_cast<size_t>(k)];
            if (same)
                return r;
        }
        return -1;
    };
    int row = findRow();
    if (row < 0 && kind_.keyFields == 1) {
        search_->setText(values[0].toString());
        if (model_->reading())
            model_->reload(); // the one record, read here rather than waited for
        row = findRow();
    }
    if (row < 0)
        return false;
    const QModelIndex at = model_->index(row, view_->horizontalHeader()->logicalIndex(0));
    view_->setCurrentIndex(at);
    view_->selectRow(row);
    view_->scrollTo(at);
    return true;
}

bool RecordListView::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box into the results; Enter there opens the record.
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && model_->rowCount() > 0) {
            if (!view_->currentIndex().isValid())
                view_->setCurrentIndex(model_->index(0, view_->horizontalHeader()->logicalIndex(0)));
            view_->selectRow(view_->currentIndex().row());
            view_->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

RecordEditor *RecordListView::newRecord()
{
    if (!session_.may(auth::Action::Edit))
        return nullptr;
    RecordEditor *editor = makeEditor();
    QHash<QString, QString> preset;
    // A new record starts with the list's column filters as its values.
    for (const auto &[i, v] : columnFilters_)
        preset.insert(QLatin1String(kind_.field(i).name), v);
    editor->newRecord(preset);
    editor->open();
    return editor;
}

RecordEditor *RecordListView::openRow(int row)
{
    const services::ListRow *r = model_->row(row);
    if (!r)
        return nullptr;
    RecordEditor *editor = makeEditor();
    services::RecordService service(db_, session_);
    auto rec = service.find(kind_, r->values);
    if (!rec) {
        delete editor;
        reload();
        return nullptr;
    }
    editor->openRecord(*rec);
    editor->open();
    return editor;
}

std::vector<std::vector<QString>> RecordListView::visibleRows(std::vector<QString> *header) const
{
    std::vector<int> columns;
    for (int v = 0; v < kind_.size(); ++v) {
        const int i = view_->horizontalHeader()->logicalIndex(v);
        if (!view_->isColumnHidden(i))
            columns.push_back(i);
    }
    if (header) {
        header->clear();
        for (int i : columns)
            header->push_back(QLatin1String(kind_.field(i).name));
    }
    std::vector<std::vector<QString>> rows;
    rows.reserve(static_cast<size_t>(model_->rowCount()));
    for (int r = 0; r < model_->rowCount(); ++r) {
        const services::ListRow *row = model_->row(r);
        if (!row)
            break;
        std::vector<QString> out;
        for (int i : columns)
            out.push_back(io::formatValue(kind_.field(i), row->values[static_cast<size_t>(i)]));
        rows.push_back(std::move(out));
    }
    return rows;
}

void RecordListView::exportTo(const QString &file)
{
    std::vector<QString> header;
    const auto rows = visibleRows(&header);
    std::vector<io::XlsxColumn> columns;
    for (const QString &h : header) {
        const auto t = kind_.field(kind_.fieldIndex(h)).type;
        columns.push_back({h, t == domain::FieldType::Integer || t == domain::FieldType::Yen ||
                                  t == domain::FieldType::Hours});
    }
    io::writeTableFile(file, file.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive), QLatin1String(kind_.name),
                       columns, rows);
    // Personal data leaving the program is recorded.
    auth::Users(db_).audit(session_.who(), QStringLiteral("export"), QLatin1String(kind_.name), {},
                           QStringLiteral("rows"), {}, QStringLiteral("%1 → %2").arg(rows.size()).arg(QFileInfo(file).fileName()));
}

void RecordListView::exportRows()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the shown rows"),
                                                      QLatin1String(kind_.name) + QStringLiteral(".csv"),
                                                      tr("CSV (*.csv);;Excel (*.xlsx)"));
    if (file.isEmpty())
        return;
    try {
        exportTo(file);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export"), QString::fromUtf8(e.what()));
    }
}

} // namespace kakehashi::ui
