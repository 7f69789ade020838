#pragma once
// A small read-only table of texts for result lists (claims, ledger entries):
// the rows are computed by core and handed over whole.
#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

namespace kakehashi::ui {

class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        bool numeric = false; // right-aligned
    };

    explicit TextTableModel(std::vector<Column> columns, QObject *parent = nullptr);

    void setRows(std::vector<QStringList> rows);
    // Tooltips per cell (e.g. the code behind a name), row by row; a missing or
    // empty one shows the cell's text.
    void setToolTips(std::vector<QStringList> tips);
    // How a column's texts are shown (e.g. an ISO timestamp as people write it);
    // row() and the tooltip keep the text as it is.
    void setDisplayFormat(int column, std::function<QString(const QString &)> format);
    // The same, with the whole row at hand (a field's label needs its kind).
    void setDisplayFormat(int column, std::function<QString(const QStringList &row, const QString &cell)> format);
    const QStringList &row(int r) const { return rows_[static_cast<size_t>(r)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Column> columns_;
    std::vector<QStringList> rows_;
    std::vector<QStringList> tips_;
    std::map<int, std::function<QString(const QStringList &, const QString &)>> formats_;
};

} // namespace kakehashi::ui
