#pragma once
// The subsidy ledger as a document for auditors: the entries found by a search,
// the search itself, totals, the whole ledger's entry count and last hash, and
// when it was made (電子帳簿保存法: searchable, and every correction visible).
#include "storage/subsidy_store.h"

#include <QDateTime>
#include <QString>

namespace kakehashi::render {

struct LedgerDocument
{
    std::vector<storage::LedgerRow> entries;
    QString filter;      // the search, in words
    qint64 ledgerEntries = 0;
    QString lastHash;
    QDateTime madeAt;
    QString madeBy;
    bool japanese = true;
};

// A description of a filter in words, for the document's head.
QString describeFilter(const storage::LedgerFilter &f, bool japanese);

QString ledgerHtml(const LedgerDocument &doc);
void writeLedgerPdf(const QString &file, const LedgerDocument &doc);

} // namespace kakehashi::render
