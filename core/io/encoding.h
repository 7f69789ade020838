#pragma once
// Text encodings of CSV files: UTF-8 (with or without BOM) and CP932, the
// Shift_JIS that Japanese Excel writes. CP932 goes through glibc's iconv, whose
// "CP932" table is Microsoft's (NEC and IBM extensions, ～ as U+FF5E); Qt 6.4's
// QStringConverter offers only the UTF encodings without ICU-specific names.
#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace kakehashi::io {

enum class Encoding { Auto, Utf8, Utf8Bom, Cp932 };

// "auto", "utf-8", "utf-8-bom", "cp932" (also "utf8", "shift_jis", "sjis").
std::optional<Encoding> encodingFromName(QStringView name);
QString encodingName(Encoding e);

bool isValidUtf8(const char *data, qsizetype size);

struct Decoded
{
    QString text;
    Encoding used = Encoding::Utf8;
    std::vector<int> badLines; // physical lines (1-based) holding bytes that are not text
};

// With Encoding::Auto: UTF-8 when the bytes are valid UTF-8, else CP932. A BOM is
// dropped (only `atStart`: a later piece of a file keeps it, to be refused where
// it is). Lines that do not decode keep U+FFFD and are listed in badLines.
Decoded decode(const QByteArray &bytes, Encoding encoding, bool atStart = true);

// Encodes text; a character the encoding lacks is an error, never a silent '?'.
class Encoder final
{
public:
    explicit Encoder(Encoding encoding);
    ~Encoder();
    Encoder(const Encoder &) = delete;
    Encoder &operator=(const Encoder &) = delete;

    Encoding encoding() const { return encoding_; }
    QByteArray bom() const;
    // Empty optional when some character has no code in the encoding.
    std::optional<QByteArray> encode(QStringView text) const;
    // The first character that cannot be encoded, or a null QChar… as a string
    // (a character outside the BMP is two UTF-16 units).
    QString firstUnencodable(QStringView text) const;

private:
    Encoding encoding_;
    struct Iconv;
    std::unique_ptr<Iconv> iconv_;
};

} // namespace kakehashi::io
