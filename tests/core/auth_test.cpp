// Users, roles and logins: the roles table of FORMATS.md §4 for every action,
// the lockout and its expiry (on a clock the test moves), and the audit rows.
#include "auth/auth.h"
#include "io/importer.h"
#include "ledger/ledger.h"
#include "storage/audit_store.h"
#include "test_support.h"

#include <QSqlQuery>
#include <QTimeZone>

#include "catch_qt.h"

using namespace kakehashi;
using auth::Action;
using auth::Role;

TEST_CASE("roles_tableOfFormats", "[auth]")
{
    // read/report/export/claims: everyone; records: staff and administrators;
    // ledger post/reverse, rates, calendar: administrators; ledger export/verify and
    // audit export: administrators and auditors; init/backup/users: administrators.
    CHECK(auth::permitted(Role::Staff, Action::Read));
    CHECK(auth::permitted(Role::Auditor, Action::Read));
    CHECK(auth::permitted(Role::Staff, Action::Edit));
    CHECK_FALSE(auth::permitted(Role::Auditor, Action::Edit));
    CHECK_FALSE(auth::permitted(Role::Staff, Action::Administer));
    CHECK_FALSE(auth::permitted(Role::Auditor, Action::Administer));
    CHECK(auth::permitted(Role::Administrator, Action::Administer));
    CHECK_FALSE(auth::permitted(Role::Staff, Action::AuditLedger));
    CHECK(auth::permitted(Role::Auditor, Action::AuditLedger));
    CHECK(auth::permitted(Role::Administrator, Action::AuditLedger));
    CHECK_FALSE(auth::permitted(Role::Staff, Action::Maintain));
    CHECK_FALSE(auth::permitted(Role::Auditor, Action::Maintain));
    CHECK(auth::permitted(Role::Administrator, Action::Maintain));
}

TEST_CASE("users_firstIsAdministrator_passwordsLongEnough", "[auth][file]")
{
    test::TempDatabase t;
    auth::Users users(t.db());
    const auth::Session single = users.login(QString(), QString());
    CHECK(single.singleUser);
    CHECK_THROWS_AS(users.add(single, QStringLiteral("sato"), Role::Staff, QStringLiteral("longenough123")),
                    auth::AuthError);
    CHECK_THROWS_AS(users.add(single, QStringLiteral("admin"), Role::Administrator, QStringLiteral("short")),
                    auth::AuthError);
    users.add(single, QStringLiteral("admin"), Role::Administrator, QStringLiteral("adminpassword1"));
    CHECK(users.any());
    const auth::Session admin = users.login(QStringLiteral("admin"), QStringLiteral("adminpassword1"));
    CHECK_FALSE(admin.singleUser);
    CHECK(admin.role == Role::Administrator);
    users.add(admin, QStringLiteral("sato"), Role::Staff, QStringLiteral("staffpassword1"));
    const auth::Session staff = users.login(QStringLiteral("sato"), QStringLiteral("staffpassword1"));
    CHECK_THROWS_AS(users.add(staff, QStringLiteral("x"), Role::Staff, QStringLiteral("staffpassword1")),
                    auth::AuthError);
    CHECK_THROWS_AS(users.setPassword(staff, QStringLiteral("admin"), QStringLiteral("newpassword123")),
                    auth::AuthError);
    users.setPassword(staff, QStringLiteral("sato"), QStringLiteral("newpassword123")); // their own
    CHECK_THROWS_AS(users.login(QStringLiteral("sato"), QStringLiteral("staffpassword1")), auth::AuthError);
    CHECK(users.login(QStringLiteral("sato"), QStringLiteral("newpassword123")).role == Role::Staff);
    // Stored as Argon2id, never as the password.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE name = 'sato'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
}

