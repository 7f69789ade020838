#include "ledger/settings.h"

#include "domain/codes.h"
#include "ledger/ledger.h"
#include "rules/validation.h"
#include "rules/zengin_kana.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/payment_store.h"

#include <algorithm>

namespace kakehashi::ledger {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kakehashi::ledger", text);
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A name in the transfer file's half-width kana, at most `width` characters.
std::optional<QString> zenginName(const QString &value, int width, QString &error)
{
    QString bad;
    const auto text = rules::toZenginKana(value, &bad);
    if (!text) {
        error = tr("“%1” cannot be written in the half-width katakana of a bank transfer file").arg(bad);
        return std::nullopt;
    }
    if (text->size() > width) {
        error = tr("“%1” is %2 characters in half-width katakana; the transfer file holds %3")
                    .arg(*text)
                    .arg(text->size())
                    .arg(width);
        return std::nullopt;
    }
    return text;
}

} // namespace

const std::vector<SettingInfo> &settingKeys()
{
    static const std::vector<SettingInfo> keys = {
        {"subsidy.approval", "on: a month's claims are prepared, checked and approved before ledger post", "off"},
        {"transfer.account_no", "the consortium's account number (7 digits)", nullptr},
        {"transfer.account_type", "the consortium's account type (ordinary, current)", "ordinary"},
        {"transfer.bank_code", "the consortium's bank (4 digits)", nullptr},
        {"transfer.bank_name", "the bank's name in half-width katakana (up to 15)", nullptr},
        {"transfer.branch_code", "the consortium's branch (3 digits)", nullptr},
        {"transfer.branch_name", "the branch's name in half-width katakana (up to 15)", nullptr},
        {"transfer.requester_code", "the requester code (振込依頼人コード) the bank gave (up to 10 digits)", nullptr},
        {"transfer.requester_name", "the requester's name in half-width katakana (up to 40)", nullptr},
        // Last rather than in order: the list's first lines stay as they were.
        {"consortium.name", "the consortium's name, printed on timesheets and the completion report (up to 100)",
         nullptr},
        {"internship.checklist",
         "on: an internship becomes active only with its checklist done (residence card, work permission, "
         "agreement, insurance) or an administrator's override",
         "off"},
        {"retention.students", "years a student's personal data is kept after the end of their last fiscal year, "
                               "then anonymised (1-99)", "5"},
        {"retention.ledger", "years after a fiscal year's end that the subsidy ledger needs its students (1-99)", "5"},
    };
    return keys;
}

std::optional<QString> normaliseSetting(const QString &key, const QString &value, QString &error)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();
    auto digits = [&](int n) -> std::optional<QString> {
        if (auto m = rules::checkDigits(v, n)) {
            error = *m;
            return std::nullopt;
        }
        return v;
    };
    if (key == u"subsidy.approval" || key == u"internship.checklist") {
        const QString l = v.toLower();
        if (l == u"on" || l == u"true" || l == u"yes" || l == u"1")
            return QStringLiteral("on");
        if (l == u"off" || l == u"false" || l == u"no" || l == u"0")
            return QStringLiteral("off");
        error = tr("“%1” is not on or off").arg(v);
        return std::nullopt;
    }
    if (key == kConsortiumNameSetting) {
        if (v.size() > 100 || std::any_of(v.begin(), v.end(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
            error = tr("the consortium's name is up to 100 characters on one line");
            return std::nullopt;
        }
        return v;
    }
    if (key == u"retention.students" || key == u"retention.ledger") {
        bool ok = false;
        const int years = v.toInt(&ok);
        if (!ok || years < 1 || years > 99) {
            error = tr("“%1” is not a number of years from 1 to 99").arg(v);
            return std::nullopt;
        }
        return QString::number(years);
    }
    if (key == u"transfer.requester_code") {
        if (!allDigits(v) || v.size() > 10) {
            error = tr("“%1” is not a requester code of up to 10 digits").arg(v);
            return std::nullopt;
        }
        return v;
    }
    if (key == u"transfer.requester_name")
        return zenginName(v, 40, error);
    if (key == u"transfer.bank_name" || key == u"transfer.branch_name")
        return zenginName(v, 15, error);
    if (key == u"transfer.bank_code")
        return digits(4);
    if (key == u"transfer.branch_code")
        return digits(3);
    if (key == u"transfer.account_no")
        return digits(7);
    if (key == u"transfer.account_type") {
        if (auto m = rules::checkCode(codes::kAccountType, v)) {
            error = *m;
            return std::nullopt;
        }
        return v;
    }
    QStringList known;
    for (const SettingInfo &s : settingKeys())
        known << QLatin1String(s.key);
    error = tr("unknown setting “%1” (%2)").arg(key, known.join(QStringLiteral(", ")));
    return std::nullopt;
}

Settings::Settings(storage::Database &db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
}

std::vector<SettingValue> Settings::list() const
{
    const auto stored = storage::PaymentStore(db_).settings();
    std::vector<SettingValue> out;
    for (const SettingInfo &s : settingKeys()) {
        const QString key = QLatin1String(s.key);
        const auto it = stored.find(key);
        if (it != stored.end())
            out.push_back({key, it->second, true});
        else
            out.push_back({key, s.defaultValue ? QString::fromLatin1(s.defaultValue) : QString(), false});
    }
    return out;
}

QString Settings::value(const QString &key) const
{
    if (auto v = storage::PaymentStore(db_).setting(key))
        return *v;
    for (const SettingInfo &s : settingKeys())
        if (key == QLatin1String(s.key))
            return s.defaultValue ? QString::fromLatin1(s.defaultValue) : QString();
    return {};
}

bool Settings::approvalRequired() const
{
    return value(kApprovalSetting) == u"on";
}

QString Settings::set(const auth::Session &session, const QString &key, const QString &value)
{
    auth::require(session, auth::Action::Administer);
    QString error;
    const auto normalised = normaliseSetting(key, value, error);
    if (!normalised)
        throw SettingError(QStringLiteral("%1: %2").arg(key, error));
    // Separation of duties needs more than one person: a database without users
    // has one, the account of the operating system.
    if (key == kApprovalSetting && *normalised == u"on" && session.singleUser)
        throw SettingError(tr("%1: approval needs separate people to prepare, check and approve; add users first "
                              "(user add NAME --role …)")
                               .arg(key));
    storage::Transaction tx(db_);
    storage::PaymentStore store(db_);
    const auto old = store.setting(key);
    if (old.value_or(QString()) != *normalised) {
        store.putSetting(key, *normalised);
        storage::AuditLog(db_, session.who(), postingTimestamp(clock_()))
            .add(QStringLiteral("setting"), QStringLiteral("settings"), key, QStringLiteral("value"),
                 old ? QVariant(*old) : QVariant(), normalised->isEmpty() ? QVariant() : QVariant(*normalised));
    }
    tx.commit();
    return *normalised;
}

} // namespace kakehashi::ledger
