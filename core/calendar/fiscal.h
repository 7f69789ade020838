#pragma once
// Fiscal years (年度: 1 April – 31 March, named by the year they start in) and
// Japanese era names for official documents.
#include "domain/date.h"

#include <QString>

namespace kakehashi::calendar {

int fiscalYearOf(const Date &d);
Date fiscalYearStart(int fy);
Date fiscalYearEnd(int fy);

// "令和7年" for a date; "元年" for an era's first year. Meiji onwards.
QString eraYear(const Date &d);
// "令和7年度" for FY2025, "平成25年度" for FY2013. A fiscal year takes the era in force
// for most of it, so FY2019 is 令和元年度 and FY1988 is 昭和63年度.
QString eraFiscalYear(int fy);
// A date in 和暦 as official documents write it: "令和8年12月3日", "令和元年5月1日",
// "平成31年4月30日" (令和 from 2019-05-01, 平成 from 1989-01-08). Meiji onwards.
QString eraDate(const Date &d);
// The same in English: "Reiwa 8 (2026)".
QString eraYearEn(const Date &d);
// English form: "FY2025 (Reiwa 7)".
QString eraFiscalYearEn(int fy);

} // namespace kakehashi::calendar
