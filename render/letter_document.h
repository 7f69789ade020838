#pragma once
// Letters from templates (issue 15, item 6), Japanese, A4 portrait, one letter
// a page: 修了証明書 (completion), 推薦書 (recommendation for 特定活動・継続就職活動),
// 支払通知書 (payment), ご案内 (invitation). The fields come from
// services::Letters::prepare; every value is escaped.
#include <QHash>
#include <QString>

#include <vector>

namespace kakehashi::render {

struct LetterPage
{
    QString templateCode;
    QHash<QString, QString> fields;
};

// The HTML of one letter (for tests and the preview).
QString letterHtml(const LetterPage &page);
// All the letters into one PDF, each on its own page. Throws on failure.
void writeLettersPdf(const QString &file, const std::vector<LetterPage> &pages);

} // namespace kakehashi::render
