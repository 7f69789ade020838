#include "rules/sme.h"

namespace kakehashi::rules {

SmeLimits smeLimits(const QString &category)
{
    if (category == u"wholesale")
        return {100'000'000, 100};
    if (category == u"services")
        return {50'000'000, 100};
    if (category == u"retail")
        return {50'000'000, 50};
    if (category == u"rubber_products")
        return {300'000'000, 900};
    if (category == u"inns")
        return {50'000'000, 200};
    return {300'000'000, 300}; // general, software_it
}

QString smeClass(const QString &category, std::optional<qint64> capitalJpy, std::optional<qint64> employees)
{
    const SmeLimits l = smeLimits(category);
    if ((capitalJpy && *capitalJpy <= l.capitalJpy) || (employees && *employees <= l.employees))
        return QStringLiteral("sme");
    if (!capitalJpy && !employees)
        return QStringLiteral("unknown");
    // Over the limit in what is known (one figure over and the other unknown is large).
    return QStringLiteral("large");
}

} // namespace kakehashi::rules
