#include "rules/zengin_kana.h"

#include <QCoreApplication>
#include <QHash>

namespace kakehashi::rules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kakehashi::rules", text);
}

// Full-width katakana (and the half-width small letters) to what the transfer file
// writes. Small kana become large: the 全銀 character set has no small letters.
const QHash<char16_t, QString> &kanaMap()
{
    static const QHash<char16_t, QString> map = [] {
        QHash<char16_t, QString> m;
        const auto pairs = [&](const char16_t *full, const char16_t *half, const char16_t *mark) {
            for (int i = 0; full[i]; ++i)
                m.insert(full[i], QString(QChar(half[i])) + (mark ? QString::fromUtf16(mark) : QString()));
        };
        pairs(u"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン",
              u"ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ", nullptr);
        pairs(u"ガギグゲゴザジズゼゾダヂヅデドバビブベボヴヷヺ", u"ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎｳﾜｦ", u"ﾞ");
        pairs(u"パピプペポ", u"ﾊﾋﾌﾍﾎ", u"ﾟ");
        // Small letters, full- and half-width, to their large forms.
        pairs(u"ァィゥェォッャュョヮヵヶｧｨｩｪｫｯｬｭｮ", u"ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹｱｲｳｴｵﾂﾔﾕﾖ", nullptr);
        // Marks: the long vowel, the voiced marks alone or combining.
        pairs(u"ー゛゜\u3099\u309A", u"ｰﾞﾟﾞﾟ", nullptr);
        // Full-width digits, capitals and the symbols the file allows; the
        // ideographic space; the dashes a keyboard may give for a hyphen.
        for (char16_t c = u'０'; c <= u'９'; ++c)
            m.insert(c, QString(QChar(u'0' + (c - u'０'))));
        for (char16_t c = u'Ａ'; c <= u'Ｚ'; ++c)
            m.insert(c, QString(QChar(u'A' + (c - u'Ａ'))));
        pairs(u"（）．／－\u2010\u2212\u3000", u"()./--- ", nullptr);
        return m;
    }();
    return map;
}

// What the transfer file may hold, as it is.
bool isZenginChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u' ' || u == u'(' || u == u')' ||
           u == u'-' || u == u'.' || u == u'/' || u == u'ｦ' || (u >= u'ｰ' && u <= u'ﾟ');
}

} // namespace

bool isZenginText(QStringView text)
{
    for (QChar c : text)
        if (!isZenginChar(c))
            return false;
    return true;
}

std::optional<QString> toZenginKana(QStringView text, QString *unwritable)
{
    // Composed first, so that カ followed by a combining mark is ガ (ｶﾞ).
    const QString composed = text.toString().normalized(QString::NormalizationForm_C);
    const auto &map = kanaMap();
    QString out;
    QString bad;
    out.reserve(composed.size() * 2);
    for (QChar c : composed) {
        if (isZenginChar(c)) {
            out += c;
            continue;
        }
        const auto it = map.constFind(c.unicode());
        if (it != map.constEnd()) {
            out += *it;
            continue;
        }
        if (!bad.contains(c))
            bad += c;
    }
    if (unwritable)
        *unwritable = bad;
    if (!bad.isEmpty())
        return std::nullopt;
    return out;
}

std::optional<QString> checkAccountHolderKana(QStringView text)
{
    const auto &map = kanaMap();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // Katakana, full-width (with ・ and the iteration marks, which a bank's
        // file cannot write: the transfer names such a name) or half-width.
        const bool katakana = (u >= 0x30A1 && u <= 0x30FF) || (u >= 0xFF66 && u <= 0xFF9F);
        if (katakana || isZenginChar(c) || map.contains(u))
            continue;
        return tr("“%1” is not katakana: the account holder's name as the bank holds it, in katakana (full- or "
                  "half-width), e.g. グエン ヴァン アン")
            .arg(c);
    }
    return std::nullopt;
}

} // namespace kakehashi::rules
