#include "io/encoding.h"

#include <iconv.h>

#include <cerrno>
#include <stdexcept>

namespace kakehashi::io {

std::optional<Encoding> encodingFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"auto")
        return Encoding::Auto;
    if (n == u"utf-8" || n == u"utf8")
        return Encoding::Utf8;
    if (n == u"utf-8-bom" || n == u"utf8-bom")
        return Encoding::Utf8Bom;
    if (n == u"cp932" || n == u"shift_jis" || n == u"sjis" || n == u"windows-31j")
        return Encoding::Cp932;
    return std::nullopt;
}

QString encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Auto: return QStringLiteral("auto");
    case Encoding::Utf8: return QStringLiteral("utf-8");
    case Encoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case Encoding::Cp932: return QStringLiteral("cp932");
    }
    return {};
}

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
        else return false;
        if (i + n >= size)
            return false;
        for (int k = 1; k <= n; ++k) {
            if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

namespace {

// Decodes CP932 bytes with iconv; returns false when some byte sequence is invalid
// (the output then holds U+FFFD in its place).
bool decodeCp932(iconv_t cd, const char *data, size_t size, QByteArray &utf8)
{
    utf8.resize(static_cast<qsizetype>(size * 3 + 16));
    char *in = const_cast<char *>(data);
    size_t inLeft = size;
    char *out = utf8.data();
    size_t outLeft = static_cast<size_t>(utf8.size());
    bool ok = true;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &out, &outLeft) == static_cast<size_t>(-1)) {
            if (errno == EILSEQ || errno == EINVAL) {
                ok = false;
                static const char replacement[] = "\xEF\xBF\xBD";
                if (outLeft < 3)
                    break;
                for (char r : {replacement[0], replacement[1], replacement[2]})
                    *out++ = r;
                outLeft -= 3;
                ++in;
                --inLeft;
                iconv(cd, nullptr, nullptr, nullptr, nullptr);
                continue;
            }
            throw std::runtime_error("iconv failed while decoding CP932");
        }
    }
    utf8.resize(utf8.size() - static_cast<qsizetype>(outLeft));
    return ok;
}

// QString::fromUtf8 drops a BOM at the start of what it is given; inside a file
// (a later line, a later piece) the character is kept, to be refused where it is.
QString utf8Text(const char *p, qsizetype n)
{
    QString s = QString::fromUtf8(p, n);
    if (n >= 3 && p[0] == '\xEF' && p[1] == '\xBB' && p[2] == '\xBF' && (s.isEmpty() || s.front() != QChar(0xFEFF)))
        s.prepend(QChar(0xFEFF));
    return s;
}

template<typename F>
void forEachLine(const QByteArray &bytes, F f)
{
    qsizetype start = 0;
    int line = 1;
    while (start <= bytes.size()) {
        qsizetype nl = bytes.indexOf('\n', start);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        f(line, bytes.constData() + start, end - start);
        if (nl < 0)
            break;
        start = end;
        ++line;
    }
}

} // namespace

Decoded decode(const QByteArray &raw, Encoding encoding, bool atStart)
{
    Decoded result;
    QByteArray bytes = raw;
    const bool bom = atStart && bytes.startsWith("\xEF\xBB\xBF");
    if (encoding == Encoding::Auto)
        encoding = isValidUtf8(bytes.constData(), bytes.size()) ? Encoding::Utf8 : Encoding::Cp932;
    if (encoding == Encoding::Utf8Bom)
        encoding = Encoding::Utf8;
    result.used = encoding;

    if (encoding == Encoding::Utf8) {
        if (bom)
            bytes.remove(0, 3);
        if (isValidUtf8(bytes.constData(), bytes.size())) {
            result.text = utf8Text(bytes.constData(), bytes.size());
            return result;
        }
        forEachLine(bytes, [&](int line, const char *p, qsizetype n) {
            if (!isValidUtf8(p, n))
                result.badLines.push_back(line);
            result.text += utf8Text(p, n);
        });
        return result;
    }

    iconv_t cd = iconv_open("UTF-8", "CP932");
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error("this system's iconv has no CP932");
    QByteArray utf8;
    if (decodeCp932(cd, bytes.constData(), static_cast<size_t>(bytes.size()), utf8)) {
        result.text = QString::fromUtf8(utf8);
    } else {
        // CP932's trail bytes are never 0x0A, so splitting on LF bytes is safe.
        forEachLine(bytes, [&](int line, const char *p, qsizetype n) {
            QByteArray part;
            if (!decodeCp932(cd, p, static_cast<size_t>(n), part))
                result.badLines.push_back(line);
            result.text += QString::fromUtf8(part);
        });
    }
    iconv_close(cd);
    return result;
}

struct Encoder::Iconv
{
    iconv_t cd = reinterpret_cast<iconv_t>(-1);
    ~Iconv()
    {
        if (cd != reinterpret_cast<iconv_t>(-1))
            iconv_close(cd);
    }
};

Encoder::Encoder(Encoding encoding)
    : encoding_(encoding == Encoding::Auto ? Encoding::Utf8 : encoding)
{
    if (encoding_ == Encoding::Cp932) {
        iconv_ = std::make_unique<Iconv>();
        iconv_->cd = iconv_open("CP932", "UTF-8");
        if (iconv_->cd == reinterpret_cast<iconv_t>(-1))
            throw std::runtime_error("this system's iconv has no CP932");
    }
}

Encoder::~Encoder() = default;

QByteArray Encoder::bom() const
{
    return encoding_ == Encoding::Utf8Bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

std::optional<QByteArray> Encoder::encode(QStringView text) const
{
    const QByteArray utf8 = text.toUtf8();
    if (encoding_ != Encoding::Cp932)
        return utf8;
    bool ascii = true;
    for (char c : utf8)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return utf8;
    QByteArray out(utf8.size() * 2 + 8, Qt::Uninitialized);
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = static_cast<size_t>(utf8.size());
    char *o = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    iconv(iconv_->cd, nullptr, nullptr, nullptr, nullptr);
    if (iconv(iconv_->cd, &in, &inLeft, &o, &outLeft) == static_cast<size_t>(-1))
        return std::nullopt;
    out.resize(out.size() - static_cast<qsizetype>(outLeft));
    return out;
}

QString Encoder::firstUnencodable(QStringView text) const
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        if (!encode(text.mid(i, n)))
            return text.mid(i, n).toString();
        i += n - 1;
    }
    return {};
}

} // namespace kakehashi::io
