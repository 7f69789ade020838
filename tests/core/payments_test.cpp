// Paying the interns (FORMATS.md §6, issue 14): the students' accounts, the
// half-width kana of the 全銀協 transfer file, the file itself byte by byte, the
// fiscal year's budget and the approval steps before posting.
#include "auth/auth.h"
#include "ledger/approval.h"
#include "ledger/budget.h"
#include "ledger/ledger.h"
#include "ledger/settings.h"
#include "io/exporter.h"
#include "ledger/transfer.h"
#include "rules/zengin_kana.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "test_support.h"

#include <QSqlQuery>
#include <QTimeZone>

#include "catch_qt.h"

using namespace kakehashi;

namespace {

QString zengin(const QString &text)
{
    return rules::toZenginKana(text).value_or(QStringLiteral("(unwritable)"));
}

// Shift_JIS of ASCII and half-width katakana, worked out without iconv: one byte
// each, U+FF61…U+FF9F being 0xA1…0xDF.
QByteArray sjis(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        REQUIRE((u < 0x80 || (u >= 0xFF61 && u <= 0xFF9F)));
        out += static_cast<char>(u < 0x80 ? u : u - 0xFEC0);
    }
    return out;
}

QString sp(int n)
{
    return QString(n, QLatin1Char(' '));
}

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 4, 30), QTime(17, 5, 11), QTimeZone(9 * 3600));
}

const auth::Session kAdmin{QStringLiteral("admin"), auth::Role::Administrator, false};
const auth::Session kAdmin2{QStringLiteral("boss"), auth::Role::Administrator, false};
const auth::Session kStaff{QStringLiteral("sato"), auth::Role::Staff, false};
const auth::Session kStaff2{QStringLiteral("kato"), auth::Role::Staff, false};
const auth::Session kAuditor{QStringLiteral("audit"), auth::Role::Auditor, false};

// Three final-year students in FY2025, one internship each, with their bank
// accounts. October: ST1 3 present days (¥21,000), ST2 1 (¥7,000), ST3 2
// (¥14,000); November: ST1 1 (¥7,000).
void seed(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::load(t, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    test::load(t, "students",
               QStringLiteral(
                   "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                   "enrolled_on,graduation_date,bank_code,branch_code,account_type,account_no,account_holder_kana\n"
                   "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31,0005,123,,0012345,"
                   "グエン ヴァン アン\n"
                   "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,2026-03-31,9900,001,current,7654321,"
                   "ｷﾑ ﾐﾝｼﾞｭﾝ\n"
                   "ST3,Pham,Thi Lan,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31,0001,010,ordinary,"
                   "1111111,ファム ティ ラン\n"));
    test::load(t, "internships",
               "internship_no,student_no,company_code,start_date,end_date,status\n"
               "I1,ST1,C1,2025-10-01,2026-03-31,active\n"
               "I2,ST2,C1,2025-10-01,2026-03-31,active\n"
               "I3,ST3,C1,2025-10-01,2026-03-31,active\n");
    test::load(t, "attendance",
               "internship_no,date,status,hours\n"
               "I1,2025-10-01,present,8\nI1,2025-10-02,present,8\nI1,2025-10-03,present,8\n"
               "I2,2025-10-01,present,8\n"
               "I3,2025-10-01,present,8\nI3,2025-10-02,present,8\n"
               "I1,2025-11-04,present,8\n");
}

void bankSettings(test::TempDatabase &t)
{
    ledger::Settings s(t.db(), fixedTime);
    s.set(kAdmin, QStringLiteral("transfer.requester_code"), QStringLiteral("123"));
    s.set(kAdmin, QStringLiteral("transfer.requester_name"), QStringLiteral("カケハシコンソーシアム"));
    s.set(kAdmin, QStringLiteral("transfer.bank_code"), QStringLiteral("0001"));
    s.set(kAdmin, QStringLiteral("transfer.bank_name"), QStringLiteral("ミズホ"));
    s.set(kAdmin, QStringLiteral("transfer.branch_code"), QStringLiteral("001"));
    s.set(kAdmin, QStringLiteral("transfer.branch_name"), QStringLiteral("トウキョウ"));
    s.set(kAdmin, QStringLiteral("transfer.account_type"), QStringLiteral("current"));
    s.set(kAdmin, QStringLiteral("transfer.account_no"), QStringLiteral("1234567"));
}

ledger::Ledger book(test::TempDatabase &t, const auth::Session &session = kAdmin)
{
    ledger::Ledger l(t.db(), fixedTime);
    l.setSession(session);
    return l;
}

qint64 entries(test::TempDatabase &t)
{
    return storage::SubsidyStore(t.db()).entryCount();
}

QString column(test::TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
}

} // namespace

