// libFuzzer harness: any bytes through the encoding detection, the CSV reader and
// the writer. The reader must never crash, and whatever it reads must come back
// the same through the writer.
#include "io/csv.h"
#include "io/encoding.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kakehashi::io;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Decoded decoded = decode(bytes, Encoding::Auto);
    const CsvDocument doc = parseCsv(decoded.text);
    CsvWriter writer;
    for (const CsvRecord &r : doc.records)
        writer.writeRecord(r.fields);
    const CsvDocument again = parseCsv(writer.text());
    // A record made only of one empty field is a blank line, which the reader skips.
    size_t kept = 0;
    for (const CsvRecord &r : doc.records)
        kept += (r.fields.size() == 1 && r.fields[0].isEmpty()) ? 0 : 1;
    if (!again.errors.empty() || again.records.size() != kept)
        std::abort();
    size_t j = 0;
    for (const CsvRecord &r : doc.records) {
        if (r.fields.size() == 1 && r.fields[0].isEmpty())
            continue;
        // CR LF inside a quoted field reads as LF: compare after the same folding.
        std::vector<QString> want = r.fields;
        for (QString &f : want)
            f.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (again.records[j++].fields != want)
            std::abort();
    }
    Encoder cp932(Encoding::Cp932);
    (void)cp932.encode(decoded.text);
    return 0;
}
