#include "rules/validation.h"

#include "domain/codes.h"
#include "rules/zengin_kana.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kakehashi::rules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kakehashi::rules", text);
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

std::optional<Date> parseDateField(QStringView text, QString &error)
{
    if (auto d = parseDate(text)) {
        if (d->year() >= kFirstYear && d->year() <= kLastYear)
            return d;
        error = tr("“%1”: a date's year lies between %2 and %3").arg(text).arg(kFirstYear).arg(kLastYear);
        return std::nullopt;
    }
    error = tr("“%1” is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYY/M/D, a real calendar day)").arg(text);
    return std::nullopt;
}

std::optional<bool> parseBool(QStringView text, QString &error)
{
    const QString t = text.toString().toLower();
    if (t == u"true" || t == u"1" || t == u"yes")
        return true;
    if (t == u"false" || t == u"0" || t == u"no")
        return false;
    error = tr("“%1” is not a boolean (true/false, 1/0, yes/no)").arg(text);
    return std::nullopt;
}

std::optional<Yen> parseYen(QStringView text, QString &error)
{
    QString t;
    t.reserve(text.size());
    for (QChar c : text) {
        // ¥ and ￥ as typed; a backslash is how CP932 files carry the yen sign.
        if (c == u'¥' || c == u'￥' || c == u'\\' || c == u',')
            continue;
        t.append(c);
    }
    t = t.trimmed();
    bool ok = allDigits(t) && t.size() <= 15;
    if (ok) {
        const qint64 v = t.toLongLong(&ok);
        if (ok)
            return Yen(v);
    }
    error = tr("“%1” is not an amount in whole yen (e.g. 7000, ¥7,000)").arg(text);
    return std::nullopt;
}

std::optional<qint64> parseInteger(QStringView text, int min, int max, QString &error)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok) {
        error = tr("“%1” is not a whole number").arg(text);
        return std::nullopt;
    }
    if (min < max && (v < min || v > max)) {
        error = tr("%1 is outside %2–%3").arg(v).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

std::optional<double> parseHours(QStringView text, QString &error)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok) {
        error = tr("“%1” is not a number of hours").arg(text);
        return std::nullopt;
    }
    if (auto m = checkHours(v)) {
        error = *m;
        return std::nullopt;
    }
    return v;
}

Message checkHours(double hours)
{
    if (!(hours >= 0.0 && hours <= 24.0))
        return tr("hours must lie between 0 and 24, not %1").arg(hours);
    return std::nullopt;
}

std::optional<QString> parseCountryList(QStringView text, QString &error)
{
    QStringList codes;
    for (QStringView part : text.split(u';')) {
        const QString c = part.trimmed().toString();
        if (c.isEmpty())
            continue;
        if (auto m = checkCountry(c)) {
            error = *m;
            return std::nullopt;
        }
        if (!codes.contains(c))
            codes << c;
    }
    codes.sort();
    return codes.join(u';');
}

std::optional<QString> parsePrefecture(QStringView text, QString &error)
{
    const QString code = codes::prefectureCode(text);
    if (code.isEmpty()) {
        error = tr("“%1” is not a prefecture (a JIS code 01–47 or a name such as 東京都)").arg(text);
        return std::nullopt;
    }
    return code;
}

Message checkCode(const codes::CodeList &list, QStringView code)
{
    if (list.contains(code))
        return std::nullopt;
    return tr("“%1” is not one of: %2").arg(code, list.joined());
}

Message checkCountry(QStringView code)
{
    if (codes::isCountryCode(code))
        return std::nullopt;
    return tr("“%1” is not an ISO 3166-1 alpha-2 country code").arg(code);
}

Message checkCorporateNumber(QStringView n)
{
    if (n.size() != 13 || !allDigits(n))
        return tr("a corporate number (法人番号) has 13 digits, not “%1”").arg(n);
    // The first digit checks the other twelve: 9 − (Σ Pn × Qn mod 9), where Pn is the
    // n-th digit counted from the right and Qn is 1 for odd n, 2 for even n.
    int sum = 0;
    for (int pos = 1; pos <= 12; ++pos) {
        const int digit = n[13 - pos].unicode() - u'0';
        sum += digit * (pos % 2 == 1 ? 1 : 2);
    }
    const int check = 9 - sum % 9;
    if (n[0].unicode() - u'0' != check)
        return tr("the check digit of corporate number %1 is wrong (it should be %2)").arg(n).arg(check);
    return std::nullopt;
}

Message checkDigits(QStringView text, int digits)
{
    if (text.size() != digits || !allDigits(text))
        return tr("“%1” is not %2 digits").arg(text).arg(digits);
    return std::nullopt;
}

Message checkEmail(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1 || email.contains(u' '))
        return tr("“%1” is not an e-mail address").arg(email);
    return std::nullopt;
}

