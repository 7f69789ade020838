// The save-time duplicate warning (issue 15, item 4) through the record form,
// offscreen: a new student typed with the same birth date and name (in the other
// order) as a stored one shows the stored one's number, name and the reason
// under the form while Save stays enabled, and the save goes through; a different
// birth date clears the warning; a company named like a stored one is warned of.
#include "dialogs/import_wizard.h"
#include "dialogs/record_editor.h"
#include "language.h"
#include "services/records.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "views/duplicate_notice.h"

#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

void enter(ui::RecordEditor &editor, const char *field, const QString &text)
{
    QWidget *w = editor.fieldWidget(QLatin1String(field));
    QVERIFY2(w, field);
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->setFocus();
        line->setText(text);
        emit line->textEdited(line->text());
        emit line->editingFinished();
    } else {
        auto *combo = qobject_cast<QComboBox *>(w);
        const int i = combo->findData(text);
        QVERIFY2(i >= 0, qPrintable(text));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }
}

void grab(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KAKEHASHI_GRAB_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

} // namespace

class DuplicatesViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void studentForm_warnsOfALikelyDuplicate_saveStillAllowed()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadBasics(db);
        ui::RecordEditor editor(db, *domain::kindByName(u"students"), ui::Language::English, {});
        editor.newRecord();
        editor.resize(720, 640);
        editor.show();
        auto *notice = editor.findChild<ui::DuplicateNotice *>(QStringLiteral("duplicateNotice"));
        QVERIFY(notice);
        editor.validateNow();
        QVERIFY(notice->isHidden());
        for (const auto &[field, value] : std::vector<std::pair<const char *, QString>>{
                 {"student_no", QStringLiteral("ST9")}, {"family_name", QStringLiteral("文安")},
                 {"given_name", QStringLiteral("阮")}, {"birth_date", QStringLiteral("2002-01-01")},
                 {"nationality", QStringLiteral("VN")}, {"school_code", QStringLiteral("S1")},
                 {"programme", QStringLiteral("issn_network")}, {"cohort_fy", QStringLiteral("2025")},
                 {"enrolled_on", QStringLiteral("2025-04-01")}})
            enter(editor, field, value);
        editor.validateNow();
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->others(), QStringList{QStringLiteral("ST1")});
        QVERIFY2(notice->text().contains(QStringLiteral("ST1 阮 文安 has the same birth date and name.")),
                 qPrintable(notice->text()));
        QVERIFY(editor.saveButton()->isEnabled()); // a warning, not a refusal
        grab(editor, QStringLiteral("duplicate_notice_student.png"));

        // Another birth date: no longer a likely duplicate.
        enter(editor, "birth_date", QStringLiteral("2002-01-02"));
        editor.validateNow();
        QVERIFY(notice->isHidden());
        QVERIFY(notice->others().isEmpty());
        // Back to the same one: saved all the same.
        enter(editor, "birth_date", QStringLiteral("2002/1/1"));
        editor.validateNow();
        QCOMPARE(notice->others(), QStringList{QStringLiteral("ST1")});
        QVERIFY2(editor.save(), qPrintable(editor.bannerText()));
        services::RecordService service(db, {});
        QVERIFY(service.find(*domain::kindByName(u"students"), QStringLiteral("ST9")).has_value());
        // The stored record still warns when it is opened again (and only of ST1, not of itself).
        editor.validateNow();
        QCOMPARE(notice->others(), QStringList{QStringLiteral("ST1")});
    }

    void companyForm_warnsOfTheSameName()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadBasics(db);
        ui::RecordEditor editor(db, *domain::kindByName(u"companies"), ui::Language::English, {});
        editor.newRecord();
        editor.resize(720, 640);
        editor.show();
        auto *notice = editor.findChild<ui::DuplicateNotice *>(QStringLiteral("duplicateNotice"));
        QVERIFY(notice);
        enter(editor, "code", QStringLiteral("C9"));
        enter(editor, "name", QStringLiteral("株式会社 かけはし"));
        editor.validateNow();
        QCOMPARE(notice->others(), QStringList{QStringLiteral("C1")});
        QVERIFY2(notice->text().contains(QStringLiteral("has the same name")), qPrintable(notice->text()));
        grab(editor, QStringLiteral("duplicate_notice_company.png"));
        enter(editor, "name", QStringLiteral("有限会社さくら"));
        editor.validateNow();
        QVERIFY(notice->isHidden());
    }

    void importWizard_listsLikelyDuplicates_andImports()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadBasics(db);
        const QString path = dir.filePath(QStringLiteral("students.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n"
                    "ST8,Lee,Ha,2001-05-06,KR,S1,sme_internship,2025,2025-04-01\n"
                    "ST9,文安,阮,2002-01-01,VN,S1,sme_internship,2025,2025-04-01\n");
        }
        ui::ImportWizard wizard(db, ui::Language::English, auth::Session{});
        QVERIFY(wizard.setKind(QStringLiteral("students")));
        wizard.setFile(path);
        QTest::mouseClick(wizard.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 20000);
        QVERIFY2(wizard.statusText().contains(QStringLiteral("Line 3: ST9 is a likely duplicate of ST1 (birth_date+name).")),
                 qPrintable(wizard.statusText()));
        QVERIFY(!wizard.statusText().contains(QStringLiteral("Line 2")));
        QVERIFY(wizard.importButton()->isEnabled()); // a warning, not a refusal
        QTest::mouseClick(wizard.importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 20000);
        QVERIFY2(wizard.statusText().startsWith(QStringLiteral("Imported. Rows: 2")), qPrintable(wizard.statusText()));
        QVERIFY(wizard.statusText().contains(QStringLiteral("Line 3: ST9 is a likely duplicate of ST1")));
        wizard.resize(760, 560);
        wizard.show();
        grab(wizard, QStringLiteral("duplicate_import_wizard.png"));
    }
};

QTEST_MAIN(DuplicatesViewsTest)
#include "duplicates_views_test.moc"
