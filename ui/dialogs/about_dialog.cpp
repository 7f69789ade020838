#include "about_dialog.h"

#include "kakehashi_version.h"
#include "services/database_file.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QtGlobal>

namespace kakehashi::ui {

QString aboutText(const storage::Database &db)
{
    return QCoreApplication::translate("kakehashi::ui::About",
                                       "<h3>Kakehashi 架け橋</h3>"
                                       "<p>Records of international students, their internships, attendance and "
                                       "placements for an industry–academia consortium.</p>"
                                       "<p>Version %1<br>Commit %2</p>"
                                       "<p>Database: %3<br>Schema version %4 (the newest this program knows: %5)</p>"
                                       "<p>Qt %6</p>")
        .arg(QStringLiteral(KAKEHASHI_VERSION), QStringLiteral(KAKEHASHI_GIT_COMMIT), services::databasePath(db).toHtmlEscaped())
        .arg(services::schemaVersion(db))
        .arg(services::latestSchemaVersion())
        .arg(QString::fromLatin1(qVersion()));
}

void showAboutDialog(QWidget *parent, const storage::Database &db)
{
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("kakehashi::ui::About", "About Kakehashi"));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText(db));
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        box.setIconPixmap(icon.pixmap(64, 64));
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

} // namespace kakehashi::ui
