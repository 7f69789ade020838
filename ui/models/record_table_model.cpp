#include "models/record_table_model.h"

#include "domain/codes.h"
#include "domain/countries.h"
#include "labels.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <limits>

namespace kakehashi::ui {

namespace {

// Lives in the worker thread and keeps its connection there (opened at the first read).
class Reader final : public QObject
{
public:
    std::unique_ptr<services::ListReader> list;
};

} // namespace

RecordTableModel::RecordTableModel(const storage::Database &db, const domain::Kind &kind, Language language,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , db_(db)
    , list_(db, kind)
    , wanted_(list_.filter())
    , language_(language)
{
    reload();
}

RecordTableModel::~RecordTableModel()
{
    if (worker_)
        stopWorker();
}

void RecordTableModel::stopWorker()
{
    latest_->store(++generation_); // a read queued is skipped, one running is dropped
    auto *reader = static_cast<Reader *>(reader_);
    // The connection is closed in the thread that opened it, after any read before.
    QMetaObject::invokeMethod(reader_, [reader] {
        reader->list.reset();
        QThread::currentThread()->quit();
    });
    worker_->wait();
    delete worker_;
    delete reader_;
    worker_ = nullptr;
    reader_ = nullptr;
}

bool RecordTableModel::setReadsOffGuiThread(bool on)
{
    if (on == (worker_ != nullptr))
        return true;
    if (!on) {
        stopWorker();
        if (reading_)
            reload(); // the list shows what was asked for last, read here
        return true;
    }
    const auto source = services::ListReader::source(db_);
    if (!source)
        return false;
    source_ = *source;
    worker_ = new QThread;
    worker_->setObjectName(QStringLiteral("list reader %1").arg(QLatin1String(kind().name)));
    reader_ = new Reader;
    reader_->moveToThread(worker_);
    worker_->start();
    return true;
}

void RecordTableModel::setReading(bool on)
{
    if (reading_ == on)
        return;
    reading_ = on;
    emit readingChanged(on);
}

void RecordTableModel::requestRead()
{
    const quint64 generation = ++generation_;
    latest_->store(generation);
    setReading(true);
    auto *reader = static_cast<Reader *>(reader_);
    const domain::Kind *kind = &list_.kind();
    QMetaObject::invokeMethod(
        reader_,
        [this, reader, generation, filter = wanted_, kind, source = source_, latest = latest_, delay = delay_] {
            if (latest->load() != generation)
                return; // asked again since: this one is not worth reading
            if (const int ms = delay->load())
                QThread::msleep(static_cast<unsigned long>(ms));
            services::FirstPage first;
            QString error;
            try {
                if (!reader->list)
                    reader->list = std::make_unique<services::ListReader>(source);
                first = reader->list->read(*kind, filter, kPage);
            } catch (const std::exception &e) {
                reader->list.reset(); // opened again at the next read
                error = QString::fromUtf8(e.what());
            }
            // Queued to the model's thread; dropped there when the model is gone
            // (its destructor waits for this thread first anyway).
            QMetaObject::invokeMethod(
                this,
                [this, generation, filter, first = std::move(first), error]() mutable {
                    finish(generation, std::move(filter), std::move(first), error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void RecordTableModel::finish(quint64 generation, services::ListFilter filter, services::FirstPage first,
                              const QString &error)
{
    if (generation != generation_) {
        ++dropped_; // the filter changed while it was read
        return;
    }
    if (!error.isEmpty()) {
        reload();
        emit readFailed(error);
        return;
    }
    list_.setFilter(std::move(filter));
    show(std::move(first));
    setReading(false);
}

void RecordTableModel::show(services::FirstPage first)
{
    busy_ = true; // no fetchMore() from a slot of the reset's signals
    beginResetModel();
    pages_.clear();
    recent_.clear();
    partial_ = first.partial;
    count_ = static_cast<int>(std::min<qint64>(first.count, std::numeric_limits<int>::max()));
    pages_.emplace(0, std::move(first.rows));
    recent_.push_back(0);
    endResetModel();
    busy_ = false;
}

void RecordTableModel::reload()
{
    latest_->store(++generation_); // a result still to come is older than this
    list_.setFilter(wanted_);
    show(services::readFirstPage(list_, kPage));
    setReading(false);
}

void RecordTableModel::setFilter(services::ListFilter filter)
{
    wanted_ = std::move(filter);
    if (worker_)
        requestRead();
    else
        reload();
}

void RecordTableModel::setSearch(const QString &text)
{
    if (text.trimmed() == wanted_.search.trimmed())
        return;
    services::ListFilter f = wanted_;
    f.search = text;
    setFilter(std::move(f));
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    services::ListFilter f = wanted_;
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