TEST_CASE("kana_voicedAndSemiVoicedKana_areTwoHalfWidthCharacters", "[payments][kana]")
{
    CHECK(zengin(QStringLiteral("ガギグゲゴ")) == QStringLiteral("ｶﾞｷﾞｸﾞｹﾞｺﾞ"));
    CHECK(zengin(QStringLiteral("ザジズゼゾ")) == QStringLiteral("ｻﾞｼﾞｽﾞｾﾞｿﾞ"));
    CHECK(zengin(QStringLiteral("ダヂヅデド")) == QStringLiteral("ﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞ"));
    CHECK(zengin(QStringLiteral("バビブベボ")) == QStringLiteral("ﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ"));
    CHECK(zengin(QStringLiteral("パピプペポ")) == QStringLiteral("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ"));
    CHECK(zengin(QStringLiteral("ヴヷヺ")) == QStringLiteral("ｳﾞﾜﾞｦﾞ"));
    CHECK(zengin(QStringLiteral("ー")) == QStringLiteral("ｰ"));
    CHECK(zengin(QStringLiteral("コーヒー")) == QStringLiteral("ｺｰﾋｰ"));
    // Every voiced kana, one at a time, is its base and the mark.
    const QString voiced = QStringLiteral("ガギグゲゴザジズゼゾダヂヅデドバビブベボ");
    const QString bases = QStringLiteral("ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ");
    for (qsizetype i = 0; i < voiced.size(); ++i)
        CHECK(zengin(voiced.mid(i, 1)) == bases.mid(i, 1) + QStringLiteral("ﾞ"));
    // A combining mark after its kana (as macOS writes file names) is the same.
    CHECK(zengin(QStringLiteral("カ\u3099ハ\u309A")) == QStringLiteral("ｶﾞﾊﾟ"));
    CHECK(zengin(QStringLiteral("゛゜")) == QStringLiteral("ﾞﾟ"));
}

TEST_CASE("kana_plainSmallAndFullWidthForms_toTheFilesCharacterSet", "[payments][kana]")
{
    CHECK(zengin(QStringLiteral("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン")) ==
          QStringLiteral("ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"));
    // No small letters in the 全銀 set: full- and half-width small kana become large.
    CHECK(zengin(QStringLiteral("ァィゥェォッャュョヮヵヶ")) == QStringLiteral("ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹ"));
    CHECK(zengin(QStringLiteral("ｧｨｩｪｫｬｭｮｯ")) == QStringLiteral("ｱｲｳｴｵﾔﾕﾖﾂ"));
    CHECK(zengin(QStringLiteral("キョウ")) == QStringLiteral("ｷﾖｳ"));
    // Half-width input stays; digits, capitals, space and ( ) - . / in either width.
    CHECK(zengin(QStringLiteral("ｸﾞｴﾝ ｳﾞｱﾝ")) == QStringLiteral("ｸﾞｴﾝ ｳﾞｱﾝ"));
    CHECK(zengin(QStringLiteral("（ＡＢＣ）１２３－．／　Z-9")) == QStringLiteral("(ABC)123-./ Z-9"));
    CHECK(zengin(QStringLiteral("カ）ケ‐ハシ")) == QStringLiteral("ｶ)ｹ-ﾊｼ"));
    CHECK(rules::isZenginText(QStringLiteral("ｶﾞ ｰ(A1)-./")));
    CHECK_FALSE(rules::isZenginText(QStringLiteral("ｬ")));
    CHECK_FALSE(rules::isZenginText(QStringLiteral("ガ")));
}

