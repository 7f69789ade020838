#include "calendar/fiscal.h"

namespace kakehashi::calendar {

namespace {

struct Era
{
    Date start;
    const char *ja;
    const char *en;
};

const Era kEras[] = {
    {Date(2019, 5, 1), "令和", "Reiwa"},
    {Date(1989, 1, 8), "平成", "Heisei"},
    {Date(1926, 12, 25), "昭和", "Showa"},
    {Date(1912, 7, 30), "大正", "Taisho"},
    {Date(1868, 10, 23), "明治", "Meiji"},
};

const Era *eraOf(const Date &d, int &yearInEra)
{
    for (const Era &e : kEras) {
        if (d >= e.start) {
            yearInEra = d.year() - e.start.year() + 1;
            return &e;
        }
    }
    return nullptr;
}

QString eraYearText(const Date &d, const char *suffix)
{
    int n = 0;
    const Era *e = eraOf(d, n);
    if (!e)
        return QString::number(d.year()) + QString::fromUtf8(suffix);
    const QString num = n == 1 ? QStringLiteral("元") : QString::number(n);
    return QString::fromUtf8(e->ja) + num + QString::fromUtf8(suffix);
}

} // namespace

int fiscalYearOf(const Date &d)
{
    const int y = d.year();
    return d.month() >= 4 ? y : y - 1;
}

Date fiscalYearStart(int fy)
{
    return Date(static_cast<unsigned short>(fy), 4, 1);
}

Date fiscalYearEnd(int fy)
{
    return Date(static_cast<unsigned short>(fy + 1), 3, 31);
}

QString eraYear(const Date &d)
{
    return eraYearText(d, "年");
}

QString eraDate(const Date &d)
{
    return eraYear(d) + QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
}

QString eraYearEn(const Date &d)
{
    int n = 0;
    const Era *e = eraOf(d, n);
    if (!e)
        return QString::number(d.year());
    return QStringLiteral("%1 %2 (%3)").arg(QString::fromUtf8(e->en)).arg(n).arg(d.year());
}

QString eraFiscalYear(int fy)
{
    // The era in force at the middle of the fiscal year names it.
    return eraYearText(Date(static_cast<unsigned short>(fy), 9, 30), "年度");
}

QString eraFiscalYearEn(int fy)
{
    int n = 0;
    const Era *e = eraOf(Date(static_cast<unsigned short>(fy), 9, 30), n);
    if (!e)
        return QStringLiteral("FY%1").arg(fy);
    return QStringLiteral("FY%1 (%2 %3)").arg(fy).arg(QString::fromUtf8(e->en)).arg(n);
}

} // namespace kakehashi::calendar
