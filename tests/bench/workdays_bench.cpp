// Working-day counts per second over random ranges of the supported calendar.
#include "calendar/work_calendar.h"

#include <QElapsedTimer>

#include <cstdio>
#include <random>
#include <vector>

using namespace kakehashi;

int main(int argc, char *argv[])
{
    const long queries = argc > 1 ? std::atol(argv[1]) : 10000000;
    QElapsedTimer build;
    build.start();
    const calendar::WorkCalendar cal;
    std::printf("calendar 1973–2099 built in %.1f ms\n", static_cast<double>(build.nsecsElapsed()) / 1e6);

    std::mt19937_64 rng(42);
    const Date first(1973, 1, 1);
    const long span = (Date(2099, 12, 31) - first).days();
    std::vector<std::pair<Date, Date>> ranges;
    ranges.reserve(1 << 16);
    for (int i = 0; i < (1 << 16); ++i) {
        const long a = static_cast<long>(rng() % static_cast<unsigned long>(span));
        const long len = static_cast<long>(rng() % 800);
        ranges.emplace_back(first + boost::gregorian::date_duration(a),
                            first + boost::gregorian::date_duration(std::min(span, a + len)));
    }
    std::vector<double> rates;
    long long checksum = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        for (long i = 0; i < queries; ++i) {
            const auto &r = ranges[static_cast<size_t>(i) & 0xffff];
            checksum += cal.workingDays(r.first, r.second);
        }
        rates.push_back(static_cast<double>(queries) / (static_cast<double>(t.nsecsElapsed()) / 1e9));
        std::printf("run %d: %.1f million queries/s\n", run + 1, rates.back() / 1e6);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("median %.1f million queries/s (target >= 1), checksum %lld\n", rates[2] / 1e6, checksum);
    return 0;
}
