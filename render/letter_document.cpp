#include "letter_document.h"

#include "pdf.h"

#include <QStringList>

namespace kakehashi::render {

namespace {

QString body(const QString &code, const QHash<QString, QString> &f)
{
    const auto v = [&f](const char *name) { return escaped(f.value(QLatin1String(name))); };
    const QString who = QStringLiteral("<p>氏名：%1%2<br>生年月日：%3<br>国籍：%4<br>学籍番号：%5</p>")
                            .arg(v("name"),
                                 f.value(QStringLiteral("name_kana")).isEmpty()
                                     ? QString()
                                     : QStringLiteral("（%1）").arg(v("name_kana")),
                                 v("birth_date"), v("nationality"), v("student_no"));
    if (code == u"completion")
        return QStringLiteral("<h1 align=\"center\">修了証明書</h1>") + who +
               QStringLiteral("<p>在籍校：%1</p><p>上記の者は、%2が実施する%3を%4に修了したことを証明します。</p>"
                              "<p>参加期間：%5 〜 %4</p>")
                   .arg(v("school"),
                        f.value(QStringLiteral("consortium")).isEmpty() ? QStringLiteral("本コンソーシアム") : v("consortium"),
                        v("programme"), v("completed_on"), v("enrolled_on"));
    if (code == u"recommendation")
        return QStringLiteral("<h1 align=\"center\">推薦書</h1><p>出入国在留管理局長 殿</p>") + who +
               QStringLiteral("<p>上記の者は、%1%2を%3に卒業し、在学中から本邦企業への就職を目指して%4に参加し、"
                              "卒業後も引き続き就職活動を行っています。</p>"
                              "<p>つきましては、在留資格「特定活動」（継続就職活動）への変更について、"
                              "本人の就職活動を継続して支援することを約し、ここに推薦いたします。</p>")
                   .arg(v("school"), v("faculty"), v("graduation_date"), v("programme"));
    if (code == u"payment")
        return QStringLiteral("<h1 align=\"center\">支払通知書</h1>") + who +
               QStringLiteral("<p>%1分のインターンシップ支援金を、下記のとおりお支払いしましたのでお知らせします。</p>"
                              "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" width=\"60%\">"
                              "<tr><td>対象月</td><td>%1</td></tr>"
                              "<tr><td>支払額（差引後）</td><td align=\"right\">%2円</td></tr></table>"
                              "<p>本通知は補助金台帳の記帳に基づくものです。</p>")
                   .arg(v("month"), v("amount"));
    if (code == u"invitation")
        return QStringLiteral("<h1 align=\"center\">ご案内</h1><p>%1 様</p>").arg(v("name")) +
               QStringLiteral("<p>拝啓　時下ますますご清祥のこととお慶び申し上げます。</p>"
                              "<p>このたび、下記のとおり「%1」を開催いたします。ぜひご参加くださいますよう、"
                              "ご案内申し上げます。</p>"
                              "<p align=\"center\">記</p><p>日時：%2<br>行事番号：%3%4</p><p align=\"right\">敬具</p>")
                   .arg(v("event_title"), v("event_date"), v("event_no"),
                        f.value(QStringLiteral("event_company")).isEmpty()
                            ? QString()
                            : QStringLiteral("<br>協力企業：%1").arg(v("event_company")));
    return {};
}

} // namespace

QString letterHtml(const LetterPage &page)
{
    const auto &f = page.fields;
    return QStringLiteral("<p align=\"right\">%1</p>").arg(escaped(f.value(QStringLiteral("issued_on")))) +
           body(page.templateCode, f) +
           QStringLiteral("<p>&nbsp;</p><p align=\"right\">%1</p>")
               .arg(escaped(f.value(QStringLiteral("consortium")).isEmpty() ? QStringLiteral("留学生就職支援コンソーシアム事務局")
                                                                             : f.value(QStringLiteral("consortium"))));
}

void writeLettersPdf(const QString &file, const std::vector<LetterPage> &pages)
{
    QStringList parts;
    for (size_t i = 0; i < pages.size(); ++i) {
        QString html = letterHtml(pages[i]);
        // Each letter after the first begins on a new page (QTextDocument honours
        // page-break-before on a paragraph, not on a div).
        if (i > 0)
            html.replace(0, 3, QStringLiteral("<p style=\"page-break-before: always\""));
        parts << html;
    }
    writePdf(file,
             QStringLiteral("<html><body style=\"font-size: 12pt\">%1</body></html>").arg(parts.join(QString())),
             QPageLayout::Portrait, QStringLiteral("Kakehashi letters"));
}

} // namespace kakehashi::render
