#include "domain/date.h"

#include <QString>
#include <QStringView>

namespace kakehashi {

namespace {

bool digits(std::string_view s, size_t from, size_t n, int &out)
{
    if (from + n > s.size())
        return false;
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

std::optional<Date> makeDate(int y, int m, int d)
{
    if (y < 1400 || y > 9999 || m < 1 || m > 12 || d < 1)
        return std::nullopt;
    if (d > boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                   static_cast<unsigned short>(m)))
        return std::nullopt;
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

} // namespace

std::optional<Date> parseDate(std::string_view s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d))
            return std::nullopt;
        return makeDate(y, m, d);
    }
    // YYYY/M/D or YYYY/MM/DD
    if (s.size() < 8 || s.size() > 10 || s[4] != '/' || !digits(s, 0, 4, y))
        return std::nullopt;
    const size_t slash = s.find('/', 5);
    if (slash == std::string_view::npos)
        return std::nullopt;
    const size_t mlen = slash - 5;
    const size_t dlen = s.size() - slash - 1;
    if (mlen < 1 || mlen > 2 || dlen < 1 || dlen > 2)
        return std::nullopt;
    if (!digits(s, 5, mlen, m) || !digits(s, slash + 1, dlen, d))
        return std::nullopt;
    return makeDate(y, m, d);
}

std::optional<Date> parseDate(QStringView text)
{
    if (text.size() > 10)
        return std::nullopt;
    char buf[10];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        buf[i] = static_cast<char>(c);
    }
    return parseDate(std::string_view(buf, static_cast<size_t>(text.size())));
}

std::optional<Date> parseMonth(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    const QString day = text.toString() + QStringLiteral("-01");
    return parseDate(QStringView(day));
}

std::string isoDate(const Date &d)
{
    const auto ymd = d.year_month_day();
    const int y = ymd.year, m = ymd.month, day = ymd.day;
    const char text[10] = {char('0' + y / 1000),     char('0' + y / 100 % 10), char('0' + y / 10 % 10),
                           char('0' + y % 10),       '-',                      char('0' + m / 10),
                           char('0' + m % 10),       '-',                      char('0' + day / 10),
                           char('0' + day % 10)};
    return std::string(text, 10);
}

QString isoDateQ(const Date &d)
{
    return QString::fromLatin1(isoDate(d));
}

Date addMonthsClamped(const Date &d, int months)
{
    const auto ymd = d.year_month_day();
    int total = int(ymd.year) * 12 + (int(ymd.month) - 1) + months;
    const int y = total / 12;
    const int m = total % 12 + 1;
    const int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                            static_cast<unsigned short>(m));
    const int day = std::min<int>(ymd.day, last);
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(day));
}

int ageOn(const Date &birth, const Date &on)
{
    const auto b = birth.year_month_day();
    const auto o = on.year_month_day();
    int age = int(o.year) - int(b.year);
    if (int(o.month) < int(b.month) || (o.month == b.month && int(o.day) < int(b.day)))
        --age;
    return age;
}

} // namespace kakehashi