namespace {

// Keys and the columns that name another record's key.
bool isKeyColumn(const domain::Field &f)
{
    static const QStringList keys = {QStringLiteral("code"),          QStringLiteral("student_no"),
                                     QStringLiteral("internship_no"), QStringLiteral("placement_no"),
                                     QStringLiteral("event_no"),      QStringLiteral("school_code"),
                                     QStringLiteral("company_code")};
    return f.references != nullptr || keys.contains(QLatin1String(f.name));
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(static_cast<int>(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}

// FORMATS §1: text is what a person can read.
Message checkReadable(const domain::Field &f, const QString &text)
{
    const bool multiline = qstrcmp(f.name, "memo") == 0;
    const bool key = isKeyColumn(f);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if ((u < 0x20 || (u >= 0x7f && u <= 0x9f)) && !(multiline && (u == u'\n' || u == u'\t' || u == u'\r')))
            return tr("holds a control character (%1) at position %2; only memo may hold line breaks and tabs")
                .arg(codePoint(c))
                .arg(i + 1);
        if (key && (c.isSpace() || c.category() == QChar::Other_Format || u == 0x00ad || u == 0x034f ||
                    u == 0x115f || u == 0x1160 || u == 0x3164 || u == 0xffa0))
            return tr("a key holds no space or invisible character, but this one has %1 at position %2")
                .arg(codePoint(c))
                .arg(i + 1);
    }
    if (key && text.size() > kMaxKeyLength)
        return tr("a key has at most %1 characters, this one has %2").arg(kMaxKeyLength).arg(text.size());
    if ((qstrcmp(f.name, "family_name") == 0 || qstrcmp(f.name, "given_name") == 0) && beginsLikeFormula(text)) {
        return tr("a name may not begin with %1 (a spreadsheet would take it for a formula)").arg(text.front());
    }
    return std::nullopt;
}

} // namespace

bool beginsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const char16_t c = text.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

Message checkReason(const QString &reason)
{
    if (reason.isEmpty())
        return std::nullopt;
    if (beginsLikeFormula(reason))
        return tr("a reason may not begin with %1 (a spreadsheet would take it for a formula)").arg(reason.front());
    for (const QChar c : reason)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return tr("a reason holds no control character (%1)").arg(codePoint(c));
    return std::nullopt;
}

QVariant parseField(const domain::Field &f, const QString &text, QString &error)
{
    using domain::FieldType;
    if (text.isEmpty())
        return {};
    if (const Message m = checkReadable(f, text)) {
        error = *m;
        return {};
    }
    // Valid text comes back as the same (shared) string: no copy per cell.
    switch (f.type) {
    case FieldType::Text:
        return text;
    case FieldType::Date:
        if (auto d = parseDateField(text, error))
            return text.size() == 10 && text[4] == u'-' ? text : isoDateQ(*d);
        return {};
    case FieldType::Bool:
        if (auto b = parseBool(text, error))
            return qint64(*b ? 1 : 0);
        return {};
    case FieldType::Integer:
        if (auto v = parseInteger(text, f.min, f.max, error))
            return *v;
        return {};
    case FieldType::Yen:
        if (auto v = parseYen(text, error))
            return qint64(v->value());
        return {};
    case FieldType::Hours:
        if (auto v = parseHours(text, error))
            return *v;
        return {};
    case FieldType::Code:
        if (auto m = checkCode(*f.codes, text)) {
            error = *m;
            return {};
        }
        return text;
    case FieldType::Country:
        if (auto m = checkCountry(text)) {
            error = *m;
            return {};
        }
        return text;
    case FieldType::CountryList:
        if (auto v = parseCountryList(text, error))
            return *v;
        return {};
    case FieldType::Prefecture:
        if (auto v = parsePrefecture(text, error))
            return *v;
        return {};
    case FieldType::CorporateNumber:
        if (auto m = checkCorporateNumber(text)) {
            error = *m;
            return {};
        }
        return text;
    case FieldType::Digits:
        if (auto m = checkDigits(text, f.min)) {
            error = *m;
            return {};
        }
        return text;
    case FieldType::Kana:
        if (auto m = checkAccountHolderKana(text)) {
            error = *m;
            return {};
        }
        return text;
    }
    return {};
}

Message checkStudentAge(const Date &birth, const Date &enrolled)
{
    if (ageOn(birth, enrolled) < kMinimumAge)
        return tr("the student would be younger than %1 on the enrolment date %2")
            .arg(kMinimumAge)
            .arg(isoDateQ(enrolled));
    return std::nullopt;
}

Message checkCompletion(const Date &enrolled, const Date &completed)
{
    if (completed < enrolled)
        return tr("completed on %1, before the enrolment on %2").arg(isoDateQ(completed), isoDateQ(enrolled));
    return std::nullopt;
}

Date internshipLimit(const Date &start)
{
    return addMonthsClamped(start, 6);
}

Message checkInternshipPeriod(const Date &start, const Date &end)
{
    if (end < start)
        return tr("the end %1 is before the start %2").arg(isoDateQ(end), isoDateQ(start));
    const Date limit = internshipLimit(start);
    if (end >= limit)
        return tr("an internship lasts less than 6 months: from %1 it must end before %2")
            .arg(isoDateQ(start), isoDateQ(limit));
    return std::nullopt;
}

std::optional<Period> firstOverlap(const Period &p, std::span<const Period> others)
{
    for (const Period &o : others) {
        if (o.key == p.key)
            continue;
        if (o.start <= p.end && p.start <= o.end)
            return o;
    }
    return std::nullopt;
}

Message checkNoOverlap(const Period &p, std::span<const Period> others)
{
    if (auto o = firstOverlap(p, others))
        return tr("overlaps the student's internship %1 (%2 … %3)")
            .arg(o->key, isoDateQ(o->start), isoDateQ(o->end));
    return std::nullopt;
}

Message checkResidenceCardNo(QStringView n)
{
    const auto upper = [](QChar c) { return c >= u'A' && c <= u'Z'; };
    bool ok = n.size() == 12;
    for (qsizetype i = 0; ok && i < 12; ++i)
        ok = (i >= 2 && i < 10) ? (n[i] >= u'0' && n[i] <= u'9') : upper(n[i]);
    if (!ok)
        return tr("“%1” is not a residence card number (two capital letters, eight digits, two capital letters, "
                  "e.g. AB12345678CD)")
            .arg(n);
    return std::nullopt;
}

Message checkVacationPeriod(const Date &start, const Date &end)
{
    if (end < start)
        return tr("the end %1 is before the start %2").arg(isoDateQ(end), isoDateQ(start));
    return std::nullopt;
}

Message checkNoVacationOverlap(const Period &p, std::span<const Period> others)
{
    if (auto o = firstOverlap(p, others))
        return tr("overlaps the school's vacation from %1 (%2 … %3)")
            .arg(o->key, isoDateQ(o->start), isoDateQ(o->end));
    return std::nullopt;
}

Message checkAttendanceInPeriod(const Date &day, const Date &start, const Date &end)
{
    if (day < start || day > end)
        return tr("%1 is outside the internship's period %2 … %3")
            .arg(isoDateQ(day), isoDateQ(start), isoDateQ(end));
    return std::nullopt;
}

std::vector<FieldProblem> checkHeader(const domain::Kind &kind, const QStringList &header)
{
    std::vector<FieldProblem> problems;
    QSet<QString> seen;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &col = header[i];
        if (col.isEmpty())
            // A header cell left empty (a stray comma) has no name to report it by.
            problems.push_back({QStringLiteral("(column %1)").arg(i + 1), tr("a column without a name")});
        else if (kind.fieldIndex(col) < 0)
            problems.push_back({col, tr("unknown column “%1” in a %2 file").arg(col, QLatin1String(kind.name))});
        else if (seen.contains(col))
            problems.push_back({col, tr("column “%1” appears twice").arg(col)});
        seen.insert(col);
    }
    return problems;
}

