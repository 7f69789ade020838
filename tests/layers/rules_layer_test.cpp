// The rules alone (links kakehashi_rules only).
#include <catch2/catch.hpp>

#include "rules/zengin_kana.h"

using namespace kakehashi;

TEST_CASE("rules_zenginKana", "[rules][layers]")
{
    CHECK(rules::isZenginText(QStringLiteral("ｶﾌﾞｼｷｶﾞｲｼﾔ")));
    CHECK_FALSE(rules::isZenginText(QStringLiteral("かぶしき")));
    CHECK(rules::toZenginKana(QStringLiteral("パーク")) == QStringLiteral("ﾊﾟｰｸ"));
    CHECK_FALSE(rules::checkAccountHolderKana(QStringLiteral("ヤマダ タロウ")));
    CHECK(rules::checkAccountHolderKana(QStringLiteral("山田")));
}
