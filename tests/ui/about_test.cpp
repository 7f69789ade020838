// Help → About: the version and commit of the build and the open database's
// schema version, reached from the main window's Help menu.
#include "dialogs/about_dialog.h"
#include "kakehashi_version.h"
#include "language.h"
#include "main_window.h"
#include "storage/database.h"

#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kakehashi;

class AboutTest : public QObject
{
    Q_OBJECT

private slots:
    void aboutText_namesVersionCommitAndSchema()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("about.sqlite3")));
        const QString text = ui::aboutText(db);
        QVERIFY(text.contains(QStringLiteral("Version " KAKEHASHI_PROJECT_VERSION)));
        QVERIFY(text.contains(QStringLiteral("Commit " KAKEHASHI_GIT_COMMIT)));
        QVERIFY(text.contains(db.path()));
        QVERIFY(storage::Database::latestVersion() > 0);
        QCOMPARE(db.schemaVersion(), storage::Database::latestVersion());
        QVERIFY(text.contains(QStringLiteral("Schema version %1 (the newest this program knows: %1)")
                                  .arg(storage::Database::latestVersion())));
    }

    void aboutText_olderFile_showsItsOwnSchemaVersion()
    {
        QTemporaryDir dir;
        storage::Database::Options options;
        options.migrateTo = 1;
        storage::Database db(dir.filePath(QStringLiteral("old.sqlite3")), options);
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(ui::aboutText(db).contains(
            QStringLiteral("Schema version 1 (the newest this program knows: %1)").arg(storage::Database::latestVersion())));
    }

    void helpMenu_aboutAction_showsTheDialog()
    {
        QTemporaryDir dir;
        ui::installTranslators(ui::Language::English);
        ui::MainWindow window(std::make_unique<storage::Database>(dir.filePath(QStringLiteral("w.sqlite3"))),
                              ui::Language::English);
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->text() == QStringLiteral("&About Kakehashi"))
                        about = a;
        QVERIFY(about);
        QString shown;
        QTimer::singleShot(0, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->windowTitle() + QLatin1Char('|') + box->text();
            box->accept();
        });
        about->trigger();
        QVERIFY(shown.startsWith(QStringLiteral("About Kakehashi|")));
        QVERIFY(shown.contains(QStringLiteral("Commit " KAKEHASHI_GIT_COMMIT)));
        QVERIFY(shown.contains(QStringLiteral("Schema version %1").arg(storage::Database::latestVersion())));
    }
};

QTEST_MAIN(AboutTest)
#include "about_test.moc"
