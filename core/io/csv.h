#pragma once
// RFC 4180 CSV: comma separator, "…" quoting with "" inside, LF or CRLF record
// ends, newlines inside quoted fields. Records remember the physical line they
// start on, which is what every import problem names.
#include <QString>

#include <vector>

namespace kakehashi::io {

struct CsvRecord
{
    int line = 0;     // physical line (1-based) where the record starts
    int lastLine = 0; // physical line where it ends
    std::vector<QString> fields;
};

struct CsvError
{
    int line = 0;
    QString message;
};

struct CsvDocument
{
    std::vector<CsvRecord> records; // blank lines are skipped
    std::vector<CsvError> errors;   // records with broken quoting (not in `records`)
};

// Parses the whole text. A quoted field's CRLF becomes LF.
CsvDocument parseCsv(QStringView text);

// Parses the complete records of a piece of a longer text whose first physical
// line is `firstLine`. Unless `final`, a record still open at the end of the
// piece is left for the next one: `consumed` is where it starts (the caller keeps
// text from there) and `nextLine` its line.
CsvDocument parseCsvChunk(QStringView text, int firstLine, bool final, qsizetype &consumed, int &nextLine);

class CsvWriter final
{
public:
    // Appends one record, quoting where needed, ended by CRLF.
    void writeRecord(const std::vector<QString> &fields);
    const QString &text() const { return text_; }
    QString take() { return std::move(text_); }
    static QString quote(const QString &field);

private:
    QString text_;
};

// Spreadsheet safety (FORMATS §1): a text cell that begins with =, +, -, @, a
// tab or a carriage return is written with an apostrophe in front, so that no
// spreadsheet takes it for a formula; import takes that one apostrophe off again.
bool startsLikeFormula(QStringView cell);
QString protectCell(const QString &cell);
QString unprotectCell(const QString &cell);

} // namespace kakehashi::io