QStringList missingRequiredColumns(const domain::Kind &kind, const QStringList &header)
{
    QStringList missing;
    for (const domain::Field &f : kind.fields)
        if (f.required && !header.contains(QLatin1String(f.name)))
            missing << QLatin1String(f.name);
    return missing;
}

std::vector<FieldProblem> checkRecord(const domain::Kind &kind, const domain::Values &v)
{
    using domain::KindId;
    std::vector<FieldProblem> out;
    auto val = [&](const char *name) { return v[static_cast<size_t>(kind.fieldIndex(QLatin1String(name)))]; };
    auto date = [&](const char *name) -> std::optional<Date> {
        const QVariant x = val(name);
        return x.isNull() ? std::nullopt : parseDate(x.toString());
    };
    auto report = [&](const char *column, const Message &m) {
        if (m)
            out.push_back({QLatin1String(column), *m});
    };

    switch (kind.id) {
    case KindId::Students: {
        const auto birth = date("birth_date"), enrolled = date("enrolled_on"), completed = date("completed_on");
        if (birth && enrolled)
            report("birth_date", checkStudentAge(*birth, *enrolled));
        if (enrolled && completed)
            report("completed_on", checkCompletion(*enrolled, *completed));
        const QVariant email = val("email");
        if (!email.isNull())
            report("email", checkEmail(email.toString()));
        const QVariant card = val("residence_card_no");
        if (!card.isNull())
            report("residence_card_no", checkResidenceCardNo(card.toString()));
        break;
    }
    case KindId::Vacations: {
        const auto start = date("start_date"), end = date("end_date");
        if (start && end)
            report("end_date", checkVacationPeriod(*start, *end));
        break;
    }
    case KindId::Internships: {
        const auto start = date("start_date"), end = date("end_date");
        if (start && end)
            report("end_date", checkInternshipPeriod(*start, *end));
        break;
    }
    case KindId::Placements:
        if (val("outcome").toString() == u"employed" && val("japanese_company").isNull())
            out.push_back({QStringLiteral("japanese_company"),
                           tr("required when the outcome is employed (true for a Japanese company)")});
        break;
    case KindId::Participants:
        if (val("student_no").isNull() == val("company_code").isNull())
            out.push_back({QStringLiteral("student_no"), tr("give exactly one of student_no and company_code")});
        break;
    default:
        break;
    }
    return out;
}

} // namespace kakehashi::rules
