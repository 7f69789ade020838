#pragma once
// Any kind of record as a table model for a list of 100,000 rows: the row count
// comes from SQL and the rows are read a page at a time as the view asks for
// them (the last page costs what the first does), with search, column filters
// and sorting done in SQL by services::RecordList.
#include "language.h"
#include "services/record_list.h"

#include <QAbstractTableModel>

#include <atomic>
#include <map>
#include <memory>

class QThread;

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
    ~RecordTableModel() override;

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

    // The filter last asked for (while it is read off the GUI thread, the rows
    // shown are still those of the one before).
    const services::ListFilter &filter() const { return wanted_; }
    void setFilter(services::ListFilter filter);
    void setSearch(const QString &text);
    // Re-reads from the database (after a save or an import), on the GUI thread:
    // a read still running for an older request is dropped when it comes.
    void reload();

    // Off the GUI thread: setFilter(), setSearch() and sort() then read the count
    // and the first page on a worker thread with a connection of its own, and
    // the rows change when it is done; a result that comes after the filter
    // changed again is dropped (each request has a generation, and only the
    // latest is shown). The later pages of a list are still read as the view
    // scrolls to them. Returns false (and stays synchronous) when the database
    // has no second connection (an in-memory one).
    bool setReadsOffGuiThread(bool on);
    bool readsOffGuiThread() const { return worker_ != nullptr; }
    // Whether a read for the latest request is still running.
    bool reading() const { return reading_; }
    // For tests: the worker waits this long before each read (a slow disk or server).
    void setWorkerDelayForTests(int milliseconds) { delay_->store(milliseconds); }
    // For tests and benchmarks: how many results came too late and were dropped.
    int droppedResults() const { return dropped_; }

signals:
    void readingChanged(bool reading);
    // A worker's read failed (e.g. the server went away): the list was read on the GUI thread instead.
    void readFailed(const QString &message);

public:

    // The stored row at `row` (read if need be).
    const services::ListRow *row(int row) const;
    // A cell as the list shows it (code labels, yes/no, the referenced name).
    QString displayText(const services::ListRow &r, int column) const;

private:
    void show(services::FirstPage first);
    void finish(quint64 generation, services::ListFilter filter, services::FirstPage first, const QString &error);
    void setReading(bool on);
    void stopWorker();
    void requestRead();

    const storage::Database &db_;
    services::RecordList list_;
    services::ListFilter wanted_;
    QThread *worker_ = nullptr;
    QObject *reader_ = nullptr; // lives in worker_, owns the worker's connection
    quint64 generation_ = 0;    // of the latest request
    std::shared_ptr<std::atomic<quint64>> latest_ = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<int>> delay_ = std::make_shared<std::atomic<int>>(0);
    services::ListReader::Source source_;
    bool reading_ = false;
    int dropped_ = 0;
    Language language_;
    int count_ = 0;
    bool partial_ = false; // more rows may follow the count_ read so far
    bool busy_ = false; // in a reset or an insertion
    mutable std::map<qint64, std::vector<services::ListRow>> pages_;
    mutable std::vector<qint64> recent_; // pages in the order they were read, for eviction
};

} // namespace kakehashi::ui
