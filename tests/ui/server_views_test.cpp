// The GUI on a server (issue 11, item 6), offscreen: the connect dialog builds
// the URI and opens it, each refusal told apart; another desk's save refreshes
// an open list within two seconds (LISTEN/NOTIFY) and an open form of the
// changed record shows its banner. The server cases run against
// $KAKEHASHI_TEST_SERVER (packaging/test-server.sh) and are skipped without it.
// With $KAKEHASHI_SHOTS set to a folder, the connect dialog is saved there as
// PNG (Japanese).
#include "dialogs/connect_dialog.h"
#include "dialogs/record_editor.h"
#include "domain/kinds.h"
#include "io/importer.h"
#include "main_window.h"
#include "models/record_table_model.h"
#include "server_support.h"
#include "services/records.h"
#include "services/server_connection.h"
#include "storage/database.h"
#include "views/record_list_view.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace kakehashi;

namespace {

void importInto(storage::Database &db, const char *kind, const QString &csv)
{
    const auto r = io::importCsv(db, *domain::kindByName(QString::fromLatin1(kind)), csv.toUtf8());
    if (!r.ok())
        qFatal("fixture import failed: %s", qPrintable(r.problems.front().message));
}

const QString kStudentsHeader = QStringLiteral(
    "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n");

// A server database initialised by its owner (the test server's role, an
// administrator there), with one school and one student.
std::unique_ptr<storage::Database> initialised(const test::ServerDatabase &server)
{
    auto db = std::make_unique<storage::Database>(server.uri());
    importInto(*db, "schools", QStringLiteral("code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n"));
    importInto(*db, "students", kStudentsHeader + QStringLiteral("ST1,王,Name1,2000-01-01,VN,S1,sme_internship,2025,2025-04-01\n"));
    return db;
}

} // namespace

class ServerViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void connectDialog_buildsTheUri()
    {
        ui::ConnectDialog d;
        d.hostField()->setText(QStringLiteral("db.example.org"));
        d.portField()->setValue(5432);
        d.databaseField()->setText(QStringLiteral("kakehashi"));
        d.userField()->setText(QStringLiteral("sato"));
        d.sslModeField()->setCurrentIndex(d.sslModeField()->findData(QStringLiteral("require")));
        d.passwordField()->setText(QStringLiteral("secret"));
        QCOMPARE(d.uri(), QStringLiteral("postgresql://sato@db.example.org/kakehashi?sslmode=require"));
        QVERIFY(!d.uri().contains(QStringLiteral("secret")));
        d.portField()->setValue(6543);
        d.sslModeField()->setCurrentIndex(d.sslModeField()->findData(QStringLiteral("verify-full")));
        QCOMPARE(d.uri(), QStringLiteral("postgresql://sato@db.example.org:6543/kakehashi?sslmode=verify-full"));
        // A socket folder: this machine, no TLS.
        d.hostField()->setText(QStringLiteral("/var/run/postgresql"));
        QVERIFY(!d.sslModeField()->isEnabled());
        QCOMPARE(d.uri(), QStringLiteral("postgresql:///kakehashi?host=/var/run/postgresql&port=6543&user=sato"));
        // And back: a URI fills the fields (its password dropped).
        ui::ConnectDialog e;
        e.setUri(QStringLiteral("postgresql://tanaka:pw@db.example.org:6000/kk?sslmode=disable"));
        QCOMPARE(e.hostField()->text(), QStringLiteral("db.example.org"));
        QCOMPARE(e.portField()->value(), 6000);
        QCOMPARE(e.databaseField()->text(), QStringLiteral("kk"));
        QCOMPARE(e.userField()->text(), QStringLiteral("tanaka"));
        QCOMPARE(e.sslModeField()->currentData().toString(), QStringLiteral("disable"));
        QVERIFY(e.passwordField()->text().isEmpty());
        QCOMPARE(e.uri(), QStringLiteral("postgresql://tanaka@db.example.org:6000/kk?sslmode=disable"));
        if (const QString shots = qEnvironmentVariable("KAKEHASHI_SHOTS"); !shots.isEmpty()) {
            ui::installTranslators(ui::Language::Japanese);
            ui::ConnectDialog ja;
            ja.setUri(QStringLiteral("postgresql://sato@kakehashi-db.example.org/kakehashi?sslmode=verify-full"));
            ja.show();
            QVERIFY(QTest::qWaitForWindowExposed(&ja));
            QVERIFY(ja.grab().save(shots + QStringLiteral("/connect-ja.png")));
            ui::installTranslators(ui::Language::English);
        }
    }

    void connectDialog_opensTheServer_andTellsRefusalsApart()
    {
        if (!test::onServer())
            QSKIP("$KAKEHASHI_TEST_SERVER is not set");
        const test::ServerDatabase server;
        initialised(server);
        const storage::ConnectionInfo info = storage::ConnectionInfo::parse(server.uri());
        ui::ConnectDialog d;
        d.setUri(server.uri());
        QCOMPARE(d.hostField()->text(), info.host);
        QCOMPARE(d.databaseField()->text(), server.name());
        QCOMPARE(d.userField()->text(), info.user);
        services::ServerAddress expected;
        expected.host = info.host;
        expected.port = info.port > 0 ? info.port : 5432;
        expected.database = server.name();
        expected.user = info.user;
        QCOMPARE(d.uri(), expected.uri());
        QVERIFY(d.tryConnect());
        services::ServerConnection c = d.takeConnection();
        QVERIFY(c.db->isServer());
        QCOMPARE(c.session.user, info.user.isEmpty() ? c.db->serverUser() : info.user);
        QCOMPARE(c.session.role, auth::Role::Administrator); // the database's owner
        QVERIFY(!c.session.singleUser);

        // An empty database: nothing is created, the owner is told to run init.
        const test::ServerDatabase empty;
        ui::ConnectDialog e;
        e.setUri(empty.uri());
        for (int attempt = 0; attempt < 2; ++attempt) { // twice: the first changed nothing
            QVERIFY(!e.tryConnect());
            QVERIFY(e.errorLabel()->text().contains(QStringLiteral("init")));
        }
        try {
            services::connectToServer(empty.uri(), {}, {});
            QFAIL("an empty database was opened");
        } catch (const services::ConnectError &err) {
            QCOMPARE(err.failure, services::ConnectFailure::NotInitialised);
        }

        // No server there.
        ui::ConnectDialog u;
        u.hostField()->setText(QStringLiteral("/nonexistent/socket/folder"));
        u.databaseField()->setText(server.name());
        QVERIFY(!u.tryConnect());
        QVERIFY(u.errorLabel()->isVisibleTo(&u));
        try {
            services::connectToServer(u.uri(), {}, {});
            QFAIL("connected to nothing");
        } catch (const services::ConnectError &err) {
            QCOMPARE(err.failure, services::ConnectFailure::Unreachable);
        }

        // A login the server does not know.
        expected.user = QStringLiteral("kk_nobody_%1").arg(::getpid());
        try {
            services::connectToServer(expected.uri(), expected.user, QStringLiteral("wrong password"));
            QFAIL("an unknown login was let in");
        } catch (const services::ConnectError &err) {
            QCOMPARE(err.failure, services::ConnectFailure::LoginRefused);
        }

        // A login with no Kakehashi role.
        const QString outsider = QStringLiteral("kk_outsider_%1").arg(::getpid());
        test::serverExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(outsider));
        const QString outsiderPassword = QStringLiteral("outsider-password-1");
        test::serverExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(outsider, outsiderPassword));
        expected.user = outsider;
        try {
            services::connectToServer(expected.uri(), outsider, outsiderPassword);
            QFAIL("a login without a role was let in");
        } catch (const services::ConnectError &err) {
            QCOMPARE(err.failure, services::ConnectFailure::NoRole);
            QVERIFY(ui::ConnectDialog::explain(err).contains(QStringLiteral("role")));
        }
        test::serverExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(outsider));
    }

    void anotherDesksSave_refreshesTheOpenList_andWarnsTheOpenForm()
    {
        if (!test::onServer())
            QSKIP("$KAKEHASHI_TEST_SERVER is not set");
        const test::ServerDatabase server;
        auto db = initialised(server);
        const auth::Session session = auth::Users(*db).serverSession();
        ui::MainWindow w(std::move(db), ui::Language::English, session);
        QVERIFY(w.watchingChanges());
        QVERIFY(w.windowTitle().contains(server.name()));
        QVERIFY(w.windowTitle().contains(session.user));
        // The status bar: the server and database, the person and their role.
        QStringList status;
        for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
            status << label->text();
        const QString shown = status.join(QLatin1Char('|'));
        QVERIFY2(shown.contains(server.name()) && shown.contains(w.serverLabel()), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("User: %1 (").arg(session.user)), qPrintable(shown));
        w.show();
        w.showPage(ui::MainWindow::StudentsPage);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::RecordListView *list = w.listView(ui::MainWindow::StudentsPage);
        QCOMPARE(list->model()->rowCount(), 1);

        const domain::Kind &students = *domain::kindByName(u"students");
        auto *editor = new ui::RecordEditor(w.database(), students, ui::Language::English, session, &w);
        QVERIFY(editor->openKey(QStringLiteral("ST1")));
        editor->show();
        QVERIFY(!editor->changedElsewhere());

        // Another desk: its own connection, its own session.
        storage::Database other(server.uri());
        importInto(other, "students", kStudentsHeader + QStringLiteral("ST2,Kim,Name2,2000-01-01,KR,S1,sme_internship,2025,2025-04-01\n"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() == 2, 2000);
        QVERIFY(!editor->changedElsewhere()); // ST1 itself did not change

        services::RecordService desk(other, auth::Users(other).serverSession());
        const auto stored = desk.find(students, QStringLiteral("ST1"));
        QVERIFY(stored);
        QStringList texts = services::RecordService::texts(students, stored->values);
        texts[students.fieldIndex(QLatin1String("given_name"))] = QStringLiteral("Renamed");
        QVERIFY(desk.save(students, texts, &*stored).empty());
        QTRY_VERIFY_WITH_TIMEOUT(editor->changedElsewhere(), 2000);
        QVERIFY(editor->bannerText().contains(QStringLiteral("changed at another desk")));
        QVERIFY(editor->reloadButton()->isVisibleTo(editor));
        QTest::mouseClick(editor->reloadButton(), Qt::LeftButton);
        QVERIFY(!editor->changedElsewhere());
        QCOMPARE(editor->fieldText(QStringLiteral("given_name")), QStringLiteral("Renamed"));
        // This desk's own save refreshes as before, and is not heard as another's.
        editor->setFieldText(QStringLiteral("given_name"), QStringLiteral("Mine"));
        QVERIFY(editor->save());
        QTest::qWait(800);
        QVERIFY(!editor->changedElsewhere());
    }
};

QTEST_MAIN(ServerViewsTest)
#include "server_views_test.moc"
