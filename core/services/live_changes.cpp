#include "services/live_changes.h"

#include "storage/database.h"

#include <QSqlDriver>

namespace kakehashi::services {

bool watchChanges(const storage::Database &db, QObject *context, std::function<void(const QString &table)> onChange)
{
    if (!db.isServer())
        return false;
    QSqlDriver *driver = db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    const QString channel = QString::fromLatin1(kChangesChannel);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return false;
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [channel, onChange = std::move(onChange)](const QString &name, QSqlDriver::NotificationSource source,
                                                               const QVariant &payload) {
                         if (name == channel && source != QSqlDriver::SelfSource)
                             onChange(payload.toString());
                     });
    return true;
}

void stopWatching(const storage::Database &db)
{
    if (!db.isServer())
        return;
    if (QSqlDriver *driver = db.connection().driver())
        driver->unsubscribeFromNotification(QString::fromLatin1(kChangesChannel));
}

} // namespace kakehashi::services
