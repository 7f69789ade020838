#include "models/text_table_model.h"

namespace kakehashi::ui {

TextTableModel::TextTableModel(std::vector<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , columns_(std::move(columns))
{
}

void TextTableModel::setRows(std::vector<QStringList> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

void TextTableModel::setToolTips(std::vector<QStringList> tips)
{
    tips_ = std::move(tips);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ToolTipRole});
}

void TextTableModel::setDisplayFormat(int column, std::function<QString(const QString &)> format)
{
    formats_[column] = [format = std::move(format)](const QStringList &, const QString &cell) { return format(cell); };
}

void TextTableModel::setDisplayFormat(int column, std::function<QString(const QStringList &, const QString &)> format)
{
    formats_[column] = std::move(format);
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &r = rows_[static_cast<size_t>(index.row())];
    if (role == Qt::ToolTipRole && static_cast<size_t>(index.row()) < tips_.size()) {
        const QStringList &t = tips_[static_cast<size_t>(index.row())];
        if (index.column() < t.size() && !t[index.column()].isEmpty())
            return t[index.column()];
    }
    if (role == Qt::DisplayRole && index.column() < r.size())
        if (const auto f = formats_.find(index.column()); f != formats_.end())
            return f->second(r, r[index.column()]);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() < r.size() ? r[index.column()] : QString();
    if (role == Qt::TextAlignmentRole && columns_[static_cast<size_t>(index.column())].numeric)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= static_cast<int>(columns_.size()))
        return {};
    return columns_[static_cast<size_t>(section)].title;
}

} // namespace kakehashi::ui
