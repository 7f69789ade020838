#pragma once
// Demo data: a realistic consortium (member schools, companies, international
// students, internships with daily attendance, placements, events) so that the
// program shows what it does on its first start, and so that benchmarks have a
// known, repeatable load. The same seed always gives the same data, on every
// platform, and the data obey every rule of FORMATS.md §1–2.
#include <QString>

#include <functional>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::demo {

struct Options
{
    int students = 300;
    quint64 seed = 1;
    std::function<void(const QString &)> progress; // optional, called with a short status line now and then
};

struct Summary
{
    qint64 schools = 0, companies = 0, students = 0, internships = 0, attendance = 0, placements = 0, events = 0,
           participants = 0;
};

// Fills an empty database with realistic data. Throws storage::DatabaseError when the database already holds
// schools or students.
Summary generate(storage::Database &db, const Options &options);

} // namespace kakehashi::demo
