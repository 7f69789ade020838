#include "language.h"

#include "auth/auth.h"
#include "domain/codes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <QLocale>

namespace kakehashi::ui {

Language languageFromLocale()
{
    return QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

Language savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (saved.isEmpty())
        return languageFromLocale();
    return saved == u"ja" ? Language::Japanese : Language::English;
}

bool installTranslators(Language language)
{
    static QTranslator qt;
    static QTranslator own;
    // Dates, month and weekday names, and the first day of a calendar's week
    // (Sunday in Japan) follow the language chosen, not only the desktop's.
    static const QLocale desktop;
    if (language == Language::Japanese)
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    else
        QLocale::setDefault(desktop.language() == QLocale::Japanese ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                                    : desktop);
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&own);
    // Qt's own words (standard buttons, file and print dialogs) from Debian's
    // qt6-translations-l10n.
    if (language == Language::Japanese &&
        qt.load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (!own.load(QStringLiteral(":/i18n/kakehashi_%1.qm").arg(languageCode(language))))
        return false;
    QCoreApplication::installTranslator(&own);
    return true;
}

QString whyNot(auth::Action action)
{
    using auth::Action;
    switch (action) {
    case Action::Read: return {};
    case Action::Edit: return QCoreApplication::translate("kakehashi::ui::Roles", "Auditors read and export; they change nothing.");
    case Action::Administer:
        return QCoreApplication::translate("kakehashi::ui::Roles",
                                           "Only administrators post to the ledger, reverse payments, set rates and the calendar.");
    case Action::AuditLedger:
        return QCoreApplication::translate("kakehashi::ui::Roles", "Only administrators and auditors export and verify the ledger.");
    case Action::Maintain:
        return QCoreApplication::translate("kakehashi::ui::Roles", "Only administrators manage users and backups.");
    }
    return {};
}

QString localDateTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso;
    const QLocale locale;
    return locale.toString(at.toLocalTime(), locale.language() == QLocale::Japanese
                                                 ? QStringLiteral("yyyy年M月d日(ddd) H:mm")
                                                 : QStringLiteral("d MMM yyyy, HH:mm"));
}

QString languageCode(Language l)
{
    return l == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString codeLabel(const codes::CodeList &list, const QString &code, Language l)
{
    const codes::Code *c = list.find(code);
    if (!c)
        return code;
    return QString::fromUtf8(l == Language::Japanese ? c->ja : c->en);
}

} // namespace kakehashi::ui
