#include "models/record_table_model.h"

#include "domain/codes.h"
#include "domain/countries.h"
#include "labels.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace kakehashi::ui {

RecordTableModel::RecordTableModel(const storage::Database &db, const domain::Kind &kind, Language language,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , list_(db, kind)
    , language_(language)
{
    reload();
}

void RecordTableModel::reload()
{
    busy_ = true; // no fetchMore() from a slot of the reset's signals
    beginResetModel();
    pages_.clear();
    recent_.clear();
    // The first page, which the view shows next, before the count: when it is not
    // full it is all there is, and the count (a second pass over the table for a
    // search) is not needed.
    std::vector<services::ListRow> first = list_.page(0, kPage);
    partial_ = false;
    if (first.size() < static_cast<size_t>(kPage))
        count_ = static_cast<int>(first.size());
    else if (list_.countReadsEveryRow())
        count_ = kPage, partial_ = true;
    else
        count_ = static_cast<int>(std::min<qint64>(list_.count(), std::numeric_limits<int>::max()));
    pages_.emplace(0, std::move(first));
    recent_.push_back(0);
    endResetModel();
    busy_ = false;
}

void RecordTableModel::setFilter(services::ListFilter filter)
{
    list_.setFilter(std::move(filter));
    reload();
}

void RecordTableModel::setSearch(const QString &text)
{
    if (text.trimmed() == list_.filter().search.trimmed())
        return;
    services::ListFilter f = list_.filter();
    f.search = text;
    setFilter(std::move(f));
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    services::ListFilter f = list_.filter();
    if (column < 0 || column >= kind().size())
        return;
    if (f.sortField == column && f.descending == (order == Qt::DescendingOrder))
        return; // already so: nothing to read again
    f.sortField = column;
    f.descending = order == Qt::DescendingOrder;
    setFilter(std::move(f));
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && partial_ && !busy_;
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 page = count_ / kPage; // while partial, count_ is whole pages
    std::vector<storage::ListRow> rows = list_.page(page * kPage, kPage);
    partial_ = rows.size() == static_cast<size_t>(kPage);
    if (rows.empty())
        return;
    const int n = static_cast<int>(rows.size());
    busy_ = true; // nor from a slot of the insertion's
    beginInsertRows({}, count_, count_ + n - 1);
    pages_[page] = std::move(rows);
    recent_.push_back(page);
    if (recent_.size() > kCachedPages) {
        pages_.erase(recent_.front());
        recent_.erase(recent_.begin());
    }
    count_ += n;
    endInsertRows();
    busy_ = false;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count_;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kind().size();
}

const services::ListRow *RecordTableModel::row(int row) const
{
    if (row < 0 || row >= count_)
        return nullptr;
    const qint64 page = row / kPage;
    auto it = pages_.find(page);
    if (it == pages_.end()) {
        it = pages_.emplace(page, list_.page(page * kPage, kPage)).first;
        recent_.push_back(page);
        if (recent_.size() > kCachedPages) {
            pages_.erase(recent_.front());
            recent_.erase(recent_.begin());
        }
    }
    const size_t at = static_cast<size_t>(row % kPage);
    // Rows removed by another program since the count: an empty cell, not a crash.
    return at < it->second.size() ? &it->second[at] : nullptr;
}

QString RecordTableModel::displayText(const services::ListRow &r, int column) const
{
    const domain::Field &f = kind().field(column);
    const QVariant &v = r.values[static_cast<size_t>(column)];
    if (v.isNull())
        return {};
    switch (f.type) {
    case domain::FieldType::Code: return codeLabel(*f.codes, v.toString(), language_);
    case domain::FieldType::Bool: return v.toLongLong() ? tr("yes") : tr("no");
    case domain::FieldType::Yen: return QLocale(QLocale::Japanese).toString(v.toLongLong());
    case domain::FieldType::Prefecture:
        if (const codes::Prefecture *p = codes::prefecture(v.toString()))
            return QString::fromUtf8(language_ == Language::Japanese ? p->ja : p->en);
        return v.toString();
    case domain::FieldType::Country: return countries::name(v.toString(), language_ == Language::Japanese);
    case domain::FieldType::CountryList: {
        QStringList names;
        for (const QString &c : v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            names << countries::name(c, language_ == Language::Japanese);
        return names.join(language_ == Language::Japanese ? QStringLiteral("、") : QStringLiteral(", "));
    }
    default: break;
    }
    // A referenced record by its name (the key is the tooltip).
    const QString &name = r.names[static_cast<size_t>(column)];
    return name.isEmpty() ? v.toString() : name;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::ListRow *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayText(*r, index.column());
    case Qt::ToolTipRole: {
        const QVariant &v = r->values[static_cast<size_t>(index.column())];
        return v.isNull() ? QVariant() : QVariant(v.toString());
    }
    case Qt::TextAlignmentRole: {
        const auto t = kind().field(index.column()).type;
        if (t == domain::FieldType::Yen || t == domain::FieldType::Integer || t == domain::FieldType::Hours)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case Qt::ForegroundRole:
        return r->archived ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole: {
        if (!r->archived)
            return {};
        QFont f;
        f.setItalic(true);
        return f;
    }
    case KeyRole: {
        QVariantList key;
        for (int i = 0; i < kind().keyFields; ++i)
            key << r->values[static_cast<size_t>(i)];
        return key;
    }
    case ArchivedRole: return r->archived;
    case RawRole: return r->values[static_cast<size_t>(index.column())];
    default: return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= kind().size())
        return {};
    if (role == Qt::DisplayRole)
        return fieldLabel(kind(), section);
    if (role == Qt::ToolTipRole)
        return QString::fromLatin1(kind().field(section).name);
    return {};
}

} // namespace kakehashi::ui
