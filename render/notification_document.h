#pragma once
// Foreign-worker notification sheets (reports::NotificationSheet) as an A4 PDF,
// one page per hire, written through storage::OutputFile as every document is.
#include "reports/notification_sheet.h"

namespace kakehashi::render {

void writeNotificationPdf(const QString &file, const std::vector<reports::NotificationSheet> &sheets,
                          const QString &consortium, const QDateTime &madeAt);

} // namespace kakehashi::render
