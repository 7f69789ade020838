#include "io/csv.h"

#include "rules/validation.h"

#include <QCoreApplication>

namespace kakehashi::io {

CsvDocument parseCsv(QStringView text)
{
    qsizetype consumed = 0;
    int nextLine = 1;
    return parseCsvChunk(text, 1, true, consumed, nextLine);
}

CsvDocument parseCsvChunk(QStringView text, int firstLine, bool final, qsizetype &consumed, int &nextLine)
{
    CsvDocument doc;
    const QChar *const begin = text.data();
    const QChar *p = begin;
    const QChar *const end = p + text.size();
    int line = firstLine;
    consumed = 0;

    while (p < end) {
        CsvRecord rec;
        rec.line = line;
        const QChar *const recordStart = p;
        // A record that reaches the end of a chunk before its line ends waits for
        // the next chunk (it may continue there); only the last chunk ends it.
        const auto unfinished = [&] { return !final && p >= end; };
        // A line with nothing on it is not a record.
        if (*p == u'\n') {
            ++p;
            ++line;
            continue;
        }
        if (*p == u'\r' && p + 1 < end && p[1] == u'\n') {
            p += 2;
            ++line;
            continue;
        }
        bool broken = false;
        QString brokenWhy;
        for (;;) {
            QString field;
            if (p < end && *p == u'"') {
                ++p;
                bool closed = false;
                while (p < end) {
                    if (*p == u'"') {
                        if (p + 1 < end && p[1] == u'"') {
                            field.append(u'"');
                            p += 2;
                            continue;
                        }
                        ++p;
                        closed = true;
                        break;
                    }
                    if (*p == u'\r' && p + 1 < end && p[1] == u'\n') {
                        field.append(u'\n');
                        p += 2;
                        ++line;
                        continue;
                    }
                    if (*p == u'\n')
                        ++line;
                    field.append(*p++);
                }
                if (!closed && unfinished()) {
                    consumed = recordStart - begin;
                    nextLine = rec.line;
                    return doc;
                }
                if (!closed) {
                    broken = true;
                    brokenWhy = QCoreApplication::translate("kakehashi::io", "a quoted field is not closed");
                    break;
                }
                // After the closing quote only a separator or the end of the record may follow.
                if (p < end && *p != u',' && *p != u'\n' && !(*p == u'\r' && p + 1 < end && p[1] == u'\n')) {
                    broken = true;
                    brokenWhy = QCoreApplication::translate("kakehashi::io",
                                                            "text after the closing quote of a field");
                    while (p < end && *p != u'\n')
                        ++p;
                    break;
                }
            } else {
                const QChar *start = p;
                while (p < end && *p != u',' && *p != u'\n' && !(*p == u'\r' && p + 1 < end && p[1] == u'\n'))
                    ++p;
                field = QString(start, p - start);
            }
            rec.fields.push_back(std::move(field));
            if (unfinished()) {
                consumed = recordStart - begin;
                nextLine = rec.line;
                return doc;
            }
            if (p >= end) {
                rec.lastLine = line;
                break;
            }
            if (*p == u',') {
                ++p;
                continue;
            }
            // End of record: LF or CRLF.
            rec.lastLine = line;
            p += (*p == u'\r') ? 2 : 1;
            ++line;
            break;
        }
        if (broken) {
            doc.errors.push_back({rec.line, brokenWhy});
            // Skip to the end of the current physical line.
            while (p < end && *p != u'\n')
                ++p;
            if (p < end) {
                ++p;
                ++line;
            }
            continue;
        }
        doc.records.push_back(std::move(rec));
    }
    consumed = p - begin;
    nextLine = line;
    return doc;
}

QString CsvWriter::quote(const QString &field)
{
    bool needs = false;
    for (QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            needs = true;
            break;
        }
    }
    if (!needs && !field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        needs = true;
    if (!needs)
        return field;
    QString out;
    out.reserve(field.size() + 2);
    out.append(u'"');
    for (QChar c : field) {
        if (c == u'"')
            out.append(u'"');
        out.append(c);
    }
    out.append(u'"');
    return out;
}

void CsvWriter::writeRecord(const std::vector<QString> &fields)
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i)
            text_.append(u',');
        text_.append(quote(fields[i]));
    }
    text_.append(u"\r\n");
}

bool startsLikeFormula(QStringView cell)
{
    return rules::beginsLikeFormula(cell);
}

QString protectCell(const QString &cell)
{
    return startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString unprotectCell(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && startsLikeFormula(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace kakehashi::io
