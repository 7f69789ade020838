#include "calendar/fiscal.h"
#include "calendar/holidays.h"
#include "calendar/work_calendar.h"
#include "storage/calendar_store.h"
#include "io/csv.h"
#include "io/encoding.h"
#include "test_support.h"

#include "catch_qt.h"

#include <map>

using namespace kakehashi;

namespace {

Date d(int y, int m, int day)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(day));
}

// The Cabinet Office's list: date → name, read through our own CSV reader (it is
// a real CP932 file with CRLF and YYYY/M/D dates).
std::map<Date, QString> cabinetOfficeHolidays()
{
    const QByteArray bytes = test::readFile(QStringLiteral(KAKEHASHI_TEST_DATA "/syukujitsu.csv"));
    REQUIRE(!bytes.isEmpty());
    const io::Decoded text = io::decode(bytes, io::Encoding::Auto);
    REQUIRE(text.used == io::Encoding::Cp932);
    REQUIRE(text.badLines.empty());
    const io::CsvDocument doc = io::parseCsv(text.text);
    REQUIRE(doc.errors.empty());
    REQUIRE(doc.records.front().fields.front() == QStringLiteral("国民の祝日・休日月日"));
    std::map<Date, QString> out;
    for (size_t i = 1; i < doc.records.size(); ++i) {
        const auto &r = doc.records[i];
        REQUIRE(r.fields.size() == 2);
        const auto date = parseDate(QStringView(r.fields[0]));
        REQUIRE(date);
        out[*date] = r.fields[1];
    }
    return out;
}

} // namespace

TEST_CASE("holidays_everyYear1973to2027_matchCabinetOfficeList", "[calendar]")
{
    const auto official = cabinetOfficeHolidays();
    for (int y = 1973; y <= 2027; ++y) {
        std::map<Date, QString> want;
        for (const auto &[date, name] : official)
            if (date.year() == y)
                want[date] = name;
        std::map<Date, QString> got;
        for (const calendar::Holiday &h : calendar::lawHolidays(y))
            got[h.date] = QString::fromUtf8(h.nameJa);
        // The list names 2019-10-14 "体育の日（スポーツの日）" ahead of the 2020 renaming.
        if (y == 2019)
            want[d(2019, 10, 14)] = QStringLiteral("体育の日");
        INFO("year " << y);
        std::vector<std::string> missing, extra, renamed;
        for (const auto &[date, name] : want) {
            if (!got.count(date))
                missing.push_back(isoDate(date));
            else if (got[date] != name)
                renamed.push_back(isoDate(date) + " " + got[date].toStdString() + " != " + name.toStdString());
        }
        for (const auto &[date, name] : got)
            if (!want.count(date))
                extra.push_back(isoDate(date));
        CHECK(missing.empty());
        CHECK(extra.empty());
        CHECK(renamed.empty());
    }
}

TEST_CASE("holidays_substituteRule_changedIn2007", "[calendar]")
{
    auto has = [](int y, int m, int day) {
        for (const auto &h : calendar::lawHolidays(y))
            if (h.date == d(y, m, day))
                return true;
        return false;
    };
    // 2008-05-06: Children's Day... 2008-05-04 was a Sunday holiday (みどりの日), and the
    // next non-holiday is Tuesday 6 May: only the post-2007 rule gives it.
    CHECK(has(2008, 5, 6));
    // 1990-04-30: Monday after a Sunday 29 April (old rule).
    CHECK(has(1990, 4, 30));
    // Before 12 April 1973 there was no substitute holiday: 1973-02-11 was a Sunday.
    CHECK_FALSE(has(1973, 2, 12));
    CHECK(has(1973, 4, 30));
    // Citizens' holiday: 2015-09-22 between 敬老の日 and 秋分の日; 2026-09-22 too.
    CHECK(has(2015, 9, 22));
    CHECK(has(2026, 9, 22));
    // The law goes on past the published list.
    CHECK(has(2032, 9, 21)); // 2032: 敬老の日 20 Sep, 秋分の日 22 Sep → 21 Sep citizens' holiday
}

TEST_CASE("holidays_outsideSupportedYears_throw", "[calendar]")
{
    CHECK_THROWS_AS(calendar::lawHolidays(1972), std::out_of_range);
    CHECK_THROWS_AS(calendar::lawHolidays(2100), std::out_of_range);
    CHECK_NOTHROW(calendar::lawHolidays(2099));
}

