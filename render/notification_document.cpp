#include "notification_document.h"

#include "pdf.h"

namespace kakehashi::render {

void writeNotificationPdf(const QString &file, const std::vector<reports::NotificationSheet> &sheets,
                          const QString &consortium, const QDateTime &madeAt)
{
    writePdf(file, reports::notificationSheetsHtml(sheets, consortium, madeAt), QPageLayout::Portrait,
             QStringLiteral("外国人雇用状況届出 記載事項"));
}

} // namespace kakehashi::render
