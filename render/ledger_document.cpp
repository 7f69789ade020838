#include "ledger_document.h"

#include "ledger/ledger.h"
#include "pdf.h"

#include <QLocale>
#include <QStringList>

namespace kakehashi::render {

namespace {

QString t(bool ja, const char *japanese, const char *english)
{
    return ja ? QString::fromUtf8(japanese) : QString::fromUtf8(english);
}

QString yen(qint64 v)
{
    return QLocale(QLocale::English).toString(v);
}

} // namespace

QString describeFilter(const storage::LedgerFilter &f, bool ja)
{
    QStringList parts;
    if (f.fiscalYear)
        parts << t(ja, "対象年度 %1", "fiscal year %1").arg(*f.fiscalYear);
    if (f.postedFrom || f.postedTo)
        parts << t(ja, "計上日 %1 〜 %2", "posted %1 to %2")
                     .arg(f.postedFrom ? isoDateQ(*f.postedFrom) : QString(), f.postedTo ? isoDateQ(*f.postedTo) : QString());
    if (f.minAmount || f.maxAmount)
        parts << t(ja, "金額 %1 〜 %2 円", "amount ¥%1 to ¥%2")
                     .arg(f.minAmount ? yen(*f.minAmount) : QString(), f.maxAmount ? yen(*f.maxAmount) : QString());
    if (!f.counterparty.trimmed().isEmpty())
        parts << t(ja, "支払先に「%1」を含む", "counterparty contains “%1”").arg(f.counterparty.trimmed());
    if (parts.isEmpty())
        return t(ja, "条件なし（全件）", "none (every entry)");
    return parts.join(t(ja, "、", "; "));
}

QString ledgerHtml(const LedgerDocument &d)
{
    const bool ja = d.japanese;
    QString h;
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h2>%1</h2>").arg(t(ja, "補助金台帳（職場実習 日額補助）", "Subsidy ledger (internship daily subsidy)"));
    h += QStringLiteral("<p>%1: %2<br/>%3: %4%5</p>")
             .arg(t(ja, "検索条件", "Search"), escaped(d.filter), t(ja, "作成日時", "Made"),
                  escaped(ledger::postingTimestamp(d.madeAt)),
                  d.madeBy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(escaped(d.madeBy)));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    const QStringList heads = {t(ja, "番号", "No."),        t(ja, "計上日時", "Posted at"),   t(ja, "対象月", "Period"),
                               t(ja, "区分", "Kind"),        t(ja, "実習番号", "Internship"),  t(ja, "学籍番号", "Student"),
                               t(ja, "支払先", "Counterparty"), t(ja, "日数", "Days"),        t(ja, "日額", "Rate"),
                               t(ja, "金額（円）", "Amount (¥)"), t(ja, "取消対象", "Reverses"), t(ja, "理由", "Reason"),
                               t(ja, "ハッシュ（先頭12桁）", "Hash (first 12)")};
    for (const QString &x : heads)
        h += QStringLiteral("<th bgcolor=\"#e8eef5\">%1</th>").arg(escaped(x));
    h += QStringLiteral("</tr></thead>");
    qint64 paid = 0, reversed = 0;
    for (const storage::LedgerRow &e : d.entries) {
        const bool isReversal = e.kind == u"reversal";
        (isReversal ? reversed : paid) += e.amountJpy;
        h += QStringLiteral("<tr>");
        const QStringList cells = {QString::number(e.entryNo),
                                   e.postedAt,
                                   e.period,
                                   isReversal ? t(ja, "取消", "reversal") : t(ja, "支払", "payment"),
                                   e.internshipNo,
                                   e.studentNo,
                                   e.counterparty,
                                   QString::number(e.days),
                                   yen(e.rateJpy),
                                   yen(e.amountJpy),
                                   e.reverses ? QString::number(*e.reverses) : QString(),
                                   e.reason,
                                   e.hash.left(12)};
        for (int i = 0; i < cells.size(); ++i) {
            const bool number = i == 0 || i == 7 || i == 8 || i == 9 || i == 10;
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(number ? QStringLiteral(" align=\"right\"") : QString(), escaped(cells[i]));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("<tr><td colspan=\"9\" align=\"right\"><b>%1</b></td><td align=\"right\"><b>%2</b></td>"
                        "<td colspan=\"3\">%3</td></tr>")
             .arg(t(ja, "合計（%1 件）", "Total (%1 entries)").arg(d.entries.size()), yen(paid + reversed),
                  escaped(t(ja, "支払 %1 円、取消 %2 円", "payments ¥%1, reversals ¥%2").arg(yen(paid), yen(reversed))));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(escaped(t(ja,
                            "台帳全体: %1 件、最終ハッシュ %2。各行のハッシュは、前行のハッシュ、改行、番号〜理由の12項目をタブで"
                            "結合した UTF-8 文字列の SHA-256 です（CSV 出力から再計算できます）。訂正は取消行として追加され、元の行は"
                            "変更・削除されません。",
                            "The whole ledger: %1 entries, last hash %2. Each entry's hash is the SHA-256 of the "
                            "previous hash, a newline and the twelve values from entry number to reason joined by "
                            "tabs, in UTF-8 (recomputable from the CSV export). A correction is added as a reversal; "
                            "no entry is ever changed or deleted.")
                              .arg(d.ledgerEntries)
                              .arg(d.lastHash)));
    h += QStringLiteral("</body></html>");
    return h;
}

void writeLedgerPdf(const QString &file, const LedgerDocument &doc)
{
    writePdf(file, ledgerHtml(doc), QPageLayout::Landscape,
             t(doc.japanese, "補助金台帳", "Subsidy ledger"));
}

} // namespace kakehashi::render
