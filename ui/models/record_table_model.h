#pragma once
// Any kind of record as a table model for a list of 100,000 rows: the row count
// comes from SQL and the rows are read a page at a time as the view asks for
// them (the last page costs what the first does), with search, column filters
// and sorting done in SQL by services::RecordList.
#include "language.h"
#include "services/record_list.h"

#include <QAbstractTableModel>

#include <map>

namespace kakehashi::ui {

class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPage = 200;
    static constexpr int kCachedPages = 64;
    enum Roles { KeyRole = Qt::UserRole + 1, ArchivedRole, RawRole };

    RecordTableModel(const storage::Database &db, const domain::Kind &kind, Language language,
                     QObject *parent = nullptr);

    const domain::Kind &kind() const { return list_.kind(); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    // A search too short for the trigram index is not counted: its rows are read
    // a page at a time as the view scrolls to the end of those read so far.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Whether rowCount() is the whole list (false while a short search is read on demand).
    bool countComplete() const { return !partial_; }

    const services::ListFilter &filter() const { return list_.filter(); }
    void setFilter(services::ListFilter filter);
    void setSearch(const QString &text);
    // Re-reads from the database (after a save or an import).
    void reload();

    // The stored row at `row` (read if need be).
    const services::ListRow *row(int row) const;
    // A cell as the list shows it (code labels, yes/no, the referenced name).
    QString displayText(const services::ListRow &r, int column) const;

private:
    services::RecordList list_;
    Language language_;
    int count_ = 0;
    bool partial_ = false; // more rows may follow the count_ read so far
    bool busy_ = false; // in a reset or an insertion
    mutable std::map<qint64, std::vector<services::ListRow>> pages_;
    mutable std::vector<qint64> recent_; // pages in the order they were read, for eviction
};

} // namespace kakehashi::ui
