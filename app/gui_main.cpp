// kakehashi: the desktop program. Wiring only: language, database, main window.
#include "language.h"
#include "dialogs/connect_dialog.h"
#include "dialogs/first_start_dialog.h"
#include "dialogs/login_dialog.h"
#include "dialogs/record_editor.h"
#include "dialogs/report_dialog.h"
#include "domain/kinds.h"
#include "database_lock.h"
#include "main_window.h"
#include "views/settings_view.h"
#include "storage/database.h"
#include "kakehashi_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <string_view>

namespace {

using namespace kakehashi;

// The command line's options, the same for --help without a display and for the program.
struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("The database file, or a server's postgresql:// URI "
                                                                  "(the password is asked)."),
                            QStringLiteral("FILE")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("ja or en (default: the locale's)."), QStringLiteral("LANG")};
    QCommandLineOption shot{QStringLiteral("screenshot"), QStringLiteral("Save a picture of the main window to FILE and quit."),
                            QStringLiteral("FILE")};
    QCommandLineOption page{QStringLiteral("page"),
                            QStringLiteral("The page to show: dashboard, students, schools, companies, internships, "
                                           "attendance, placements, events, claims, ledger, reports, "
                                           "advisor, audit or settings."),
                            QStringLiteral("PAGE")};
    QCommandLineOption report{QStringLiteral("report"), QStringLiteral("Open the report dialog on REPORT:FY[:GROUPING]."),
                              QStringLiteral("REPORT")};
    QCommandLineOption edit{QStringLiteral("edit"), QStringLiteral("Open the form of a record: KIND:KEY (e.g. students:ST1)."),
                            QStringLiteral("RECORD")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("Kakehashi: international students, internships and placements.\n"
                           "The database is --db, else $KAKEHASHI_DB, else the user's data folder."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, lang, shot, page, report, edit});
    }
};

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("kakehashi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAKEHASHI_VERSION_LINE));
    QCoreApplication::setOrganizationName(QStringLiteral("kakehashi"));
}

// --help and --version answer on the terminal, with no display needed.
bool onlyInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const Options options;
    if (onlyInformation(argc, argv)) {
        QCoreApplication info(argc, argv);
        setNames();
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(info); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Kakehashi"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("kakehashi"), QIcon(QStringLiteral(":/icons/kakehashi.png"))));

    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &dbOption = options.db;
    const QCommandLineOption &langOption = options.lang;
    const QCommandLineOption &shotOption = options.shot;
    const QCommandLineOption &pageOption = options.page;
    const QCommandLineOption &reportOption = options.report;
    const QCommandLineOption &editOption = options.edit;

    // The language chosen in Settings, unless --lang says otherwise.
    ui::Language language = ui::savedLanguage();
    if (parser.isSet(langOption))
        language = parser.value(langOption) == u"ja" ? ui::Language::Japanese : ui::Language::English;
    ui::installTranslators(language);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("KAKEHASHI_DB");
    if (path.isEmpty())
        path = ui::SettingsView::defaultDatabaseFile();

    // A second window on the same file is warned (Open anyway / Cancel); not for screenshots.
    std::unique_ptr<ui::DatabaseLock> lock;
    if (!parser.isSet(shotOption)) {
        lock = ui::lockOrAsk(path, nullptr);
        if (!lock)
            return 0;
    }
    std::unique_ptr<storage::Database> db;
    std::optional<auth::Session> session;
    if (services::isServerUri(path)) {
        // A server: the connect dialog, filled from the URI, asks the password.
        // For a --screenshot without a person: $KAKEHASHI_PASSWORD, else libpq's.
        std::optional<services::ServerConnection> connection;
        if (parser.isSet(shotOption)) {
            try {
                connection = services::connectToServer(path, {}, qEnvironmentVariable("KAKEHASHI_PASSWORD"));
            } catch (const services::ConnectError &e) {
                QMessageBox::critical(nullptr, QObject::tr("Kakehashi"), ui::ConnectDialog::explain(e));
                return 1;
            }
        } else {
            connection = ui::ConnectDialog::ask(nullptr, path);
        }
        if (!connection)
            return 0;
        db = std::move(connection->db);
        session = connection->session;
    } else {
        try {
            db = std::make_unique<storage::Database>(path);
        } catch (const storage::DatabaseError &e) {
            QMessageBox::critical(nullptr, QObject::tr("Kakehashi"),
                                  QObject::tr("The database cannot be opened:\n%1").arg(e.message()));
            return 1;
        }
        // A new database: the first-start dialog (demo data only when asked for).
        if (db->createdNow() && !parser.isSet(shotOption))
            session = ui::FirstStartDialog::run(*db);
        if (!session)
            session = ui::LoginDialog::ask(*db);
    }
    if (!session)
        return 0;
    ui::MainWindow window(std::move(db), language, *session);
    window.setLock(std::move(lock));
    // In the order of MainWindow::Page.
    const QStringList pages = {QStringLiteral("dashboard"),  QStringLiteral("students"),   QStringLiteral("schools"),
                               QStringLiteral("companies"),  QStringLiteral("internships"), QStringLiteral("attendance"),
                               QStringLiteral("placements"), QStringLiteral("events"),     QStringLiteral("claims"),
                               QStringLiteral("ledger"),     QStringLiteral("reports"),    QStringLiteral("advisor"),
                               QStringLiteral("audit"),      QStringLiteral("settings")};
    if (parser.isSet(pageOption) && pages.contains(parser.value(pageOption)))
        window.showPage(static_cast<ui::MainWindow::Page>(pages.indexOf(parser.value(pageOption))));
    if (const QString consortium = ui::consortiumName(); !consortium.isEmpty())
        window.setWindowTitle(QStringLiteral("%1 — %2").arg(window.windowTitle(), consortium));
    window.show();
    std::unique_ptr<ui::ReportDialog> report;
    if (parser.isSet(reportOption)) {
        const QStringList parts = parser.value(reportOption).split(QLatin1Char(':'));
        report = std::make_unique<ui::ReportDialog>(window.database(), language, &window);
        report->choose(parts.value(0), parts.value(1).toInt(), parts.value(2, QStringLiteral("none")));
        report->show();
    }
    std::unique_ptr<ui::RecordEditor> editor;
    if (parser.isSet(editOption)) {
        const QString record = parser.value(editOption);
        const domain::Kind *kind = domain::kindByName(record.section(QLatin1Char(':'), 0, 0));
        if (kind) {
            editor = std::make_unique<ui::RecordEditor>(window.database(), *kind, language, *session, &window);
            if (!editor->openKey(record.section(QLatin1Char(':'), 1)))
                editor->newRecord();
            editor->show();
        }
    }
    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QWidget *target = report ? static_cast<QWidget *>(report.get())
                          : editor ? static_cast<QWidget *>(editor.get())
                                   : &window;
        QTimer::singleShot(400, target, [target, file] {
            target->grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
