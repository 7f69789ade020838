#pragma once
// A CSV file read piece by piece, so that memory does not grow with the file:
// whole physical lines of bytes are decoded and parsed a few megabytes at a time,
// and a record that continues past a piece (a quoted line break) waits for the
// next one. Lines whose bytes are not text in the encoding are remembered.
#include "io/csv.h"
#include "io/encoding.h"

#include <QByteArray>
#include <QSet>
#include <QString>

class QIODevice;

namespace kakehashi::io {

class CsvSource final
{
public:
    // `Auto` reads the device once first: UTF-8 when all its bytes are, else CP932.
    CsvSource(QIODevice &device, Encoding encoding, qsizetype pieceBytes = 4 << 20);

    Encoding used() const { return used_; }
    // The next records (and broken ones); false when the file is done.
    bool next(CsvDocument &batch);
    // Physical lines holding bytes that are not text in the encoding (so far).
    const QSet<int> &badLines() const { return badLines_; }
    qint64 bytesRead() const { return bytesRead_; }
    // The last batch has been given: nothing more will come.
    bool done() const { return done_; }
    qint64 size() const { return size_; }

private:
    QIODevice &device_;
    Encoding used_;
    qsizetype pieceBytes_;
    QByteArray raw_;       // bytes read, not yet decoded (an unfinished line)
    QString pending_;      // text decoded, not yet parsed (an unfinished record)
    int pendingLine_ = 1;  // the physical line `pending_` starts on
    int rawLine_ = 1;      // the physical line `raw_` starts on
    bool atStart_ = true;
    bool done_ = false;
    qint64 bytesRead_ = 0;
    qint64 size_ = 0;
    QSet<int> badLines_;
};

} // namespace kakehashi::io
