#include "io/csv_source.h"

#include <QIODevice>

namespace kakehashi::io {

namespace {

// Reads up to `n` bytes; an empty result is the end.
QByteArray readSome(QIODevice &d, qsizetype n)
{
    QByteArray b = d.read(n);
    return b;
}

} // namespace

CsvSource::CsvSource(QIODevice &device, Encoding encoding, qsizetype pieceBytes)
    : device_(device)
    , used_(encoding == Encoding::Utf8Bom ? Encoding::Utf8 : encoding)
    , pieceBytes_(pieceBytes)
    , size_(device.size())
{
    if (used_ != Encoding::Auto)
        return;
    // UTF-8 never has 0x0A inside a character: valid pieces cut at line ends
    // make a valid whole.
    bool valid = true;
    QByteArray carry;
    for (;;) {
        QByteArray b = readSome(device_, pieceBytes_);
        if (b.isEmpty())
            break;
        carry += b;
        const qsizetype cut = carry.lastIndexOf('\n') + 1;
        if (cut > 0) {
            if (!isValidUtf8(carry.constData(), cut)) {
                valid = false;
                break;
            }
            carry.remove(0, cut);
        }
    }
    if (valid && !carry.isEmpty())
        valid = isValidUtf8(carry.constData(), carry.size());
    used_ = valid ? Encoding::Utf8 : Encoding::Cp932;
    device_.seek(0);
}

bool CsvSource::next(CsvDocument &batch)
{
    batch = CsvDocument();
    if (done_)
        return false;
    // Whole lines of bytes: CP932's and UTF-8's multi-byte characters never hold 0x0A.
    bool atEnd = false;
    qsizetype cut = 0;
    for (;;) {
        const QByteArray b = readSome(device_, pieceBytes_);
        bytesRead_ += b.size();
        raw_ += b;
        if (b.isEmpty()) {
            atEnd = true;
            cut = raw_.size();
            break;
        }
        cut = raw_.lastIndexOf('\n') + 1;
        if (cut > 0)
            break;
    }
    const QByteArray piece = raw_.left(cut);
    raw_.remove(0, cut);
    const Decoded d = decode(piece, used_, atStart_);
    atStart_ = false;
    for (int l : d.badLines)
        badLines_.insert(rawLine_ + l - 1);
    rawLine_ += static_cast<int>(piece.count('\n'));
    pending_ += d.text;
    qsizetype consumed = 0;
    int nextLine = pendingLine_;
    batch = parseCsvChunk(pending_, pendingLine_, atEnd, consumed, nextLine);
    pending_.remove(0, consumed);
    pendingLine_ = nextLine;
    if (atEnd)
        done_ = true;
    return true;
}

} // namespace kakehashi::io