TEST_CASE("kana_aNameThatCannotBeWritten_namesEachCharacterOnce", "[payments][kana]")
{
    QString bad;
    CHECK_FALSE(rules::toZenginKana(QStringLiteral("グエン・ヴァン・アン"), &bad));
    CHECK(bad == QStringLiteral("・"));
    CHECK_FALSE(rules::toZenginKana(QStringLiteral("山田やまだ"), &bad));
    CHECK(bad == QStringLiteral("山田やまだ"));
    CHECK_FALSE(rules::toZenginKana(QStringLiteral("ヰヱヽ"), &bad));
    CHECK(bad == QStringLiteral("ヰヱヽ"));
    CHECK_FALSE(rules::toZenginKana(QStringLiteral("nguyen"), &bad)); // capitals only
    CHECK(bad == QStringLiteral("nguye"));
    CHECK(rules::toZenginKana(QStringLiteral("ア"), &bad));
    CHECK(bad.isEmpty());
}

TEST_CASE("students_accountColumns_validatedExportedWithDefaults_roundTrip", "[payments]")
{
    test::TempDatabase t;
    seed(t);
    // ST1's account_type was left empty: it is stored and exported as ordinary.
    CHECK(column(t, QStringLiteral("SELECT account_type FROM students WHERE student_no = 'ST1'")) == u"ordinary");
    const QByteArray csv = io::exportCsv(t.db(), *domain::kindByName(u"students"), io::Encoding::Utf8);
    const QString text = QString::fromUtf8(csv);
    CHECK(text.section(QLatin1Char('\n'), 0, 0).endsWith(
        QStringLiteral("bank_code,branch_code,account_type,account_no,account_holder_kana\r")));
    CHECK(text.contains(QStringLiteral(",0005,123,ordinary,0012345,グエン ヴァン アン\r\n")));
    CHECK(text.contains(QStringLiteral(",9900,001,current,7654321,ｷﾑ ﾐﾝｼﾞｭﾝ\r\n")));
    test::TempDatabase other;
    test::load(other, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::load(other, "students", csv);
    CHECK(io::exportCsv(other.db(), *domain::kindByName(u"students"), io::Encoding::Utf8) == csv);

    const QString problems = test::importFixture(
        t.db(), "students",
        QByteArray("student_no,bank_code,branch_code,account_type,account_no,account_holder_kana\n"
                   "ST1,05,1234,savings,123456,山田 太郎\n"
                   "ST2,00a5,12 ,ordinary,12345678,やまだ\n"
                   "ST3,0005,123,current,0000001,ﾔﾏﾀﾞ ﾀﾛｳ\n"));
    const QStringList lines = problems.split(QLatin1Char('\n'));
    CHECK(lines.size() == 9);
    CHECK(lines.contains(QStringLiteral("students:2: bank_code: “05” is not 4 digits")));
    CHECK(lines.contains(QStringLiteral("students:2: branch_code: “1234” is not 3 digits")));
    CHECK(lines.contains(QStringLiteral("students:2: account_type: “savings” is not one of: ordinary, current")));
    CHECK(lines.contains(QStringLiteral("students:2: account_no: “123456” is not 7 digits")));
    CHECK(problems.contains(QStringLiteral("students:2: account_holder_kana: “山” is not katakana")));
    CHECK(lines.contains(QStringLiteral("students:3: bank_code: “00a5” is not 4 digits")));
    CHECK(lines.contains(QStringLiteral("students:3: branch_code: “12” is not 3 digits"))); // trimmed
    CHECK(lines.contains(QStringLiteral("students:3: account_no: “12345678” is not 7 digits")));
    CHECK(problems.contains(QStringLiteral("students:3: account_holder_kana: “や” is not katakana")));
    // Nothing of the file was written.
    CHECK(column(t, QStringLiteral("SELECT account_no FROM students WHERE student_no = 'ST3'")) == u"1111111");
}

TEST_CASE("transferFile_byteByByte_aSmallCaseWorkedOutByHand", "[payments][transfer]")
{
    ledger::TransferHeader h;
    h.requesterCode = QStringLiteral("123");
    h.requesterName = QStringLiteral("ｶｹﾊｼ");
    h.date = Date(2026, 5, 15);
    h.bankCode = QStringLiteral("0001");
    h.bankName = QStringLiteral("ﾐｽﾞﾎ");
    h.branchCode = QStringLiteral("001");
    h.branchName = QStringLiteral("ﾄｳｷﾖｳ");
    h.accountType = QStringLiteral("current");
    h.accountNo = QStringLiteral("1234567");
    ledger::TransferPayee a;
    a.bankCode = QStringLiteral("0005");
    a.branchCode = QStringLiteral("123");
    a.accountType = QStringLiteral("ordinary");
    a.accountNo = QStringLiteral("0012345");
    a.holder = QStringLiteral("ｸﾞｴﾝ ｳﾞｱﾝ ｱﾝ");
    a.amountJpy = 21000;
    ledger::TransferPayee b;
    b.bankCode = QStringLiteral("9900");
    b.bankName = QStringLiteral("ﾕｳﾁﾖ");
    b.branchCode = QStringLiteral("001");
    b.branchName = QStringLiteral("ｾﾞﾛｲﾁﾊﾁ");
    b.accountType = QStringLiteral("current");
    b.accountNo = QStringLiteral("7654321");
    b.holder = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"); // 36: cut to 30
    b.amountJpy = 7000;

    // Header: 1 + 21 + 0 + 0000000123 + name (40) + 0515 + 0001 + name (15) + 001 +
    // name (15) + 2 (current) + 1234567 + 17 spaces.
    const QString header = QStringLiteral("1") + QStringLiteral("21") + QStringLiteral("0") +
                           QStringLiteral("0000000123") + QStringLiteral("ｶｹﾊｼ") + sp(36) + QStringLiteral("0515") +
                           QStringLiteral("0001") + QStringLiteral("ﾐｽﾞﾎ") + sp(11) + QStringLiteral("001") +
                           QStringLiteral("ﾄｳｷﾖｳ") + sp(10) + QStringLiteral("2") + QStringLiteral("1234567") + sp(17);
    // Data: 2 + bank 4 + name 15 + branch 3 + name 15 + 0000 + type + account 7 +
    // holder 30 + amount 10 + 0 + 10 zeros + 10 zeros + 2 spaces + 7 spaces.
    const QString dataA = QStringLiteral("2") + QStringLiteral("0005") + sp(15) + QStringLiteral("123") + sp(15) +
                          QStringLiteral("0000") + QStringLiteral("1") + QStringLiteral("0012345") +
                          QStringLiteral("ｸﾞｴﾝ ｳﾞｱﾝ ｱﾝ") + sp(18) + QStringLiteral("0000021000") + QStringLiteral("0") +
                          QStringLiteral("0000000000") + QStringLiteral("0000000000") + sp(2) + sp(7);
    const QString dataB = QStringLiteral("2") + QStringLiteral("9900") + QStringLiteral("ﾕｳﾁﾖ") + sp(11) +
                          QStringLiteral("001") + QStringLiteral("ｾﾞﾛｲﾁﾊﾁ") + sp(8) + QStringLiteral("0000") +
                          QStringLiteral("2") + QStringLiteral("7654321") +
                          QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123") + QStringLiteral("0000007000") +
                          QStringLiteral("0") + QStringLiteral("0000000000") + QStringLiteral("0000000000") + sp(9);
    // Trailer: 8 + count (6) + total (12) + 101 spaces; end: 9 + 119 spaces.
    const QString trailer = QStringLiteral("8") + QStringLiteral("000002") + QStringLiteral("000000028000") + sp(101);
    const QString end = QStringLiteral("9") + sp(119);
    for (const QString *r : {&header, &dataA, &dataB, &trailer, &end})
        REQUIRE(r->size() == 120);

    const QByteArray crlf("\r\n");
    const QByteArray expected = sjis(header) + crlf + sjis(dataA) + crlf + sjis(dataB) + crlf + sjis(trailer) + crlf +
                                sjis(end) + crlf;
    const QByteArray file = ledger::zenginTransferFile(h, {a, b});
    CHECK(file.size() == 5 * 122);
    CHECK(file == expected);
    // The half-width katakana are one byte each: ｶ is 0xB6, ﾞ 0xDE.
    CHECK(file.mid(14, 4) == QByteArray("\xB6\xB9\xCA\xBC"));
    CHECK(file.mid(122 + 1 + 4 + 15 + 3 + 15 + 4 + 1 + 7, 2) == QByteArray("\xB8\xDE"));
    for (int i = 0; i < 5; ++i)
        CHECK(file.mid(i * 122 + 120, 2) == crlf);
}

TEST_CASE("transfer_monthNetOfReversals_perStudentInOrder_auditedAndRepeatsNeedConfirmation", "[payments][transfer][file]")
{
    test::TempDatabase t;
    seed(t);
    bankSettings(t);
    book(t).post(QStringLiteral("2025-10")); // entries 1 (ST1 21000), 2 (ST2 7000), 3 (ST3 14000)
    book(t).reverse(2, QStringLiteral("wrong day"));  // entry 4: ST2 nets to 0 and is left out
    const QString file = t.file(QStringLiteral("transfer.txt"));
    ledger::Transfers transfers(t.db(), fixedTime);
    // Staff and auditors may not make a bank file.
    CHECK_THROWS_AS(transfers.write(kStaff, QStringLiteral("2025-10"), Date(2025, 11, 14), file, false),
                    auth::AuthError);
    CHECK_THROWS_AS(transfers.write(kAuditor, QStringLiteral("2025-10"), Date(2025, 11, 14), file, false),
                    auth::AuthError);
    CHECK_FALSE(QFile::exists(file));

    const auto r = transfers.write(kAdmin, QStringLiteral("2025-10"), Date(2025, 11, 14), file, false);
    REQUIRE(r.payees.size() == 2);
    CHECK(r.payees[0].studentNo == u"ST1");
    CHECK(r.payees[0].holder == u"ｸﾞｴﾝ ｳﾞｱﾝ ｱﾝ");
    CHECK(r.payees[0].amountJpy == 21000);
    CHECK(r.payees[1].studentNo == u"ST3");
    CHECK(r.payees[1].holder == u"ﾌｱﾑ ﾃｲ ﾗﾝ");
    CHECK(r.payees[1].amountJpy == 14000);
    CHECK(r.totalJpy == 35000);
    CHECK(r.entries == std::vector<qint64>{1, 3});
    CHECK(r.repeated.empty());
    const QByteArray bytes = test::readFile(file);
    CHECK(bytes == r.bytes);
    CHECK(bytes.size() == 5 * 122);
    CHECK(bytes.mid(3 * 122, 19) == QByteArray("8000002000000035000"));
    CHECK(bytes.left(4 + 10) == QByteArray("1210") + QByteArray("0000000123"));
    CHECK(bytes.mid(2 * 122, 8) == QByteArray("20001   ")); // ST3's bank, no bank name

    // The trail says which entries the file paid, and its hash.
    storage::AuditFilter f;
    f.action = QStringLiteral("transfer");
    const auto trail = storage::auditEntries(t.db(), f);
    REQUIRE(trail.size() == 2);
    CHECK(trail[0][1] == u"admin");
    CHECK(trail[0][4] == u"2025-10");
    CHECK(trail[0][5] == u"entries");
    CHECK(trail[0][7] == u"1 3");
    CHECK(trail[1][7].contains(r.sha256));

    // A second file for the month: refused, naming the entries it repeats, until confirmed.
    const QString second = t.file(QStringLiteral("again.txt"));
    try {
        transfers.write(kAdmin, QStringLiteral("2025-10"), Date(2025, 11, 17), second, false);
        FAIL("a repeated file was written");
    } catch (const ledger::TransferError &e) {
        CHECK(e.repeats);
        REQUIRE(e.problems.size() == 1);
        CHECK(e.problems[0].startsWith(QStringLiteral("entries 1, 3 were paid by the transfer file for 2025-11-14")));
    }
    CHECK_FALSE(QFile::exists(second));
    const auto again = transfers.write(kAdmin, QStringLiteral("2025-10"), Date(2025, 11, 17), second, true);
    CHECK(again.repeated == std::vector<qint64>{1, 3});
    CHECK(test::readFile(second).mid(54, 4) == QByteArray("1117")); // MMDD
    CHECK(storage::auditEntries(t.db(), f).size() == 5); // entries, file, repeats
}

TEST_CASE("transfer_everyIncompleteOrUnwritablePayeeNamed_nothingWritten", "[payments][transfer]")
{
    test::TempDatabase t;
    seed(t);
    test::load(t, "students",
               QStringLiteral("student_no,bank_code,account_holder_kana\nST2,,キム・ミンジュン\n"));
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE students SET bank_code = NULL, account_no = NULL WHERE student_no = 'ST3'")));
    book(t).post(QStringLiteral("2025-10"));
    const QString file = t.file(QStringLiteral("transfer.txt"));
    try {
        ledger::Transfers(t.db(), fixedTime).write(kAdmin, QStringLiteral("2025-10"), Date(2025, 11, 14), file, false);
        FAIL("a file was written");
    } catch (const ledger::TransferError &e) {
        CHECK_FALSE(e.repeats);
        // Seven settings unset (the account type has its default), ST2's name, ST3's account.
        CHECK(e.problems.size() == 9);
        CHECK(e.problems.contains(QStringLiteral(
            "settings: transfer.requester_code: not set (kakehashi-cli settings set transfer.requester_code VALUE)")));
        CHECK(e.problems.contains(QStringLiteral("ST2 Kim Minjun: account_holder_kana “キム・ミンジュン”: “・” cannot be "
                                                 "written in the half-width katakana of a bank transfer file")));
        CHECK(e.problems.contains(
            QStringLiteral("ST3 Pham Thi Lan: the account details are not complete: bank_code, account_no empty")));
        CHECK(e.message() == QStringLiteral("2025-10: 9 problem(s); no transfer file was written"));
    }
    CHECK_FALSE(QFile::exists(file));
    storage::AuditFilter f;
    f.action = QStringLiteral("transfer");
    CHECK(storage::auditEntries(t.db(), f).empty());
    // A month with nothing paid has nothing to transfer.
    bankSettings(t);
    CHECK_THROWS_AS(ledger::Transfers(t.db()).prepare(QStringLiteral("2025-12"), Date(2026, 1, 15)),
                    ledger::TransferError);
}

TEST_CASE("settings_validatedNormalisedAudited_administratorsOnly", "[payments][settings][file]")
{
    test::TempDatabase t;
    ledger::Settings s(t.db(), fixedTime);
    CHECK(s.value(QStringLiteral("transfer.account_type")) == u"ordinary");
    CHECK(s.value(QStringLiteral("subsidy.approval")) == u"off");
    CHECK_THROWS_AS(s.set(kStaff, QStringLiteral("transfer.bank_code"), QStringLiteral("0001")), auth::AuthError);
    CHECK(s.set(kAdmin, QStringLiteral("transfer.requester_name"), QStringLiteral("カ）カケハシ")) == u"ｶ)ｶｹﾊｼ");
    CHECK_THROWS_AS(s.set(kAdmin, QStringLiteral("transfer.requester_name"), QStringLiteral("架け橋")),
                    ledger::SettingError);
    CHECK_THROWS_AS(s.set(kAdmin, QStringLiteral("transfer.bank_name"), QStringLiteral("ミツビシユーエフジェイギンコウ")),
                    ledger::SettingError); // 18 half-width characters > 15
    CHECK_THROWS_AS(s.set(kAdmin, QStringLiteral("transfer.bank_code"), QStringLiteral("123")), ledger::SettingError);
    CHECK_THROWS_AS(s.set(kAdmin, QStringLiteral("transfer.branch_code"), QStringLiteral("1234")), ledger::SettingError);
    CHECK_THROWS_AS(s.set(kAdmin, QStringLiteral("transfer.account_no"), QStringLiteral("123456")), ledger::SettingError);
    CHECK_THROWS_AS(s.set(kAdmin, QStringLiteral("transfer.account_type"), QStringLiteral("savings")),
                    ledger::SettingError);
    CHECK_THROWS_AS(s.set(kAdmin, QStringLiteral("transfer.requester_code"), QStringLiteral("12345678901")),
                    ledger::SettingError);
    CHECK_THROWS_AS(s.set(kAdmin, QStringLiteral("no.such.key"), QStringLiteral("1")), ledger::SettingError);
    // Approval needs more than one person.
    CHECK_THROWS_AS(s.set(auth::Session{}, QStringLiteral("subsidy.approval"), QStringLiteral("on")),
                    ledger::SettingError);
    CHECK(s.set(kAdmin, QStringLiteral("subsidy.approval"), QStringLiteral("yes")) == u"on");
    CHECK(s.approvalRequired());
    storage::AuditFilter f;
    f.action = QStringLiteral("setting");
    const auto trail = storage::auditEntries(t.db(), f);
    REQUIRE(trail.size() == 2);
    CHECK(trail[0] == std::vector<QString>{QStringLiteral("2026-04-30T17:05:11+09:00"), QStringLiteral("admin"),
                                           QStringLiteral("setting"), QStringLiteral("settings"),
                                           QStringLiteral("transfer.requester_name"), QStringLiteral("value"),
                                           QString(), QStringLiteral("ｶ)ｶｹﾊｼ")});
    CHECK(trail[1][7] == u"on");
}

TEST_CASE("budget_postingUpToTheBudgetIsAllowed_aboveIsRefusedByHowMuch", "[payments][budget]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Budgets budgets(t.db(), fixedTime);
    CHECK_FALSE(budgets.status(2025).budgetJpy);
    CHECK_THROWS_AS(budgets.set(kStaff, 2025, 42000), auth::AuthError);
    // October pays 21,000 + 7,000 + 14,000 = 42,000; November 7,000.
    budgets.set(kAdmin, 2025, 48999);
    book(t).post(QStringLiteral("2025-10"));
    CHECK(entries(t) == 3);
    try {
        book(t).post(QStringLiteral("2025-11"));
        FAIL("posted above the budget");
    } catch (const ledger::LedgerError &e) {
        CHECK(e.message() == QStringLiteral("2025-11: posting ¥7000 would take FY2025's paid total to ¥49000, above "
                                            "its budget of ¥48999 by ¥1; nothing was posted"));
    }
    CHECK(entries(t) == 3);
    // Exactly at the budget is allowed.
    const auto s = budgets.set(kAdmin, 2025, 49000);
    CHECK(s.remainingJpy() == 7000);
    CHECK(book(t).post(QStringLiteral("2025-11")).size() == 1);
    const auto after = budgets.status(2025);
    CHECK(after.budgetJpy == 49000);
    CHECK(after.paidJpy == 49000);
    CHECK(after.remainingJpy() == 0);
    // A reversal gives the money back to the year.
    book(t).reverse(4, QStringLiteral("wrong month"));
    CHECK(budgets.status(2025).remainingJpy() == 7000);
    CHECK(budgets.status(2026).paidJpy == 0);
    CHECK(budgets.paidByMonth(2025) == std::map<QString, qint64>{{QStringLiteral("2025-10"), 42000},
                                                                 {QStringLiteral("2025-11"), 0}});
    storage::AuditFilter f;
    f.action = QStringLiteral("budget");
    const auto trail = storage::auditEntries(t.db(), f);
    REQUIRE(trail.size() == 2);
    CHECK(trail[1][4] == u"2025");
    CHECK(trail[1][6] == u"48999");
    CHECK(trail[1][7] == u"49000");
}

TEST_CASE("approval_eachStepRefusedToTheWrongPerson_postWaitsForApproval", "[payments][approval][file]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Settings(t.db()).set(kAdmin, QStringLiteral("subsidy.approval"), QStringLiteral("on"));
    ledger::Approvals a(t.db(), fixedTime);
    const QString m = QStringLiteral("2025-10");
    CHECK(a.state(m) == u"open");
    CHECK_THROWS_AS(book(t).post(m), ledger::LedgerError); // not approved
    CHECK(entries(t) == 0);
    CHECK_THROWS_AS(a.check(kStaff, m), ledger::ApprovalError); // not prepared
    CHECK_THROWS_AS(a.prepare(kAuditor, m), auth::AuthError);
    CHECK(a.prepare(kStaff, m).totalJpy == 42000);
    CHECK(a.state(m) == u"prepared");
    CHECK_THROWS_AS(a.approve(kAdmin, m), ledger::ApprovalError);  // not checked
    CHECK_THROWS_AS(a.check(kStaff, m), ledger::ApprovalError);    // the preparer
    CHECK_THROWS_AS(a.check(kAuditor, m), auth::AuthError);
    CHECK_THROWS_AS(a.reject(kStaff, m, QStringLiteral("x")), ledger::ApprovalError); // the preparer
    CHECK_THROWS_AS(a.reject(kStaff2, m, QStringLiteral(" ")), ledger::ApprovalError); // no reason
    a.check(kStaff2, m);
    CHECK(a.state(m) == u"checked");
    CHECK_THROWS_AS(a.approve(kStaff, m), auth::AuthError); // staff do not approve
    CHECK_THROWS_AS(book(t).post(m), ledger::LedgerError);  // checked is not approved
    const auth::Session checkerAsAdmin{QStringLiteral("kato"), auth::Role::Administrator, false};
    CHECK_THROWS_AS(a.approve(checkerAsAdmin, m), ledger::ApprovalError); // the checker
    // An administrator rejects with a reason: back to be prepared again.
    a.reject(kAdmin, m, QStringLiteral("ST2's timesheet is unsigned"));
    CHECK(a.state(m) == u"rejected");
    CHECK_THROWS_AS(a.approve(kAdmin, m), ledger::ApprovalError);
    a.prepare(kStaff, m);
    a.check(kAdmin, m); // an administrator may check, not then approve
    CHECK_THROWS_AS(a.approve(kAdmin, m), ledger::ApprovalError);
    a.approve(kAdmin2, m);
    CHECK(a.state(m) == u"approved");
    CHECK(book(t, kAdmin2).post(m).size() == 3);
    CHECK(a.state(m) == u"posted");
    const auto steps = a.steps(m);
    REQUIRE(steps.size() == 7);
    CHECK(steps[2].step == u"reject");
    CHECK(steps[2].reason == u"ST2's timesheet is unsigned");
    CHECK(steps[6].step == u"post");
    CHECK(steps[6].user == u"boss");
    storage::AuditFilter f;
    f.kind = QStringLiteral("approval");
    CHECK(storage::auditEntries(t.db(), f).size() == 6); // the six steps taken by people

    // Claims changed after approval are not posted on it.
    const QString nov = QStringLiteral("2025-11");
    a.prepare(kStaff, nov);
    a.check(kStaff2, nov);
    a.approve(kAdmin, nov);
    test::load(t, "attendance", "internship_no,date,status\nI2,2025-11-05,present\n");
    CHECK_THROWS_AS(book(t).post(nov), ledger::LedgerError);
    CHECK(entries(t) == 3);
    // Off again, posting is as before.
    ledger::Settings(t.db()).set(kAdmin, QStringLiteral("subsidy.approval"), QStringLiteral("off"));
    CHECK(book(t).post(nov).size() == 2);
}

TEST_CASE("transfer_warnsOfADayOffAndALongName_andAnOldFileGetsTheColumns", "[payments][transfer]")
{
    test::TempDatabase t;
    seed(t);
    bankSettings(t);
    // 32 characters in half-width: the file holds the first 30.
    test::load(t, "students",
               QStringLiteral("student_no,account_holder_kana\nST1,グエン ティ タン フオン グエン ヴァン アン グエン\n"));
    book(t).post(QStringLiteral("2025-10"));
    const auto r = ledger::Transfers(t.db()).prepare(QStringLiteral("2025-10"), Date(2025, 11, 15)); // a Saturday
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0] == QStringLiteral("ST1 阮 文安: the name “ｸﾞｴﾝ ﾃｲ ﾀﾝ ﾌｵﾝ ｸﾞｴﾝ ｳﾞｱﾝ ｱﾝ ｸﾞｴﾝ” is cut to its "
                                          "first 30 characters, as the transfer file holds them"));
    CHECK(r.warnings[1] == QStringLiteral("2025-11-15 is not a working day: a bank transfers on its business days"));
    CHECK(r.payees[0].holder == QStringLiteral("ｸﾞｴﾝ ﾃｲ ﾀﾝ ﾌｵﾝ ｸﾞｴﾝ ｳﾞｱﾝ ｱﾝ ｸﾞ"));
    CHECK(r.payees[0].holder.size() == 30);

    // A file of schema 6 with a student: the account columns arrive empty, the type as its default.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite3"));
    {
        storage::Database v6(path, {.migrateTo = 6});
        v6.exec(QStringLiteral("INSERT INTO schools (code, name, establishment, school_type, prefecture) "
                               "VALUES ('S1', '東京大学', 'national', 'university', '13')"));
        v6.exec(QStringLiteral("INSERT INTO students (student_no, family_name, given_name, birth_date, nationality, "
                               "school_code, programme, cohort_fy, enrolled_on) VALUES ('ST9', 'Le', 'Minh', "
                               "'2002-01-01', 'VN', 'S1', 'sme_internship', 2025, '2025-04-01')"));
    }
    storage::Database now(path);
    QSqlQuery q(now.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT account_type, bank_code IS NULL, account_holder_kana IS NULL FROM students")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"ordinary");
    CHECK(q.value(1).toBool());
    CHECK(q.value(2).toBool());
}
