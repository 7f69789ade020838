#include "models/student_table_model.h"

#include "domain/codes.h"

namespace kakehashi::ui {

StudentTableModel::StudentTableModel(const storage::Database &db, Language language, QObject *parent)
    : QAbstractTableModel(parent)
    , list_(db)
    , language_(language)
{
    reload();
}

void StudentTableModel::reload()
{
    // Listeners of the reset signals may not fetch while the reset is still being
    // announced; views fetch again once it is over.
    announcing_ = true;
    beginResetModel();
    rows_.clear();
    total_ = list_.count();
    endResetModel();
    announcing_ = false;
}

void StudentTableModel::setFilter(const QString &text)
{
    if (text.trimmed() == list_.filter())
        return;
    list_.setFilter(text);
    reload();
}

int StudentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int StudentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::StudentRow &r = rows_[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StudentNo: return r.studentNo;
        case Name: return r.familyName + QLatin1Char(' ') + r.givenName;
        case Nationality: return r.nationality;
        case School: return r.schoolCode;
        case Programme: return codeLabel(codes::kProgramme, r.programme, language_);
        case EnrolledOn: return r.enrolledOn;
        case CompletedOn: return r.completedOn;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Programme)
        return r.programme;
    return {};
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case StudentNo: return tr("Student no.");
    case Name: return tr("Name");
    case Nationality: return tr("Nationality");
    case School: return tr("School");
    case Programme: return tr("Programme");
    case EnrolledOn: return tr("Enrolled");
    case CompletedOn: return tr("Completed");
    default: return {};
    }
}

bool StudentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !announcing_ && static_cast<qint64>(rows_.size()) < total_;
}

void StudentTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || announcing_)
        return;
    const QString after = rows_.empty() ? QString() : rows_.back().studentNo;
    std::vector<storage::StudentRow> more = list_.fetch(after, kBatch);
    if (more.empty()) {
        // The table shrank under us (another program deleted rows): stop asking.
        total_ = static_cast<qint64>(rows_.size());
        return;
    }
    const int first = static_cast<int>(rows_.size());
    announcing_ = true; // no nested fetch from a listener of the insertion signals
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    rows_.insert(rows_.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    endInsertRows();
    announcing_ = false;
}

} // namespace kakehashi::ui
