#pragma once
// The list of one kind of record: search as you type (Ctrl+F), filters on
// columns, sorting by a click on a column's title, a column chooser (right click
// on the titles; remembered), archived records hidden unless asked for, export of
// the rows the filter shows (CSV or XLSX), and Enter or a double click to open a
// record, Ctrl+N for a new one.
#include "auth/auth.h"
#include "language.h"
#include "domain/kinds.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kakehashi::domain {
struct Kind;
}

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class RecordEditor;
class RecordTableModel;

class RecordListView final : public QWidget
{
    Q_OBJECT

public:
    RecordListView(storage::Database &db, const domain::Kind &kind, Language language, QWidget *parent = nullptr);

    void setSession(const auth::Session &session);
    const domain::Kind &kind() const { return kind_; }
    RecordTableModel *model() const { return model_; }
    // Reads the list for a search, filter or order on a worker thread with a
    // connection of its own (RecordTableModel::setReadsOffGuiThread): typing
    // stays fluid on a long list; "Reading…" shows meanwhile.
    bool setReadsOffGuiThread(bool on);
    QTableView *view() const { return view_; }
    QLineEdit *searchField() const { return search_; }
    QCheckBox *archivedBox() const { return archived_; }

    // A filter on a column (field name → value; codes exactly, dates by prefix).
    void addColumnFilter(const QString &field, const QString &value);
    void clearColumnFilters();
    // The rows the filter shows, visible columns only, as an export writes them.
    std::vector<std::vector<QString>> visibleRows(std::vector<QString> *header = nullptr) const;
    // Writes the shown rows to a .csv or .xlsx file (by its suffix); throws Error.
    void exportTo(const QString &file);
    // Shows and selects the record with these key values (the search set to its
    // key when the list hides it); false when it is not found.
    bool selectRecord(const domain::Values &values);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    void reload();
    RecordEditor *newRecord();
    RecordEditor *openRow(int row);
    void focusSearch();
    void exportRows();

signals:
    void changed(const QString &kindName);
    void attendanceRequested(const QString &internshipNo);

private:
    RecordEditor *makeEditor();
    void applyFilters();
    void chooseColumns(const QPoint &pos);
    void saveColumns() const;
    void updateCount();

    storage::Database &db_;
    const domain::Kind &kind_;
    Language language_;
    auth::Session session_;
    RecordTableModel *model_ = nullptr;
    QTableView *view_ = nullptr;
    QLineEdit *search_ = nullptr;
    QCheckBox *archived_ = nullptr;
    QComboBox *filterField_ = nullptr;
    QLineEdit *filterValue_ = nullptr;
    QHBoxLayout *chips_ = nullptr;
    QLabel *count_ = nullptr;
    QPushButton *new_ = nullptr;
    std::vector<std::pair<int, QString>> columnFilters_;
};

} // namespace kakehashi::ui