TEST_CASE("workingDays_countsAgainstBruteForce", "[calendar]")
{
    const calendar::WorkCalendar cal;
    // Brute force over a few ranges, including ones across New Year and Golden Week.
    const std::pair<Date, Date> ranges[] = {{d(2025, 4, 1), d(2026, 3, 31)},
                                           {d(2019, 4, 25), d(2019, 5, 10)},
                                           {d(1973, 1, 1), d(1973, 12, 31)},
                                           {d(2099, 12, 1), d(2099, 12, 31)}};
    for (const auto &[a, b] : ranges) {
        int n = 0;
        for (Date x = a; x <= b; x += boost::gregorian::date_duration(1)) {
            const auto wd = x.day_of_week().as_number();
            bool holiday = false;
            for (const auto &h : calendar::lawHolidays(x.year()))
                holiday = holiday || h.date == x;
            if (wd != 0 && wd != 6 && !holiday)
                ++n;
        }
        CHECK(cal.workingDays(a, b) == n);
    }
    CHECK(cal.workingDays(d(2025, 5, 5), d(2025, 5, 1)) == 0);
    CHECK(cal.workingDays(d(2025, 5, 7), d(2025, 5, 7)) == 1);
    CHECK(cal.workingDays(d(2025, 5, 6), d(2025, 5, 6)) == 0); // substitute holiday
    CHECK_THROWS_AS(cal.workingDays(d(1972, 12, 31), d(1973, 1, 5)), calendar::RangeError);
}

TEST_CASE("workCalendar_overrides_addAndRemoveDays", "[calendar]")
{
    // An equinox announced a day off the formula: the administrator moves it.
    const std::vector<calendar::Override> o = {{d(2030, 3, 20), false, {}},
                                               {d(2030, 3, 21), true, QStringLiteral("春分の日")},
                                               {d(2025, 12, 29), true, QStringLiteral("年末休業")}};
    const calendar::WorkCalendar law;
    const calendar::WorkCalendar cal(o);
    CHECK(law.holiday(d(2030, 3, 20)).has_value());
    CHECK_FALSE(cal.holiday(d(2030, 3, 20)).has_value());
    CHECK(cal.holiday(d(2030, 3, 21))->nameJa == QStringLiteral("春分の日"));
    CHECK(cal.isWorkingDay(d(2030, 3, 20)));
    CHECK_FALSE(cal.isWorkingDay(d(2025, 12, 29)));
    CHECK(cal.workingDays(d(2025, 12, 29), d(2025, 12, 31)) == law.workingDays(d(2025, 12, 29), d(2025, 12, 31)) - 1);
}

TEST_CASE("calendarStore_overrides_persistInDatabase", "[calendar][storage]")
{
    test::TempDatabase t;
    storage::CalendarStore store(t.db());
    store.addHoliday({}, d(2026, 12, 28), QStringLiteral("年末休業"));
    store.removeHoliday({}, d(2026, 11, 23)); // 勤労感謝の日 removed: a working Monday
    t.close();
    t.reopen();
    const auto cal = storage::CalendarStore(t.db()).workCalendar();
    CHECK_FALSE(cal.isWorkingDay(d(2026, 12, 28)));
    CHECK(cal.isWorkingDay(d(2026, 11, 23)));
    // Removing an added day drops it; the law's days are untouched.
    storage::CalendarStore(t.db()).removeHoliday({}, d(2026, 12, 28));
    CHECK(storage::CalendarStore(t.db()).workCalendar().isWorkingDay(d(2026, 12, 28)));
}

TEST_CASE("fiscalYear_andEraNames", "[calendar]")
{
    CHECK(calendar::fiscalYearOf(d(2026, 3, 31)) == 2025);
    CHECK(calendar::fiscalYearOf(d(2026, 4, 1)) == 2026);
    CHECK(calendar::fiscalYearStart(2025) == d(2025, 4, 1));
    CHECK(calendar::fiscalYearEnd(2025) == d(2026, 3, 31));
    CHECK(calendar::eraFiscalYear(2025) == QStringLiteral("令和7年度"));
    CHECK(calendar::eraFiscalYear(2013) == QStringLiteral("平成25年度"));
    CHECK(calendar::eraFiscalYear(2019) == QStringLiteral("令和元年度"));
    CHECK(calendar::eraFiscalYear(1988) == QStringLiteral("昭和63年度"));
    CHECK(calendar::eraYear(d(2019, 4, 30)) == QStringLiteral("平成31年"));
    CHECK(calendar::eraYear(d(2019, 5, 1)) == QStringLiteral("令和元年"));
    CHECK(calendar::eraFiscalYearEn(2025) == QStringLiteral("FY2025 (Reiwa 7)"));
    // A date in 和暦: the era changes on its first day, not at the year's start.
    CHECK(calendar::eraDate(d(2026, 12, 3)) == QStringLiteral("令和8年12月3日"));
    CHECK(calendar::eraDate(d(2019, 5, 1)) == QStringLiteral("令和元年5月1日"));
    CHECK(calendar::eraDate(d(2019, 4, 30)) == QStringLiteral("平成31年4月30日"));
    CHECK(calendar::eraDate(d(1989, 1, 8)) == QStringLiteral("平成元年1月8日"));
    CHECK(calendar::eraDate(d(1989, 1, 7)) == QStringLiteral("昭和64年1月7日"));
    CHECK(calendar::eraDate(d(2020, 1, 1)) == QStringLiteral("令和2年1月1日"));
    CHECK(calendar::eraYearEn(d(2026, 12, 3)) == QStringLiteral("Reiwa 8 (2026)"));
}
