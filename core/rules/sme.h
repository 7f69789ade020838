#pragma once
// The SME class of a company under the Small and Medium-sized Enterprise Basic Act
// (中小企業基本法): an SME when its capital or its employees are within the limits
// of its category; with neither figure known, unknown.
#include <QString>

#include <optional>

namespace kakehashi::rules {

struct SmeLimits
{
    qint64 capitalJpy;
    qint64 employees;
};

// The limits of an sme_category (general when the category is unknown).
SmeLimits smeLimits(const QString &category);

// "sme", "large" or "unknown".
QString smeClass(const QString &category, std::optional<qint64> capitalJpy, std::optional<qint64> employees);

} // namespace kakehashi::rules
