#include "calendar/holidays.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace kakehashi::calendar {

namespace {

using boost::gregorian::date_duration;
using boost::gregorian::Monday;
using boost::gregorian::Sunday;

Date ymd(int y, int m, int d)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

// The n-th Monday of a month (Happy Monday system).
Date nthMonday(int y, int m, int n)
{
    Date first = ymd(y, m, 1);
    const int offset = (8 - first.day_of_week().as_number()) % 7; // days to the first Monday
    return first + date_duration(offset + 7 * (n - 1));
}

// The equinox formulas in integer arithmetic (scaled by 10^6) so that no rounding
// of a double can move a day. Valid 1900–2099.
int equinox(int year, long base1900, long base1980)
{
    const long k = 242194; // 0.242194 days a year
    const long dy = year - 1980;
    if (year < 1980) {
        // int((year - 1983) / 4) truncates toward zero in the published formula.
        const long leap = (year - 1983) / 4;
        return static_cast<int>((base1900 + k * dy - leap * 1000000) / 1000000);
    }
    const long leap = dy / 4;
    return static_cast<int>((base1980 + k * dy - leap * 1000000) / 1000000);
}

} // namespace

int vernalEquinoxDay(int year)
{
    return equinox(year, 20835700, 20843100);
}

int autumnalEquinoxDay(int year)
{
    return equinox(year, 23258800, 23248800);
}

std::vector<Holiday> lawHolidays(int y)
{
    if (y < kFirstYear || y > kLastYear)
        throw std::out_of_range("the holiday calendar covers " + std::to_string(kFirstYear) + "–" +
                                std::to_string(kLastYear));

    std::vector<Holiday> h; // 国民の祝日 proper, before substitutes and citizens' holidays
    auto add = [&](int m, int d, const char *ja, const char *en) { h.push_back({ymd(y, m, d), ja, en}); };
    auto addDate = [&](Date dt, const char *ja, const char *en) { h.push_back({dt, ja, en}); };

    add(1, 1, "元日", "New Year's Day");
    if (y < 2000)
        add(1, 15, "成人の日", "Coming of Age Day");
    else
        addDate(nthMonday(y, 1, 2), "成人の日", "Coming of Age Day");
    add(2, 11, "建国記念の日", "National Foundation Day");
    if (y >= 2020)
        add(2, 23, "天皇誕生日", "Emperor's Birthday");
    add(3, vernalEquinoxDay(y), "春分の日", "Vernal Equinox Day");
    if (y <= 1988)
        add(4, 29, "天皇誕生日", "Emperor's Birthday");
    else if (y <= 2006)
        add(4, 29, "みどりの日", "Greenery Day");
    else
        add(4, 29, "昭和の日", "Showa Day");
    add(5, 3, "憲法記念日", "Constitution Memorial Day");
    if (y >= 2007)
        add(5, 4, "みどりの日", "Greenery Day");
    add(5, 5, "こどもの日", "Children's Day");
    if (y == 2020)
        add(7, 23, "海の日", "Marine Day");
    else if (y == 2021)
        add(7, 22, "海の日", "Marine Day");
    else if (y >= 2003)
        addDate(nthMonday(y, 7, 3), "海の日", "Marine Day");
    else if (y >= 1996)
        add(7, 20, "海の日", "Marine Day");
    if (y == 2020)
        add(8, 10, "山の日", "Mountain Day");
    else if (y == 2021)
        add(8, 8, "山の日", "Mountain Day");
    else if (y >= 2016)
        add(8, 11, "山の日", "Mountain Day");
    if (y >= 2003)
        addDate(nthMonday(y, 9, 3), "敬老の日", "Respect for the Aged Day");
    else
        add(9, 15, "敬老の日", "Respect for the Aged Day");
    add(9, autumnalEquinoxDay(y), "秋分の日", "Autumnal Equinox Day");
    if (y == 2020)
        add(7, 24, "スポーツの日", "Sports Day");
    else if (y == 2021)
        add(7, 23, "スポーツの日", "Sports Day");
    else if (y >= 2020)
        addDate(nthMonday(y, 10, 2), "スポーツの日", "Sports Day");
    else if (y >= 2000)
        addDate(nthMonday(y, 10, 2), "体育の日", "Health and Sports Day");
    else
        add(10, 10, "体育の日", "Health and Sports Day");
    add(11, 3, "文化の日", "Culture Day");
    add(11, 23, "勤労感謝の日", "Labour Thanksgiving Day");
    if (y >= 1989 && y <= 2018)
        add(12, 23, "天皇誕生日", "Emperor's Birthday");

    // One-off days fixed by their own laws; they count as national holidays.
    if (y == 1989)
        add(2, 24, "大喪の礼", "Funeral of Emperor Showa");
    if (y == 1990)
        add(11, 12, "即位礼正殿の儀", "Enthronement Ceremony");
    if (y == 1993)
        add(6, 9, "結婚の儀", "Wedding of Crown Prince Naruhito");
    if (y == 2019) {
        add(5, 1, "休日（祝日扱い）", "Enthronement Day");
        add(10, 22, "休日（祝日扱い）", "Enthronement Ceremony");
    }
    std::sort(h.begin(), h.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });

    auto isLaw = [&](Date d) {
        return std::any_of(h.begin(), h.end(), [&](const Holiday &x) { return x.date == d; });
    };
    std::vector<Holiday> extra;
    auto isExtra = [&](Date d) {
        return std::any_of(extra.begin(), extra.end(), [&](const Holiday &x) { return x.date == d; });
    };

    // 振替休日, in force from 12 April 1973. Until 2006: the Monday after a
    // Sunday holiday. From 2007: the next day that is not a national holiday.
    const Date substituteFrom = ymd(1973, 4, 12);
    for (const Holiday &x : h) {
        if (x.date.day_of_week() != Sunday || x.date < substituteFrom)
            continue;
        Date d = x.date + date_duration(1);
        if (y >= 2007) {
            while (isLaw(d))
                d += date_duration(1);
        } else if (isLaw(d)) {
            continue;
        }
        if (d.year() == y)
            extra.push_back({d, "休日", "Substitute Holiday"});
    }
    // 国民の休日, from 27 December 1985: a day between two national holidays. Until
    // 2006 not a Sunday or a substitute holiday; from 2007 any day that is not itself
    // a national holiday (substitutes are decided first).
    if (y >= 1986) {
        for (size_t i = 0; i + 1 < h.size(); ++i) {
            const Date between = h[i].date + date_duration(1);
            if (h[i + 1].date != between + date_duration(1) || isLaw(between))
                continue;
            if (y < 2007 && (between.day_of_week() == Sunday || isExtra(between)))
                continue;
            if (y >= 2007 && isExtra(between))
                continue;
            extra.push_back({between, "休日", "Citizens' Holiday"});
        }
    }
    h.insert(h.end(), extra.begin(), extra.end());
    std::sort(h.begin(), h.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return h;
}

} // namespace kakehashi::calendar
