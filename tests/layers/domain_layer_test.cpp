// The domain alone (links kakehashi_domain only).
#include <catch2/catch.hpp>

#include "domain/codes.h"
#include "domain/date.h"
#include "domain/timestamp.h"

#include <QTimeZone>

using namespace kakehashi;

TEST_CASE("domain_datesAndCodes", "[domain][layers]")
{
    const auto d = parseDate(std::string_view("2026/4/1"));
    REQUIRE(d);
    CHECK(isoDate(*d) == "2026-04-01");
    CHECK_FALSE(parseDate(std::string_view("2026-02-30")));
    CHECK(codes::isCountryCode(u"VN"));
    CHECK_FALSE(codes::isCountryCode(u"XX"));
}

TEST_CASE("domain_postingTimestamp", "[domain][layers]")
{
    const QDateTime tokyo(QDate(2026, 4, 30), QTime(17, 5, 11), QTimeZone(9 * 3600));
    CHECK(postingTimestamp(tokyo) == QStringLiteral("2026-04-30T17:05:11+09:00"));
    const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    CHECK(postingTimestamp(utc) == QStringLiteral("2026-01-02T03:04:05+00:00"));
    const QDateTime west(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone(-(3 * 3600 + 30 * 60)));
    CHECK(postingTimestamp(west) == QStringLiteral("2026-01-02T03:04:05-03:30"));
}
