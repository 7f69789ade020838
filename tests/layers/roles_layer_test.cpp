// The roles alone (links kakehashi_roles only): what storage checks, with no database.
#include <catch2/catch.hpp>

#include "auth/roles.h"

using namespace kakehashi;
using auth::Action;
using auth::Role;

TEST_CASE("roles_permittedAndRequire", "[auth][layers]")
{
    CHECK(auth::permitted(Role::Auditor, Action::AuditLedger));
    CHECK_FALSE(auth::permitted(Role::Staff, Action::Maintain));
    CHECK(auth::roleFromCode(QStringLiteral("staff")) == Role::Staff);
    CHECK(auth::roleCode(Role::Auditor) == QStringLiteral("auditor"));
    CHECK_FALSE(auth::roleFromCode(QStringLiteral("root")));

    const auth::Session single;   // a single-user database: everything
    CHECK_NOTHROW(auth::require(single, Action::Maintain));
    const auth::Session staff{QStringLiteral("hana"), Role::Staff, false};
    CHECK_NOTHROW(auth::require(staff, Action::Edit));
    CHECK_THROWS_AS(auth::require(staff, Action::Administer), auth::AuthError);
    CHECK(staff.who() == QStringLiteral("hana"));
}
