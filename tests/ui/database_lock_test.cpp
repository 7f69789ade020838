// A second window on the same database file is warned (user, host; Open anyway
// or Cancel); a lock left by a crashed program is taken over without a word.
#include "database_lock.h"
#include "main_window.h"
#include "storage/database.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kakehashi;

namespace {

// Answers the warning when it shows: records its text, then clicks Open anyway or Cancel.
void answerWarning(bool openAnyway, QString &shown)
{
    QTimer::singleShot(0, [openAnyway, &shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QStringLiteral("openElsewhere"))
            return;
        shown = box->text();
        if (openAnyway)
            box->findChild<QPushButton *>(QStringLiteral("openAnyway"))->click();
        else
            box->button(QMessageBox::Cancel)->click();
    });
}

} // namespace

class DatabaseLockTest : public QObject
{
    Q_OBJECT

private slots:
    void secondWindow_isWarned_openAnywayOrCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite3"));
        storage::Database db(path);
        auto first = ui::lockOrAsk(path, nullptr); // nobody has it: no question
        QVERIFY(first);
        QVERIFY(first->isLocked());
        QVERIFY(QFile::exists(first->lockFile()));

        // The same file by another name: the canonical path finds the same lock.
        ui::DatabaseLock second(dir.path() + QStringLiteral("/./k.sqlite3"));
        QVERIFY(!second.tryLock());
        const auto holder = second.holder();
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QCOMPARE(holder->host, QSysInfo::machineHostName());
        QVERIFY(!holder->user.isEmpty());
        QCOMPARE(ui::openElsewhereText(*holder),
                 QStringLiteral("This database is open in another window (%1, %2).").arg(holder->user, holder->host));

        QString shown;
        answerWarning(false, shown);
        QVERIFY(!ui::lockOrAsk(path, nullptr)); // Cancel
        QCOMPARE(shown, ui::openElsewhereText(*holder));
        shown.clear();
        answerWarning(true, shown);
        auto anyway = ui::lockOrAsk(path, nullptr); // Open anyway: opened, the first keeps the lock
        QVERIFY(anyway);
        QVERIFY(!anyway->isLocked());
        QCOMPARE(shown, ui::openElsewhereText(*holder));

        // Closed in the first window: the next one opens without a question.
        first.reset();
        auto third = ui::lockOrAsk(path, nullptr);
        QVERIFY(third && third->isLocked());
    }

    void crashedProgramsLock_isTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite3"));
        storage::Database db(path);
        QString file;
        QList<QByteArray> lines;
        {
            ui::DatabaseLock crashed(path);
            QVERIFY(crashed.tryLock());
            file = crashed.lockFile();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            lines = f.readAll().split('\n');
        }
        QVERIFY(!QFile::exists(file));
        // The file as a crash leaves it: written by a process of this computer that is gone.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QVERIFY(deadPid > 0);
        lines[0] = QByteArray::number(deadPid);
        QFile g(file);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(lines.join('\n'));
        g.close();
        {
            ui::DatabaseLock look(path);
            QVERIFY(look.holder() && look.holder()->pid == deadPid);
        }
        QString shown;
        answerWarning(false, shown);
        auto lock = ui::lockOrAsk(path, nullptr);
        QVERIFY(lock);
        QVERIFY(lock->isLocked());
        QVERIFY(shown.isEmpty()); // no question for a stale lock
    }

    void mainWindow_holdsTheLockOfItsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite3"));
        ui::MainWindow window(std::make_unique<storage::Database>(path), ui::Language::English);
        window.setLock(ui::lockOrAsk(path, &window));
        QVERIFY(window.lock() && window.lock()->isLocked());
        ui::DatabaseLock other(path);
        QVERIFY(!other.tryLock());
        window.setLock(nullptr);
        QVERIFY(other.tryLock());
    }
};

QTEST_MAIN(DatabaseLockTest)
#include "database_lock_test.moc"
