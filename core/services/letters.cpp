#include "services/letters.h"

#include "domain/countries.h"
#include "domain/timestamp.h"
#include "storage/database.h"
#include "storage/payment_store.h"
#include "storage/relations_store.h"

#include <QFileInfo>
#include <QLocale>

namespace kakehashi::services {

namespace {

// 2026年3月31日
QString japaneseDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : iso;
}

QString programmeName(const QString &code)
{
    if (code == u"asia_jinzai")
        return QStringLiteral("アジア人材育成プログラム");
    if (code == u"sme_recruitment")
        return QStringLiteral("中小企業採用支援プログラム");
    if (code == u"sme_internship")
        return QStringLiteral("中小企業インターンシッププログラム");
    if (code == u"issn_network")
        return QStringLiteral("留学生就職支援ネットワーク");
    return code;
}

} // namespace

const QStringList &letterTemplates()
{
    static const QStringList t = {QStringLiteral("completion"), QStringLiteral("recommendation"),
                                  QStringLiteral("payment"), QStringLiteral("invitation")};
    return t;
}

Letters::Letters(storage::Database &db, auth::Session session, Relations::Clock clock)
    : db_(db)
    , session_(std::move(session))
    , clock_(std::move(clock))
{
}

Letter Letters::prepare(const QString &templateCode, const QString &studentNo, const QString &eventNo,
                        const QString &month) const
{
    auth::require(session_, auth::Action::Read);
    if (!letterTemplates().contains(templateCode))
        throw RelationsError(tr("“%1” is not a letter template (%2)")
                                 .arg(templateCode, letterTemplates().join(QStringLiteral(", "))));
    const storage::RelationsStore store(db_);
    const QHash<QString, QString> s = store.studentFacts(studentNo);
    if (s.isEmpty())
        throw RelationsError(tr("there is no student %1").arg(studentNo));
    Letter l;
    l.templateCode = templateCode;
    l.studentNo = studentNo;
    auto &f = l.fields;
    f.insert(QStringLiteral("student_no"), studentNo);
    f.insert(QStringLiteral("name"), s.value(QStringLiteral("family_name")) + QLatin1Char(' ') +
                                         s.value(QStringLiteral("given_name")));
    f.insert(QStringLiteral("name_kana"), s.value(QStringLiteral("name_kana")));
    f.insert(QStringLiteral("birth_date"), japaneseDate(s.value(QStringLiteral("birth_date"))));
    f.insert(QStringLiteral("nationality"), countries::name(s.value(QStringLiteral("nationality")), true));
    f.insert(QStringLiteral("school"), s.value(QStringLiteral("school_name")));
    f.insert(QStringLiteral("faculty"), s.value(QStringLiteral("faculty")));
    f.insert(QStringLiteral("programme"), programmeName(s.value(QStringLiteral("programme"))));
    f.insert(QStringLiteral("enrolled_on"), japaneseDate(s.value(QStringLiteral("enrolled_on"))));
    f.insert(QStringLiteral("issued_on"), japaneseDate(clock_().date().toString(Qt::ISODate)));
    f.insert(QStringLiteral("consortium"),
             storage::PaymentStore(db_).setting(QStringLiteral("consortium.name")).value_or(QString()));
    if (templateCode == u"completion") {
        if (s.value(QStringLiteral("completed_on")).isEmpty())
            throw RelationsError(tr("%1 has not completed the programme (no completed_on)").arg(studentNo));
        f.insert(QStringLiteral("completed_on"), japaneseDate(s.value(QStringLiteral("completed_on"))));
    } else if (templateCode == u"recommendation") {
        if (s.value(QStringLiteral("graduation_date")).isEmpty())
            throw RelationsError(tr("%1 has no graduation_date: the recommendation for job-hunting status is "
                                    "written for a graduate")
                                     .arg(studentNo));
        f.insert(QStringLiteral("graduation_date"), japaneseDate(s.value(QStringLiteral("graduation_date"))));
    } else if (templateCode == u"payment") {
        if (month.isEmpty())
            throw RelationsError(tr("a payment notice needs the month (YYYY-MM)"));
        const QHash<QString, QString> p = store.paymentFacts(studentNo, month);
        if (p.value(QStringLiteral("entries")).toInt() == 0)
            throw RelationsError(tr("the ledger holds no payment to %1 for %2").arg(studentNo, month));
        f.insert(QStringLiteral("month"), QStringLiteral("%1年%2月").arg(month.left(4)).arg(month.mid(5).toInt()));
        f.insert(QStringLiteral("amount"), QLocale(QLocale::Japanese).toString(p.value(QStringLiteral("amount_jpy")).toLongLong()));
    } else if (templateCode == u"invitation") {
        if (eventNo.isEmpty())
            throw RelationsError(tr("an invitation needs the event (--event NO)"));
        const QHash<QString, QString> e = store.eventFacts(eventNo);
        if (e.isEmpty())
            throw RelationsError(tr("there is no event %1").arg(eventNo));
        f.insert(QStringLiteral("event_no"), eventNo);
        f.insert(QStringLiteral("event_title"), e.value(QStringLiteral("title")));
        f.insert(QStringLiteral("event_date"), japaneseDate(e.value(QStringLiteral("date"))));
        f.insert(QStringLiteral("event_company"), e.value(QStringLiteral("company_name")));
        f.insert(QStringLiteral("event_company_code"), e.value(QStringLiteral("company_code")));
    }
    return l;
}

std::vector<QString> Letters::recordSent(const std::vector<Letter> &letters, const QString &file)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    Relations rel(db_, session_, clock_);
    std::vector<QString> numbers;
    for (const Letter &l : letters) {
        Activity a;
        a.kind = QStringLiteral("letter");
        a.studentNo = l.studentNo;
        a.companyCode = l.fields.value(QStringLiteral("event_company_code"));
        a.summary = tr("Letter “%1” sent (%2)").arg(l.templateCode, QFileInfo(file).fileName());
        if (l.templateCode == u"invitation")
            a.summary += QLatin1Char(' ') + tr("for event %1").arg(l.fields.value(QStringLiteral("event_no")));
        else if (l.templateCode == u"payment")
            a.summary += QLatin1Char(' ') + tr("for %1, ¥%2").arg(l.fields.value(QStringLiteral("month")),
                                                                  l.fields.value(QStringLiteral("amount")));
        numbers.push_back(rel.addActivity(a).activityNo);
    }
    tx.commit();
    return numbers;
}

} // namespace kakehashi::services
