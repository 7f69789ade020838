// The administrators' and auditors' pages through their widgets, offscreen:
// users added, refused, reset (which unlocks) and disabled through the users
// dialog and its form; the audit trail filtered, hidden from staff, and
// exported, the export itself recorded.
#include "auth/auth.h"
#include "dialogs/users_dialog.h"
#include "language.h"
#include "models/text_table_model.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "views/audit_view.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

const QString kAdminPassword = QStringLiteral("a-long-password-1");

std::unique_ptr<storage::Database> fixture(const QString &path)
{
    auto db = std::make_unique<storage::Database>(path);
    test::loadOrAbort(*db, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::loadOrAbort(*db, "students",
                      "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                      "enrolled_on\nST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01\n");
    return db;
}

const auth::UserInfo *findUser(const std::vector<auth::UserInfo> &users, const QString &name)
{
    for (const auth::UserInfo &u : users)
        if (u.name == name)
            return &u;
    return nullptr;
}

int rowOf(const ui::TextTableModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->row(r).front() == name)
            return r;
    return -1;
}

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

int failLogins(storage::Database &db, const QString &name, int times)
{
    int refused = 0;
    for (int i = 0; i < times; ++i) {
        try {
            auth::Users(db).login(name, QStringLiteral("not-the-password"));
        } catch (const auth::AuthError &) {
            ++refused;
        }
    }
    return refused;
}

} // namespace

class AdminViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void users_addResetDisable_throughTheDialog()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        auth::Users(*db).add(auth::Session{}, QStringLiteral("admin"), auth::Role::Administrator, kAdminPassword);
        const auth::Session admin = auth::Users(*db).login(QStringLiteral("admin"), kAdminPassword);

        ui::UsersDialog dialog(*db, ui::Language::English, admin);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->row(0),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("Administrator"), QString(), QStringLiteral("0"),
                              QString()}));
        QCOMPARE(dialog.model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Locked until"));
        QVERIFY(dialog.addButton()->isEnabled());
        QVERIFY(!dialog.resetButton()->isEnabled()); // nobody chosen yet

        // Add through the form, checked as one types.
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        ui::UserForm *form = dialog.form();
        QVERIFY(form);
        QVERIFY(form->isVisible());
        QCOMPARE(form->mode(), ui::UserForm::Mode::AddUser);
        QCOMPARE(form->roleField()->count(), 3);
        QCOMPARE(form->roleField()->itemText(0), QStringLiteral("Staff"));
        QCOMPARE(form->roleField()->itemText(2), QStringLiteral("Auditor"));
        QTest::keyClicks(form->nameField(), QStringLiteral("sato"));
        QCOMPARE(form->nameMessage()->text(), QString());
        form->roleField()->setCurrentIndex(0);
        QTest::keyClicks(form->passwordField(), QStringLiteral("short-pw"));
        QCOMPARE(form->passwordMessage()->text(), QStringLiteral("At least 12 characters (8 so far)."));
        QTest::keyClicks(form->confirmField(), QStringLiteral("short-pw"));
        QCOMPARE(form->confirmMessage()->text(), QString());
        QVERIFY(!form->okButton()->isEnabled());
        QTest::keyClicks(form->passwordField(), QStringLiteral("-1234")); // now 13 characters
        QCOMPARE(form->passwordMessage()->text(), QString());
        QCOMPARE(form->confirmMessage()->text(), QStringLiteral("Does not match the password."));
        QVERIFY(!form->okButton()->isEnabled());
        QTest::keyClicks(form->confirmField(), QStringLiteral("-1234"));
        QCOMPARE(form->confirmMessage()->text(), QString());
        QVERIFY(form->okButton()->isEnabled());
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.form());

        QCOMPARE(dialog.model()->rowCount(), 2);
        const int satoRow = rowOf(dialog.model(), QStringLiteral("sato"));
        QVERIFY(satoRow >= 0);
        QCOMPARE(dialog.model()->row(satoRow).at(1), QStringLiteral("Staff"));
        QCOMPARE(dialog.selectedUser().value_or(QString()), QStringLiteral("sato"));
        const auto listed = auth::Users(*db).list();
        QCOMPARE(listed.size(), size_t(2));
        QVERIFY(findUser(listed, QStringLiteral("sato")));
        QVERIFY(findUser(listed, QStringLiteral("sato"))->role == auth::Role::Staff);
        const auth::Session sato = auth::Users(*db).login(QStringLiteral("sato"), QStringLiteral("short-pw-1234"));
        QVERIFY(sato.role == auth::Role::Staff);

        // Core's refusal stays in the open form.
        form = dialog.openAddForm();
        QTest::keyClicks(form->nameField(), QStringLiteral("sato"));
        QTest::keyClicks(form->passwordField(), QStringLiteral("another-password"));
        QTest::keyClicks(form->confirmField(), QStringLiteral("another-password"));
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QCOMPARE(dialog.form(), form);
        QVERIFY(form->isVisible());
        QCOMPARE(form->errorLabel()->text(), QStringLiteral("a user sato exists already"));
        form->reject();
        QTRY_VERIFY(!dialog.form());
        QCOMPARE(auth::Users(*db).list().size(), size_t(2));

        // A staff member sees the users but may change nothing.
        {
            ui::UsersDialog staffDialog(*db, ui::Language::Japanese, sato);
            QCOMPARE(staffDialog.model()->rowCount(), 2);
            QCOMPARE(staffDialog.model()->row(rowOf(staffDialog.model(), QStringLiteral("admin"))).at(1),
                     QStringLiteral("管理者"));
            QCOMPARE(staffDialog.model()->row(rowOf(staffDialog.model(), QStringLiteral("sato"))).at(1),
                     QStringLiteral("職員"));
            QVERIFY(staffDialog.selectUser(QStringLiteral("sato")));
            for (QPushButton *b : {staffDialog.addButton(), staffDialog.resetButton(), staffDialog.disableButton()}) {
                QVERIFY(!b->isEnabled());
                QCOMPARE(b->toolTip(), ui::whyNot(auth::Action::Maintain));
            }
            QVERIFY(staffDialog.addButton()->toolTip().contains(QStringLiteral("Only administrators")));
            QVERIFY(!staffDialog.addUser(QStringLiteral("suzuki"), auth::Role::Staff, QStringLiteral("suzuki-password")));
            QCOMPARE(staffDialog.errorLabel()->text(), QStringLiteral("only an administrator may add users"));
            QVERIFY(!staffDialog.disableUser(QStringLiteral("admin")));
            QCOMPARE(staffDialog.errorLabel()->text(), QStringLiteral("only an administrator may disable users"));
        }

        // Five failed logins lock sato; a new password from the administrator unlocks.
        QCOMPARE(failLogins(*db, QStringLiteral("sato"), auth::kMaxFailedLogins), auth::kMaxFailedLogins);
        QVERIFY(!findUser(auth::Users(*db).list(), QStringLiteral("sato"))->lockedUntil.isEmpty());
        dialog.refresh();
        const QString lockedCell = dialog.model()->row(rowOf(dialog.model(), QStringLiteral("sato"))).at(2);
        QCOMPARE(lockedCell.size(), 16); // yyyy-MM-dd HH:mm, 15 minutes ahead
        QCOMPARE(lockedCell,
                 QDateTime::fromString(findUser(auth::Users(*db).list(), QStringLiteral("sato"))->lockedUntil,
                                       Qt::ISODate)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QVERIFY(dialog.selectUser(QStringLiteral("sato")));
        QVERIFY(dialog.resetButton()->isEnabled());
        QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
        form = dialog.form();
        QVERIFY(form);
        QCOMPARE(form->mode(), ui::UserForm::Mode::ResetPassword);
        QCOMPARE(form->nameField()->text(), QStringLiteral("sato"));
        QVERIFY(form->nameField()->isReadOnly());
        QVERIFY(!form->roleField());
        QTest::keyClicks(form->passwordField(), QStringLiteral("new-pass"));
        QTest::keyClicks(form->confirmField(), QStringLiteral("new-pass"));
        QCOMPARE(form->passwordMessage()->text(), QStringLiteral("At least 12 characters (8 so far)."));
        QVERIFY(!form->okButton()->isEnabled());
        QTest::keyClicks(form->passwordField(), QStringLiteral("word-2"));
        QTest::keyClicks(form->confirmField(), QStringLiteral("word-2"));
        QVERIFY(form->okButton()->isEnabled());
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.form());
        const auto afterReset = auth::Users(*db).list(); // outlives the pointer into it
        const auth::UserInfo *unlocked = findUser(afterReset, QStringLiteral("sato"));
        QVERIFY(unlocked->lockedUntil.isEmpty());
        QCOMPARE(unlocked->failedLogins, 0);
        QCOMPARE(dialog.model()->row(rowOf(dialog.model(), QStringLiteral("sato"))).at(2), QString());
        QCOMPARE(auth::Users(*db).login(QStringLiteral("sato"), QStringLiteral("new-password-2")).user,
                 QStringLiteral("sato"));

        // Disable, after the question.
        QVERIFY(dialog.selectUser(QStringLiteral("sato")));
        QVERIFY(dialog.disableButton()->isEnabled());
        QTest::mouseClick(dialog.disableButton(), Qt::LeftButton);
        QMessageBox *question = dialog.findChild<QMessageBox *>();
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("Disable sato?")));
        QVERIFY(!findUser(auth::Users(*db).list(), QStringLiteral("sato"))->disabled); // not before the answer
        QPushButton *yes = buttonNamed(question, QStringLiteral("Disable"));
        QVERIFY(yes);
        QTest::mouseClick(yes, Qt::LeftButton);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>());
        QVERIFY(findUser(auth::Users(*db).list(), QStringLiteral("sato"))->disabled);
        QCOMPARE(dialog.model()->row(rowOf(dialog.model(), QStringLiteral("sato"))).at(4), QStringLiteral("disabled"));
        QVERIFY(dialog.selectUser(QStringLiteral("sato")));
        QVERIFY(!dialog.disableButton()->isEnabled()); // already
        bool refused = false;
        try {
            auth::Users(*db).login(QStringLiteral("sato"), QStringLiteral("new-password-2"));
        } catch (const auth::AuthError &e) {
            refused = e.message() == QStringLiteral("the user sato is disabled");
        }
        QVERIFY(refused);

        // An administrator does not disable themselves from here.
        QVERIFY(!dialog.disableUser(QStringLiteral("admin")));
        QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("You cannot disable your own account."));
        QVERIFY(!findUser(auth::Users(*db).list(), QStringLiteral("admin"))->disabled);

        // A user locked again, for the picture.
        auth::Users(*db).add(admin, QStringLiteral("kato"), auth::Role::Auditor, QStringLiteral("auditor-password"));
        failLogins(*db, QStringLiteral("kato"), auth::kMaxFailedLogins);
        failLogins(*db, QStringLiteral("admin"), 2);
        dialog.refresh();
        QCOMPARE(dialog.model()->row(rowOf(dialog.model(), QStringLiteral("admin"))).at(3), QStringLiteral("2"));
        dialog.errorLabel()->clear();
        QVERIFY(dialog.selectUser(QStringLiteral("kato")));
        dialog.resize(760, 360);
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/users_dialog.png")));
        form = dialog.openResetForm();
        QTest::keyClicks(form->passwordField(), QStringLiteral("too-short"));
        QTest::keyClicks(form->confirmField(), QStringLiteral("too-shor"));
        QVERIFY(form->grab().save(QStringLiteral("/tmp/users_form.png")));
        form->reject();
    }

    void audit_filtersHidesFromStaffAndRecordsExports()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        const QString importer = auth::Session{}.who(); // the imports ran single-user
        // The users are made on a fixed day, to filter by date.
        auth::Users past(*db, [] { return QDateTime(QDate(2024, 5, 10), QTime(9, 30)); });
        past.add(auth::Session{}, QStringLiteral("admin"), auth::Role::Administrator, kAdminPassword);
        const auth::Session admin = past.login(QStringLiteral("admin"), kAdminPassword);
        past.add(admin, QStringLiteral("kato"), auth::Role::Auditor, QStringLiteral("auditor-password"));
        past.add(admin, QStringLiteral("sato"), auth::Role::Staff, QStringLiteral("staff-password"));
        const auth::Session kato = auth::Users(*db).login(QStringLiteral("kato"), QStringLiteral("auditor-password"));
        const auth::Session sato = auth::Users(*db).login(QStringLiteral("sato"), QStringLiteral("staff-password"));

        ui::AuditView view(*db, ui::Language::English);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setSession(kato);
        // Read when the page is first shown, not while the window opens.
        QCOMPARE(view.model()->rowCount(), 0);
        view.show();
        // schools: 5 fields created + 1 import; students: 11 (account_type and work_permission by their defaults) + 1; users: 3 role changes, 3 passwords set
        // (a fingerprint of the hash, for `check`), 3 logins.
        QCOMPARE(view.model()->rowCount(), 27);
        QCOMPARE(view.countLabel()->text(), QStringLiteral("27 row(s)"));
        QCOMPARE(view.model()->columnCount(), 8);
        QCOMPARE(view.model()->headerData(6, Qt::Horizontal).toString(), QStringLiteral("Old value"));
        QVERIFY(view.reasonLabel()->isHidden());
        QVERIFY(view.csvButton()->isEnabled());

        auto select = [](QComboBox *combo, const QString &code) {
            const int i = combo->findData(code);
            QVERIFY2(i >= 0, qPrintable(code));
            combo->setCurrentIndex(i);
        };
        // By action.
        select(view.actionCombo(), QStringLiteral("import"));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->row(0).at(1), importer);
        QCOMPARE(view.model()->row(0).at(2), QStringLiteral("import"));
        QCOMPARE(view.model()->row(0).at(3), QStringLiteral("schools"));
        QCOMPARE(view.model()->row(0).at(5), QStringLiteral("file"));
        QCOMPARE(view.model()->row(0).at(7), QStringLiteral("- (1 inserted, 0 updated, 0 unchanged)"));
        QCOMPARE(view.model()->row(1).at(3), QStringLiteral("students"));
        QCOMPARE(view.countLabel()->text(), QStringLiteral("2 row(s)"));
        select(view.actionCombo(), QStringLiteral("create"));
        QCOMPARE(view.model()->rowCount(), 16);

        // By kind and key: one row per field of the created record (work_permission's and account_type's
        // defaults too).
        select(view.kindCombo(), QStringLiteral("students"));
        QCOMPARE(view.model()->rowCount(), 11);
        QTest::keyClicks(view.keyField(), QStringLiteral("ST1"));
        QTRY_COMPARE(view.filter().key, QStringLiteral("ST1"));
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 11);
        QCOMPARE(view.model()->row(9).at(5), QStringLiteral("work_permission"));
        QCOMPARE(view.model()->row(9).at(7), QStringLiteral("none"));
        QCOMPARE(view.model()->row(0),
                 (QStringList{view.model()->row(0).at(0), importer, QStringLiteral("create"), QStringLiteral("students"),
                              QStringLiteral("ST1"), QStringLiteral("student_no"), QString(), QStringLiteral("ST1")}));
        QCOMPARE(view.model()->row(1).at(5), QStringLiteral("family_name"));
        QCOMPARE(view.model()->row(1).at(7), QStringLiteral("阮"));
        QCOMPARE(view.model()->row(8).at(5), QStringLiteral("enrolled_on"));
        QCOMPARE(view.model()->row(8).at(7), QStringLiteral("2025-04-01"));
        view.keyField()->clear();
        QTest::keyClicks(view.keyField(), QStringLiteral("ST2"));
        QTRY_COMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.countLabel()->text(), QStringLiteral("0 row(s)"));
        QVERIFY(!view.csvButton()->isEnabled()); // nothing to export
        view.keyField()->clear();
        select(view.kindCombo(), QStringLiteral("schools"));
        QTRY_COMPARE(view.model()->rowCount(), 5);
        QCOMPARE(view.model()->row(1).at(7), QStringLiteral("東京大学"));

        // The users' kind, by user.
        select(view.actionCombo(), QString());
        select(view.kindCombo(), QStringLiteral("user"));
        QCOMPARE(view.model()->rowCount(), 9);
        QTest::keyClicks(view.userField(), QStringLiteral("admin"));
        // Each user added: its role and the fingerprint of its password hash.
        QTRY_COMPARE(view.model()->rowCount(), 7);
        QCOMPARE(view.model()->row(0).at(2), QStringLiteral("role_change"));
        QCOMPARE(view.model()->row(0).at(4), QStringLiteral("admin"));
        QCOMPARE(view.model()->row(0).at(7), QStringLiteral("administrator"));
        QCOMPARE(view.model()->row(1).at(2), QStringLiteral("password_change"));
        QCOMPARE(view.model()->row(1).at(5), QStringLiteral("password_hash"));
        QCOMPARE(view.model()->row(2).at(2), QStringLiteral("login"));
        QCOMPARE(view.model()->row(3).at(4), QStringLiteral("kato"));
        QCOMPARE(view.model()->row(3).at(7), QStringLiteral("auditor"));
        QCOMPARE(view.model()->row(5).at(4), QStringLiteral("sato"));
        QCOMPARE(view.model()->row(5).at(7), QStringLiteral("staff"));
        view.userField()->clear();
        QTest::keyClicks(view.userField(), QStringLiteral("kato"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->row(0).at(2), QStringLiteral("login"));
        view.userField()->clear();
        select(view.kindCombo(), QString());
        QTRY_COMPARE(view.model()->rowCount(), 27);

        // By date: the users were made on 10 May 2024, the rest today.
        view.fromEdit()->setDate(QDate(2024, 5, 1));
        view.toEdit()->setDate(QDate(2024, 5, 31));
        view.fromCheck()->setChecked(true);
        QVERIFY(view.fromEdit()->isEnabled());
        view.toCheck()->setChecked(true);
        QCOMPARE(view.model()->rowCount(), 7);
        QVERIFY(view.model()->row(0).at(0).startsWith(QStringLiteral("2024-05-10T09:30:00")));
        view.toEdit()->setDate(QDate(2024, 5, 9));
        QTRY_COMPARE(view.model()->rowCount(), 0);
        view.toCheck()->setChecked(false);
        QVERIFY(!view.toEdit()->isEnabled());
        view.fromEdit()->setDate(QDate(2024, 5, 11));
        QTRY_COMPARE(view.model()->rowCount(), 20);
        QCOMPARE(view.model()->row(0).at(0).left(10), QDate::currentDate().toString(Qt::ISODate));
        view.fromCheck()->setChecked(false);
        QCOMPARE(view.model()->rowCount(), 27);

        // Staff see nothing and are told why.
        view.setSession(sato);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!view.reasonLabel()->isHidden());
        QCOMPARE(view.reasonLabel()->text(), ui::whyNot(auth::Action::AuditLedger));
        QVERIFY(view.reasonLabel()->text().contains(QStringLiteral("Only administrators and auditors")));
        QVERIFY(!view.csvButton()->isEnabled());
        QVERIFY(!view.xlsxButton()->isEnabled());
        QVERIFY(!view.actionCombo()->isEnabled());
        QVERIFY(!view.userField()->isEnabled());
        QCOMPARE(view.countLabel()->text(), QString());
        QVERIFY(!view.exportTo(dir.filePath(QStringLiteral("no.csv")), QStringLiteral("csv")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no.csv"))));

        // The auditor exports what is shown; the export is recorded.
        view.setSession(kato);
        QVERIFY(view.reasonLabel()->isHidden());
        QVERIFY(view.actionCombo()->isEnabled());
        select(view.actionCombo(), QStringLiteral("create"));
        select(view.kindCombo(), QStringLiteral("schools"));
        QCOMPARE(view.model()->rowCount(), 5);
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(view.exportTo(csv, QStringLiteral("csv")));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &l : lines)
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("at,user,action,kind,key,field,old,new"));
        QCOMPARE(lines.at(1), view.model()->row(0).at(0) + QStringLiteral(",%1,create,schools,S1,code,,S1").arg(importer));
        QCOMPARE(lines.at(2), view.model()->row(0).at(0) + QStringLiteral(",%1,create,schools,S1,name,,東京大学").arg(importer));
        QCOMPARE(lines.at(5), view.model()->row(0).at(0) + QStringLiteral(",%1,create,schools,S1,prefecture,,13").arg(importer));
        QVERIFY(view.status()->text().contains(QStringLiteral("5 row(s) exported to")));

        storage::AuditFilter exports;
        exports.action = QStringLiteral("export");
        auto recorded = storage::auditEntries(*db, exports);
        QCOMPARE(recorded.size(), size_t(1));
        QCOMPARE(recorded[0][1], QStringLiteral("kato"));
        QCOMPARE(recorded[0][3], QStringLiteral("audit"));
        QCOMPARE(recorded[0][4], QString());
        QCOMPARE(recorded[0][5], QStringLiteral("rows"));
        QCOMPARE(recorded[0][6], QString());
        QCOMPARE(recorded[0][7], QStringLiteral("5"));

        const QString xlsx = dir.filePath(QStringLiteral("audit.xlsx"));
        QVERIFY(view.exportTo(xlsx, QStringLiteral("xlsx")));
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.readAll().startsWith("PK"));
        recorded = storage::auditEntries(*db, exports);
        QCOMPARE(recorded.size(), size_t(2));
        QCOMPARE(recorded[1][7], QStringLiteral("5"));

        // The exports show in the view as well.
        select(view.kindCombo(), QString());
        select(view.actionCombo(), QStringLiteral("export"));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->row(0).at(1), QStringLiteral("kato"));
        QCOMPARE(view.model()->row(0).at(3), QStringLiteral("audit"));

        select(view.actionCombo(), QString());
        QCOMPARE(view.model()->rowCount(), 29);

        // A long trail shows its newest entries; the export still has every row.
        view.setShownLimit(3);
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->row(2).at(2), QStringLiteral("export")); // the newest last
        // 15 stored entries: each created record is one (shown as a row per field).
        QVERIFY2(view.countLabel()->text().contains(QStringLiteral("newest 3 of 15 entries")),
                 qPrintable(view.countLabel()->text()));
        const QString all = dir.filePath(QStringLiteral("all.csv"));
        QVERIFY(view.exportTo(all, QStringLiteral("csv")));
        QFile allFile(all);
        QVERIFY(allFile.open(QIODevice::ReadOnly));
        QCOMPARE(allFile.readAll().count("\r\n"), 1 + 29); // the header and every row
        view.setShownLimit(10000);
        view.refresh();

        view.resize(1180, 560);
        view.show();
        QVERIFY(view.grab().save(QStringLiteral("/tmp/audit_view.png")));
    }
};

QTEST_MAIN(AdminViewsTest)
#include "admin_views_test.moc"
