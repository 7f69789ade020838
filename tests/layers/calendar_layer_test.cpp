// The calendar alone (links kakehashi_calendar only).
#include <catch2/catch.hpp>

#include "calendar/fiscal.h"

using namespace kakehashi;

TEST_CASE("calendar_fiscalYear", "[calendar][layers]")
{
    CHECK(calendar::fiscalYearOf(Date(2026, 3, 31)) == 2025);
    CHECK(calendar::fiscalYearOf(Date(2026, 4, 1)) == 2026);
    CHECK(calendar::fiscalYearStart(2025) == Date(2025, 4, 1));
    CHECK(calendar::fiscalYearEnd(2025) == Date(2026, 3, 31));
}
