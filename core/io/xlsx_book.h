#pragma once
// Several tables in one .xlsx workbook, one sheet each (header row bold and
// frozen, numbers as numbers): the completion report's summary, internships,
// register of payments and evidence index. Written through OutputFile.
#include "io/exporter.h"

#include <vector>

namespace kakehashi::io {

struct XlsxSheet
{
    QString name; // up to 31 characters
    std::vector<XlsxColumn> columns;
    std::vector<std::vector<QString>> rows;
};

// Throws ExportError when the file cannot be written.
void writeXlsxBook(const QString &file, const std::vector<XlsxSheet> &sheets);

} // namespace kakehashi::io
