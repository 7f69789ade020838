// The import wizard through its widgets, offscreen: a file with problems listed
// by line (selecting one shows the line) and nothing written; a CP932 file
// detected, checked and imported; an auditor who may check but not import; a
// large file's check cancelled with the dialog still usable afterwards.
#include "auth/auth.h"
#include "dialogs/import_wizard.h"
#include "domain/kinds.h"
#include "io/encoding.h"
#include "language.h"
#include "storage/database.h"
#include "storage/record_store.h"
#include "support_fixtures.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

constexpr int kWait = 60000; // ms: a Debug build under load is slow

const QByteArray kStudentHeader =
    "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n";

std::unique_ptr<storage::Database> fixture(const QString &path)
{
    auto db = std::make_unique<storage::Database>(path);
    test::loadOrAbort(*db, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    return db;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// 400,000 good students: large enough that a check is still running when a test
// cancels it or closes the dialog, even on a fast machine.
constexpr int kLargeRows = 400000;

QString writeLargeFile(const QTemporaryDir &dir)
{
    QByteArray big = kStudentHeader;
    big.reserve(kLargeRows * 70);
    for (int i = 0; i < kLargeRows; ++i)
        big += "ST" + QByteArray::number(i) + ",Lee,Ha,2001-05-06,KR,S1,sme_internship,2025,2025-04-01\n";
    return writeFile(dir, QStringLiteral("big.csv"), big);
}

qint64 students(const storage::Database &db)
{
    return storage::RecordStore(db).count(domain::kind(domain::KindId::Students));
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

class ImportWizardTest : public QObject
{
    Q_OBJECT

private slots:
    void badLines_listedWithTheirColumns_selectionShowsTheLine_nothingWritten()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        const QByteArray line3 = "ST2,Kim,Minjun,2002-01-01,KR,S9,sme_internship,2025,2025-04-01";
        const QByteArray line5 = "ST4,Nguyen,An,2002-13-45,VN,S1,sme_internship,2025,2025-04-01";
        const QString path = writeFile(dir, QStringLiteral("students.csv"),
                                       "\xEF\xBB\xBF" + kStudentHeader +
                                           "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01\r\n" + line3 +
                                           "\r\nST3,Lee,Ha,2001-05-06,KR,S1,sme_internship,2025,2025-04-01\n" + line5 + "\n");

        ui::ImportWizard wizard(*db, ui::Language::English, auth::Session{});
        QAbstractItemModelTester previewTester(wizard.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemTester(wizard.problemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Every kind is offered, with its label.
        QCOMPARE(wizard.kindCombo()->count(), 9);
        QCOMPARE(wizard.kindCombo()->itemText(0), QStringLiteral("Schools"));
        QCOMPARE(wizard.kindCombo()->itemText(8), QStringLiteral("Vacations"));
        QVERIFY(wizard.setKind(QStringLiteral("students")));
        QCOMPARE(wizard.kindCombo()->currentText(), QStringLiteral("Students"));
        QVERIFY(!wizard.setKind(QStringLiteral("teachers")));
        QVERIFY(!wizard.checkButton()->isEnabled()); // no file yet

        wizard.setFile(path);
        QCOMPARE(wizard.encodingText(), QStringLiteral("UTF-8 (BOM)"));
        // The preview: the header row as titles, rows numbered by their line.
        const QAbstractItemModel *preview = wizard.previewModel();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->columnCount(), 9);
        QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("student_no"));
        QCOMPARE(preview->headerData(5, Qt::Horizontal).toString(), QStringLiteral("school_code"));
        QCOMPARE(preview->headerData(1, Qt::Vertical).toInt(), 3);
        QCOMPARE(cell(preview, 0, 1), QStringLiteral("阮"));
        QCOMPARE(cell(preview, 3, 3), QStringLiteral("2002-13-45"));
        QVERIFY(wizard.checkButton()->isEnabled());
        QVERIFY(!wizard.importButton()->isEnabled());

        QSignalSpy finished(&wizard, &ui::ImportWizard::workFinished);
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!wizard.lastWasImport());
        QVERIFY(wizard.lastError().isEmpty());

        // Exactly the two bad lines, with their columns.
        const QAbstractItemModel *problems = wizard.problemModel();
        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(problems->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Line"));
        QCOMPARE(problems->data(problems->index(0, 0)).toInt(), 3);
        QCOMPARE(cell(problems, 0, 1), QStringLiteral("school_code"));
        QVERIFY2(cell(problems, 0, 2).contains(QStringLiteral("S9")), qPrintable(cell(problems, 0, 2)));
        QCOMPARE(problems->data(problems->index(1, 0)).toInt(), 5);
        QCOMPARE(cell(problems, 1, 1), QStringLiteral("birth_date"));
        QVERIFY(!cell(problems, 1, 2).isEmpty());
        QCOMPARE(wizard.lastResult().rows, 4);
        QVERIFY(wizard.statusText().contains(QStringLiteral("Problems: 2")));
        // The preview tints the rows with problems, and only those.
        QVERIFY(preview->data(preview->index(1, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!preview->data(preview->index(0, 0), Qt::BackgroundRole).isValid());

        // Selecting a problem shows its line as the file has it.
        QVERIFY(wizard.lineText()->toPlainText().isEmpty());
        wizard.problemView()->selectRow(1);
        QCOMPARE(wizard.lineText()->toPlainText(), QString::fromUtf8(line5));
        QCOMPARE(wizard.previewView()->currentIndex().row(), 3);
        wizard.problemView()->selectRow(0);
        QCOMPARE(wizard.lineText()->toPlainText(), QString::fromUtf8(line3)); // without the CR

        QVERIFY(!wizard.importButton()->isEnabled());
        wizard.startImport(); // refused: the check found problems
        QVERIFY(!wizard.isBusy());
        QCOMPARE(students(*db), 0);

        if (const QByteArray shot = qgetenv("KAKEHASHI_IMPORT_WIZARD_SCREENSHOT"); !shot.isEmpty()) {
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY(wizard.grab().save(QString::fromLocal8Bit(shot)));
        }

        // Another file forgets the check.
        wizard.setFile(dir.filePath(QStringLiteral("missing.csv")));
        QCOMPARE(wizard.problemModel()->rowCount(), 0);
        QCOMPARE(wizard.previewModel()->rowCount(), 0);
        QVERIFY(wizard.statusText().startsWith(QStringLiteral("Cannot read")));
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QVERIFY(wizard.lastError().startsWith(QStringLiteral("Cannot read")));
        QVERIFY(!wizard.importButton()->isEnabled());
    }

    void cp932File_detected_checked_imported()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        const std::optional<QByteArray> bytes = io::Encoder(io::Encoding::Cp932).encode(
            QString::fromUtf8(kStudentHeader) +
            QStringLiteral("ST1,山田,太郎,2001-04-02,JP,S1,sme_internship,2025,2025-04-01\r\n"
                           "ST2,グエン,アン,2002-01-01,VN,S1,issn_network,2025,2025-04-01\r\n"));
        QVERIFY(bytes);
        QVERIFY(!io::isValidUtf8(bytes->constData(), bytes->size()));
        const QString path = writeFile(dir, QStringLiteral("学生.csv"), *bytes);

        ui::ImportWizard wizard(*db, ui::Language::English, auth::Session{});
        QAbstractItemModelTester previewTester(wizard.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy imported(&wizard, &ui::ImportWizard::imported);
        QVERIFY(wizard.setKind(QStringLiteral("students")));
        wizard.setFile(path);
        QCOMPARE(wizard.encodingText(), QStringLiteral("Shift_JIS (CP932)"));
        QCOMPARE(cell(wizard.previewModel(), 0, 1), QStringLiteral("山田"));
        QCOMPARE(cell(wizard.previewModel(), 1, 2), QStringLiteral("アン"));

        // Read as UTF-8 on request: the preview shows what that makes of it.
        wizard.setEncoding(io::Encoding::Utf8);
        QCOMPARE(wizard.encodingText(), QStringLiteral("UTF-8"));
        QVERIFY(cell(wizard.previewModel(), 0, 1).contains(QChar(0xFFFD)));
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QCOMPARE(wizard.problemModel()->rowCount(), 2);
        QCOMPARE(cell(wizard.problemModel(), 0, 1), QStringLiteral("(row)"));
        QVERIFY(!wizard.importButton()->isEnabled());

        wizard.setEncoding(io::Encoding::Auto);
        QCOMPARE(wizard.problemModel()->rowCount(), 0);
        QCOMPARE(wizard.encodingText(), QStringLiteral("Shift_JIS (CP932)"));
        QCOMPARE(cell(wizard.previewModel(), 0, 1), QStringLiteral("山田"));
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QCOMPARE(wizard.problemModel()->rowCount(), 0);
        QCOMPARE(wizard.lastResult().encoding, io::Encoding::Cp932);
        QCOMPARE(wizard.lastResult().inserted, 2);
        QVERIFY2(wizard.statusText().startsWith(QStringLiteral("No problems. Rows: 2 — new: 2")),
                 qPrintable(wizard.statusText()));
        QVERIFY(wizard.importButton()->isEnabled());
        QVERIFY(wizard.importButton()->isDefault()); // Enter imports now
        QCOMPARE(students(*db), 0); // a check writes nothing

        QTest::mouseClick(wizard.importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QVERIFY(wizard.lastWasImport());
        QVERIFY(wizard.lastError().isEmpty());
        QVERIFY(wizard.lastResult().ok());
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toString(), QStringLiteral("students"));
        QCOMPARE(students(*db), 2);
        const domain::Kind &kind = domain::kind(domain::KindId::Students);
        const auto st1 = storage::RecordStore(*db).find(kind, {QStringLiteral("ST1")});
        QVERIFY(st1);
        QCOMPARE(st1->values[static_cast<size_t>(kind.fieldIndex(QLatin1String("family_name")))].toString(),
                 QStringLiteral("山田"));
        QCOMPARE(wizard.statusText(), QStringLiteral("Imported. Rows: 2 — new: 2, updated: 0, unchanged: 0."));
        QVERIFY(!wizard.importButton()->isEnabled()); // a second import needs a second check

        // The same file again: known keys, nothing new.
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QCOMPARE(wizard.lastResult().unchanged, 2);
        QCOMPARE(wizard.lastResult().inserted, 0);
    }

    void auditor_mayCheck_butNotImport()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        const QString path = writeFile(dir, QStringLiteral("students.csv"),
                                       kStudentHeader + "ST1,Lee,Ha,2001-05-06,KR,S1,sme_internship,2025,2025-04-01\n");
        ui::ImportWizard wizard(*db, ui::Language::English, auth::Session{QStringLiteral("aud"), auth::Role::Auditor, false});
        QVERIFY(wizard.setKind(QStringLiteral("students")));
        wizard.setFile(path);
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QVERIFY(wizard.lastError().isEmpty());
        QVERIFY(wizard.lastResult().ok());
        QCOMPARE(wizard.lastResult().inserted, 1);
        QVERIFY(!wizard.importButton()->isEnabled());
        QCOMPARE(wizard.importButton()->toolTip(), ui::whyNot(auth::Action::Edit));
        QVERIFY(!wizard.importButton()->toolTip().isEmpty());
        wizard.startImport(); // refused
        QVERIFY(!wizard.isBusy());
        QCOMPARE(students(*db), 0);
    }

    void largeFile_checkCancelled_dialogStaysUsable()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        const QString bigPath = writeLargeFile(dir);
        const QString smallPath = writeFile(dir, QStringLiteral("small.csv"),
                                            kStudentHeader + "ST1,Lee,Ha,2001-05-06,KR,S1,sme_internship,2025,2025-04-01\n");

        ui::ImportWizard wizard(*db, ui::Language::English, auth::Session{});
        QVERIFY(wizard.setKind(QStringLiteral("students")));
        wizard.setFile(bigPath);
        QCOMPARE(wizard.previewModel()->rowCount(), ui::ImportWizard::kPreviewRecords);
        QCOMPARE(wizard.previewModel()->headerData(19, Qt::Vertical).toInt(), 21);

        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QVERIFY(wizard.isBusy());
        QVERIFY(wizard.cancelButton()->isEnabled());
        QVERIFY(!wizard.checkButton()->isEnabled());
        QVERIFY(!wizard.fileField()->isEnabled());
        // The rows are being judged: the bar knows the total, or its estimate from the bytes read.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.progressBar()->maximum() > 1 || !wizard.isBusy(), kWait);
        QVERIFY2(wizard.isBusy(), "the check ended before it could be cancelled");
        QTest::mouseClick(wizard.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QVERIFY(wizard.lastResult().cancelled);
        QVERIFY(wizard.lastError().isEmpty());
        QCOMPARE(wizard.statusText(), QStringLiteral("The check was cancelled."));
        QVERIFY(!wizard.importButton()->isEnabled());
        QVERIFY(!wizard.cancelButton()->isEnabled());
        QVERIFY(wizard.checkButton()->isEnabled());
        QVERIFY(wizard.fileField()->isEnabled());
        QCOMPARE(students(*db), 0);

        // Still usable: another file checks and imports.
        wizard.setFile(smallPath);
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QVERIFY(wizard.lastResult().ok());
        QVERIFY(wizard.importButton()->isEnabled());
        QTest::mouseClick(wizard.importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QCOMPARE(students(*db), 1);
    }

    void keyboard_enterChecks_escapeDuringCheckCancelsThenCloses()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        const QString path = writeLargeFile(dir);

        ui::ImportWizard wizard(*db, ui::Language::English, auth::Session{});
        QVERIFY(wizard.setKind(QStringLiteral("students")));
        wizard.setFile(path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.checkButton()->isDefault());
        // Enter in the kind chooser presses the default button: Check.
        wizard.kindCombo()->setFocus();
        QTest::keyClick(wizard.kindCombo(), Qt::Key_Return);
        QVERIFY(wizard.isBusy());
        // Escape while it runs cancels it; the dialog closes once the worker has stopped.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(wizard.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(wizard.lastResult().cancelled);
        QCOMPARE(students(*db), 0);
    }

    void workerError_shownAsMessage_dialogStaysUsable()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("t.sqlite3"));
        auto db = fixture(dbPath);
        const QString path = writeFile(dir, QStringLiteral("students.csv"),
                                       kStudentHeader + "ST1,Lee,Ha,2001-05-06,KR,S1,sme_internship,2025,2025-04-01\n");
        ui::ImportWizard wizard(*db, ui::Language::English, auth::Session{});
        QVERIFY(wizard.setKind(QStringLiteral("students")));
        wizard.setFile(path);
        // The worker opens the file by its path: gone, its connection cannot be made.
        QVERIFY(QFile::rename(dbPath, dbPath + QStringLiteral(".moved")));
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QCOMPARE(wizard.lastError(), dbPath + QStringLiteral(": no such database file"));
        QCOMPARE(wizard.statusText(), wizard.lastError());
        QVERIFY(!wizard.importButton()->isEnabled());
        QVERIFY(wizard.checkButton()->isEnabled());

        QVERIFY(QFile::rename(dbPath + QStringLiteral(".moved"), dbPath));
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), kWait);
        QVERIFY(wizard.lastError().isEmpty());
        QVERIFY(wizard.lastResult().ok());
        QVERIFY(wizard.importButton()->isEnabled());
    }

    void destroyedWhileChecking_stopsTheWorkerFirst()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        const QString path = writeLargeFile(dir);
        auto wizard = std::make_unique<ui::ImportWizard>(*db, ui::Language::English, auth::Session{});
        QVERIFY(wizard->setKind(QStringLiteral("students")));
        wizard->setFile(path);
        QSignalSpy finished(wizard.get(), &ui::ImportWizard::workFinished);
        wizard->check();
        QVERIFY(wizard->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->progressBar()->maximum() > 1, kWait);
        QVERIFY(wizard->isBusy()); // destroyed mid-check, not after it
        wizard.reset(); // cancels and waits for the worker
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(students(*db), 0);
    }
};

QTEST_MAIN(ImportWizardTest)
#include "import_wizard_test.moc"
