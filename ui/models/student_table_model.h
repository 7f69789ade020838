#pragma once
// The student list as a lazy table model: rows are read in batches as the view
// scrolls (canFetchMore/fetchMore), by keyset on student_no, and the filter is
// applied in SQL.
#include "language.h"
#include "storage/student_list.h"

#include <QAbstractTableModel>

namespace kakehashi::ui {

class StudentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StudentNo, Name, Nationality, School, Programme, EnrolledOn, CompletedOn, ColumnCount };
    static constexpr int kBatch = 256;

    StudentTableModel(const storage::Database &db, Language language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const QString &text);
    // Students matching the filter, loaded or not.
    qint64 totalCount() const { return total_; }
    // Re-reads from the database (after an import, say).
    void reload();

private:
    storage::StudentList list_;
    Language language_;
    std::vector<storage::StudentRow> rows_;
    qint64 total_ = 0;
    bool announcing_ = false; // inside endResetModel/endInsertRows
};

} // namespace kakehashi::ui