TEST_CASE("login_fiveFailuresLockForFifteenMinutes_successResets_adminUnlocks", "[auth][file]")
{
    test::TempDatabase t;
    QDateTime now(QDate(2026, 4, 1), QTime(9, 0), QTimeZone(9 * 3600));
    auth::Users users(t.db(), [&] { return now; });
    users.add(users.login({}, {}), QStringLiteral("admin"), Role::Administrator, QStringLiteral("adminpassword1"));
    const auth::Session admin = users.login(QStringLiteral("admin"), QStringLiteral("adminpassword1"));
    users.add(admin, QStringLiteral("sato"), Role::Staff, QStringLiteral("staffpassword1"));
    auto fails = [&](int n) {
        for (int i = 0; i < n; ++i)
            CHECK_THROWS_AS(users.login(QStringLiteral("sato"), QStringLiteral("wrong")), auth::AuthError);
    };
    // Four failures and a success: the count starts again.
    fails(4);
    CHECK_NOTHROW(users.login(QStringLiteral("sato"), QStringLiteral("staffpassword1")));
    fails(4);
    CHECK_NOTHROW(users.login(QStringLiteral("sato"), QStringLiteral("staffpassword1")));
    // Five in a row lock, even against the right password…
    fails(5);
    try {
        users.login(QStringLiteral("sato"), QStringLiteral("staffpassword1"));
        FAIL("a locked user logged in");
    } catch (const auth::AuthError &e) {
        CHECK(e.message().contains(QStringLiteral("locked")));
    }
    // …for fifteen minutes.
    now = now.addSecs(14 * 60);
    CHECK_THROWS_AS(users.login(QStringLiteral("sato"), QStringLiteral("staffpassword1")), auth::AuthError);
    now = now.addSecs(61);
    CHECK_NOTHROW(users.login(QStringLiteral("sato"), QStringLiteral("staffpassword1")));
    // An administrator's new password unlocks at once.
    fails(5);
    users.setPassword(admin, QStringLiteral("sato"), QStringLiteral("freshpassword1"));
    CHECK_NOTHROW(users.login(QStringLiteral("sato"), QStringLiteral("freshpassword1")));
    users.disable(admin, QStringLiteral("sato"));
    CHECK_THROWS_AS(users.login(QStringLiteral("sato"), QStringLiteral("freshpassword1")), auth::AuthError);

    // Every login, failure, lock and role change is in the trail, which cannot change.
    storage::AuditFilter f;
    f.user = QStringLiteral("sato");
    QStringList actions;
    for (const auto &row : storage::auditEntries(t.db(), f))
        actions << row[2];
    CHECK(actions.count(QStringLiteral("login_failed")) == 21); // 4 + 4 + 5, 2 while locked, 5, 1 disabled
    CHECK(actions.count(QStringLiteral("locked")) == 2);
    CHECK(actions.count(QStringLiteral("login")) == 4);
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET user = 'x'")));
}

TEST_CASE("coreServices_refuseWhatTheRoleMayNot", "[auth]")
{
    test::TempDatabase t;
    const auth::Session auditor{QStringLiteral("kato"), Role::Auditor, false};
    const auth::Session staff{QStringLiteral("sato"), Role::Staff, false};
    ledger::Ledger book(t.db());
    book.setSession(staff);
    CHECK_THROWS_AS(book.post(QStringLiteral("2025-10")), auth::AuthError);
    CHECK_THROWS_AS(book.reverse(1, QStringLiteral("x")), auth::AuthError);
    io::ImportOptions o;
    o.session = auditor;
    const QByteArray schools("code,name,establishment,school_type,prefecture\nS1,x,national,university,13\n");
    CHECK_THROWS_AS(io::importCsv(t.db(), *domain::kindByName(u"schools"), schools, o), auth::AuthError);
    o.dryRun = true; // checking a file changes nothing: auditors may
    CHECK(io::importCsv(t.db(), *domain::kindByName(u"schools"), schools, o).ok());
    o.dryRun = false;
    o.session = staff;
    CHECK(io::importCsv(t.db(), *domain::kindByName(u"schools"), schools, o).ok());
}
