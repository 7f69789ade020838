#include "reports/html.h"

#include "calendar/fiscal.h"
#include "reports/reports.h"

#include <QLocale>

namespace kakehashi::reports {

QString madeOnText(const QDateTime &madeAt, bool ja)
{
    const QDate d = madeAt.date();
    const Date day(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                   static_cast<unsigned short>(d.day()));
    const QString western = madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return ja ? western + QStringLiteral("（%1）").arg(calendar::eraDate(day))
              : western + QStringLiteral(" (%1)").arg(calendar::eraYearEn(day).section(QLatin1Char(' '), 0, 1));
}

QString reportHtml(const ReportTable &t, bool ja, const QDateTime &madeAt, const QString &madeBy)
{
    return reportHtml(t, ja, madeAt, madeBy, ReportHead{});
}

QString reportHtml(const ReportTable &t, bool ja, const QDateTime &madeAt, const QString &madeBy,
                   const ReportHead &head)
{
    QString h = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                               "<style>body{font-family:sans-serif} table{border-collapse:collapse} "
                               "th,td{border:1px solid #888;padding:3px 6px} th{background:#e8eef5} "
                               "td.n{text-align:right} tr.total td{font-weight:bold}</style></head><body>")
                    .arg(ja ? QStringLiteral("ja") : QStringLiteral("en"), (ja ? t.titleJa : t.titleEn).toHtmlEscaped());
    // Who hands it in and when, at the top right as on a letter.
    QString made = madeOnText(madeAt, ja).toHtmlEscaped();
    if (!madeBy.isEmpty())
        made += QStringLiteral(" (%1)").arg(madeBy.toHtmlEscaped());
    h += QStringLiteral("<p align=\"right\">");
    if (!head.consortium.isEmpty())
        h += head.consortium.toHtmlEscaped() + QStringLiteral("<br>");
    h += QStringLiteral("<small>%1: %2</small></p>").arg(ja ? QString::fromUtf8("作成") : QStringLiteral("Made"), made);
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
    if (!head.chartSrc.isEmpty())
        h += QStringLiteral("<p align=\"center\"><img src=\"%1\"%2></p>")
                 .arg(head.chartSrc.toHtmlEscaped(),
                      head.chartWidth > 0 ? QStringLiteral(" width=\"%1\"").arg(head.chartWidth) : QString());
    h += QStringLiteral("<p><small>%1: %2</small></p>")
             .arg(ja ? QString::fromUtf8("定義") : QStringLiteral("Definition"),
                  (ja ? t.definitionJa : t.definitionEn).toHtmlEscaped());
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace kakehashi::reports
