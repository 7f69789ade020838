#pragma once
// Names in the character set of the 全銀協 (Zengin) bank transfer file: half-width
// katakana without the small letters (ｧｨｩｪｫｬｭｮｯ), the voiced and semi-voiced
// marks as characters of their own (ガ → ｶﾞ, パ → ﾊﾟ), the long vowel mark ｰ,
// digits, capital Latin letters, space and ( ) - . /. Banks hold an account
// holder's name this way; the transfer file must match it.
#include <QString>

#include <optional>

namespace kakehashi::rules {

// Whether `text` is a name in katakana, full- or half-width, as a bank holds it
// (the students' `account_holder_kana`): katakana, the marks ー ゛ ゜, spaces,
// digits, capital Latin letters and ( ) - . / in either width. No value when it
// is; otherwise the message, naming the first character that is not.
std::optional<QString> checkAccountHolderKana(QStringView text);

// `text` in the transfer file's character set: full-width forms to half-width,
// small kana to their large forms (ャ → ﾔ, ッ → ﾂ), voiced kana as two
// characters. No value when some character cannot be written; `unwritable` then
// holds each such character once, in the order they occur.
std::optional<QString> toZenginKana(QStringView text, QString *unwritable = nullptr);

// Whether every character of `text` is in the transfer file's character set
// (what toZenginKana writes).
bool isZenginText(QStringView text);

} // namespace kakehashi::rules
