// The claims page's money and approval (issue 14), offscreen: the fiscal year's
// budget, paid and remaining with the chart of paid by month, and the month's
// approval steps taken from the page by the right and the wrong people.
#include "auth/auth.h"
#include "ledger/budget.h"
#include "ledger/settings.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "views/claims_view.h"
#include "views/settings_view.h"

#include <QBarSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

std::unique_ptr<storage::Database> fixture(const QString &path)
{
    auto db = std::make_unique<storage::Database>(path);
    test::loadBasics(*db);
    test::loadOrAbort(*db, "internships",
                      "internship_no,student_no,company_code,start_date,end_date,status\n"
                      "I1,ST1,C1,2025-10-01,2026-03-31,active\n");
    test::loadOrAbort(*db, "attendance",
                      "internship_no,date,status\nI1,2025-10-01,present\nI1,2025-10-02,present\n");
    return db;
}

const auth::Session kAdmin{QStringLiteral("admin"), auth::Role::Administrator, false};
const auth::Session kBoss{QStringLiteral("boss"), auth::Role::Administrator, false};
const auth::Session kSato{QStringLiteral("sato"), auth::Role::Staff, false};
const auth::Session kKato{QStringLiteral("kato"), auth::Role::Staff, false};

} // namespace

class PaymentsViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void claims_showTheBudgetPaidRemaining_andTheChartOfTheYear()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ui::ClaimsView view(*db, ui::Language::English);
        view.setSession(kAdmin);
        view.setMonth(2025, 10);
        QCOMPARE(view.budgetText(), QStringLiteral("FY2025: no budget set · paid ¥0"));
        ledger::Budgets(*db).set(kAdmin, 2025, 14000);
        view.refresh();
        QCOMPARE(view.budgetText(), QStringLiteral("FY2025 budget ¥14,000 · paid ¥0 · remaining ¥14,000"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("budget"))->text(), view.budgetText());
        QCOMPARE(view.post(false), 1); // one payment of ¥14,000: exactly the budget
        QCOMPARE(view.budgetText(), QStringLiteral("FY2025 budget ¥14,000 · paid ¥14,000 · remaining ¥0"));
        // The chart: bars of each month from April, the year's running total and the budget line.
        QChart *chart = view.chart()->chart();
        QCOMPARE(chart->series().size(), 3);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().front());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().front()->count(), 12);
        QCOMPARE(bars->barSets().front()->at(6), 14000.0); // October
        QCOMPARE(bars->barSets().front()->at(5), 0.0);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(QStringLiteral("/tmp/claims_budget.png")));
    }

    void claims_approvalStepsFromThePage_refusedToTheWrongPerson()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ui::ClaimsView view(*db, ui::Language::English);
        view.setMonth(2025, 10);
        QCOMPARE(view.approvalText(), QStringLiteral("Approval is off: posting does not wait for it"));
        ledger::Settings(*db).set(kAdmin, QStringLiteral("subsidy.approval"), QStringLiteral("on"));
        view.setSession(kSato);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("prepare"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("approve"))->isEnabled()); // staff
        view.refresh();
        QVERIFY(view.approvalText().startsWith(QStringLiteral("Approval: 2025-10 is open")));
        QCOMPARE(view.takeStep(QStringLiteral("prepare")), QString());
        QVERIFY(view.approvalText().startsWith(QStringLiteral("Approval: 2025-10 is prepared (last step by sato at ")));
        QVERIFY(view.takeStep(QStringLiteral("check")).contains(QStringLiteral("a second person must check it")));
        view.setSession(kKato);
        QCOMPARE(view.takeStep(QStringLiteral("check")), QString());
        QVERIFY(!view.takeStep(QStringLiteral("approve")).isEmpty()); // staff may not
        view.setSession(kAdmin);
        QCOMPARE(view.takeStep(QStringLiteral("reject"), QStringLiteral("the timesheet is unsigned")), QString());
        QVERIFY(view.approvalText().contains(QStringLiteral("is rejected")));
        QVERIFY(view.approvalText().contains(QStringLiteral("reason: the timesheet is unsigned")));
        view.setSession(kSato);
        QCOMPARE(view.takeStep(QStringLiteral("prepare")), QString());
        view.setSession(kKato);
        QCOMPARE(view.takeStep(QStringLiteral("check")), QString());
        view.setSession(kBoss);
        QCOMPARE(view.takeStep(QStringLiteral("approve")), QString());
        QCOMPARE(view.post(false), 1);
        QVERIFY(view.approvalText().contains(QStringLiteral("is posted (last step by boss")));

        // The bank file from the page: refused until the bank account is set, then written.
        QStringList problems;
        const QString file = dir.filePath(QStringLiteral("furikomi.txt"));
        QVERIFY(!view.writeTransfer(QDate(2025, 11, 14), file, false, problems));
        QCOMPARE(problems.size(), 9); // seven settings, ST1's account, the summary
        QVERIFY(problems.contains(QStringLiteral("ST1 阮 文安: the account details are not complete: bank_code, "
                                                 "branch_code, account_no, account_holder_kana empty")));
        QVERIFY(!QFile::exists(file));
        test::loadOrAbort(*db, "students",
                          "student_no,bank_code,branch_code,account_no,account_holder_kana\n"
                          "ST1,0005,123,0012345,グエン ヴァン アン\n");
        ledger::Settings settings(*db);
        const char *const values[][2] = {{"transfer.requester_code", "1234567890"}, {"transfer.requester_name", "ｶｹﾊｼ"},
                                         {"transfer.bank_code", "0001"},            {"transfer.bank_name", "ﾐｽﾞﾎ"},
                                         {"transfer.branch_code", "001"},           {"transfer.branch_name", "ﾄｳｷﾖｳ"},
                                         {"transfer.account_no", "1234567"}};
        for (const auto &kv : values)
            settings.set(kBoss, QString::fromUtf8(kv[0]), QString::fromUtf8(kv[1]));
        view.setSession(kSato);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("transfer"))->isEnabled());
        QVERIFY(!view.writeTransfer(QDate(2025, 11, 14), file, false, problems)); // staff
        view.setSession(kBoss);
        QVERIFY2(view.writeTransfer(QDate(2025, 11, 14), file, false, problems), qPrintable(problems.join(u'\n')));
        QCOMPARE(QFileInfo(file).size(), 4 * 122);
        bool repeats = false;
        QVERIFY(!view.writeTransfer(QDate(2025, 11, 14), file, false, problems, &repeats));
        QVERIFY(repeats);
    }

    void settings_bankAccountApprovalAndBudget_administratorsSave_problemsNamed()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ui::SettingsView view(*db, ui::Language::English);
        view.setSession(kSato);
        QVERIFY(view.bankField(QStringLiteral("transfer.bank_code")));
        view.bankField(QStringLiteral("transfer.bank_code"))->setText(QStringLiteral("0001"));
        QCOMPARE(view.saveBankSettings().size(), 1); // staff: refused, with the reason
        QCOMPARE(ledger::Settings(*db).value(QStringLiteral("transfer.bank_code")), QString());

        view.setSession(kAdmin);
        view.bankField(QStringLiteral("transfer.requester_name"))->setText(QStringLiteral("カケハシ"));
        view.bankField(QStringLiteral("transfer.bank_code"))->setText(QStringLiteral("12"));
        view.bankField(QStringLiteral("transfer.account_no"))->setText(QStringLiteral("1234567"));
        view.accountTypeBox()->setCurrentIndex(view.accountTypeBox()->findData(QStringLiteral("current")));
        view.approvalBox()->setChecked(true);
        const QStringList problems = view.saveBankSettings();
        QCOMPARE(problems, QStringList{QStringLiteral("transfer.bank_code: “12” is not 4 digits")});
        const ledger::Settings settings(*db);
        QCOMPARE(settings.value(QStringLiteral("transfer.requester_name")), QStringLiteral("ｶｹﾊｼ"));
        QCOMPARE(settings.value(QStringLiteral("transfer.account_no")), QStringLiteral("1234567"));
        QCOMPARE(settings.value(QStringLiteral("transfer.account_type")), QStringLiteral("current"));
        QVERIFY(settings.approvalRequired());
        // The page shows what is stored: the refused code is gone, the name half-width.
        QCOMPARE(view.bankField(QStringLiteral("transfer.bank_code"))->text(), QString());
        QCOMPARE(view.bankField(QStringLiteral("transfer.requester_name"))->text(), QStringLiteral("ｶｹﾊｼ"));

        QVERIFY(view.setBudget(2025, 500000));
        QCOMPARE(ledger::Budgets(*db).status(2025).budgetJpy, std::optional<qint64>(500000));
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(QStringLiteral("/tmp/settings_bank.png")));
    }
};

QTEST_MAIN(PaymentsViewsTest)
#include "payments_views_test.moc"
