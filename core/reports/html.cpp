#include "reports/html.h"

#include "reports/reports.h"

#include <QLocale>

namespace kakehashi::reports {

QString reportHtml(const ReportTable &t, bool ja, const QDateTime &madeAt, const QString &madeBy)
{
    QString h = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                               "<style>body{font-family:sans-serif} table{border-collapse:collapse} "
                               "th,td{border:1px solid #888;padding:3px 6px} th{background:#e8eef5} "
                               "td.n{text-align:right} tr.total td{font-weight:bold}</style></head><body>")
                    .arg(ja ? QStringLiteral("ja") : QStringLiteral("en"), (ja ? t.titleJa : t.titleEn).toHtmlEscaped());
    h += QStringLiteral("<h2>%1</h2>").arg((ja ? t.titleJa : t.titleEn).toHtmlEscaped());
    auto cellText = [&](size_t column, const QString &value) {
        // Money with thousands separators on paper; files keep plain whole yen.
        if (t.columns[column].code.endsWith(QLatin1String("_jpy")) && !value.isEmpty())
            return QLocale(QLocale::English).toString(value.toLongLong());
        return value;
    };
    if (t.rows.size() == 1 && t.columns.front().code != u"group") {
        // A one-row summary (the programme report) reads better as a list of figures.
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
        for (size_t c = 0; c < t.columns.size() && c < static_cast<size_t>(t.rows[0].size()); ++c)
            h += QStringLiteral("<tr><th bgcolor=\"#e8eef5\" align=\"left\">%1</th><td class=\"n\" align=\"right\">%2</td></tr>")
                     .arg((ja ? t.columns[c].headingJa : t.columns[c].headingEn).toHtmlEscaped(),
                          cellText(c, t.rows[0][static_cast<qsizetype>(c)]).toHtmlEscaped());
        h += QStringLiteral("</table>");
    } else {
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>");
    for (const ReportColumn &c : t.columns)
        h += QStringLiteral("<th bgcolor=\"#e8eef5\">%1</th>").arg((ja ? c.headingJa : c.headingEn).toHtmlEscaped());
    h += QStringLiteral("</tr></thead><tbody>");
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const bool total = t.hasTotalRow && r + 1 == t.rows.size();
        h += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (int c = 0; c < t.rows[r].size() && c < static_cast<int>(t.columns.size()); ++c) {
            QString cell = cellText(static_cast<size_t>(c), t.rows[r][c]);
            if (c == 0 && (t.columns.front().code == u"group" || cell == u"total"))
                cell = groupLabel(t.by, cell, ja);
            const bool numeric = t.columns[static_cast<size_t>(c)].numeric;
            h += QStringLiteral("<td%1>%2%3%4</td>")
                     .arg(numeric ? QStringLiteral(" class=\"n\" align=\"right\"") : QString(),
                          total ? QStringLiteral("<b>") : QString(), cell.toHtmlEscaped(),
                          total ? QStringLiteral("</b>") : QString());
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</tbody></table>");
    }
    h += QStringLiteral("<p><small>%1: %2</small></p>")
             .arg(ja ? QString::fromUtf8("定義") : QStringLiteral("Definition"),
                  (ja ? t.definitionJa : t.definitionEn).toHtmlEscaped());
    QString made = madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!madeBy.isEmpty())
        made += QStringLiteral(" (%1)").arg(madeBy.toHtmlEscaped());
    h += QStringLiteral("<p><small>%1: %2</small></p></body></html>")
             .arg(ja ? QString::fromUtf8("作成") : QStringLiteral("Made"), made);
    return h;
}

} // namespace kakehashi::reports
