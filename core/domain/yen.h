#pragma once
// Money in whole yen. Integer arithmetic only: a subsidy of ¥7,000 a day must add
// up to the yen in every report and ledger.
#include <compare>
#include <cstdint>

namespace kakehashi {

class Yen final
{
public:
    constexpr Yen() = default;
    constexpr explicit Yen(std::int64_t v) : value_(v) {}
    constexpr std::int64_t value() const { return value_; }

    constexpr Yen operator+(Yen o) const { return Yen(value_ + o.value_); }
    constexpr Yen operator-(Yen o) const { return Yen(value_ - o.value_); }
    constexpr Yen operator-() const { return Yen(-value_); }
    constexpr Yen operator*(std::int64_t n) const { return Yen(value_ * n); }
    constexpr Yen &operator+=(Yen o) { value_ += o.value_; return *this; }
    constexpr auto operator<=>(const Yen &) const = default;

private:
    std::int64_t value_ = 0;
};

} // namespace kakehashi
