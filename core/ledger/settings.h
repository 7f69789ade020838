#pragma once
// The database's settings for paying the interns (FORMATS.md §6): the
// consortium's own bank account, which heads every transfer file, and whether a
// month's claims need approval before posting. Administrators set them, everyone
// reads them; each change is audited with its old and new value.
#include "auth/roles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ledger {

struct SettingInfo
{
    const char *key;
    const char *description; // what it holds, in English (the CLI's list)
    const char *defaultValue; // what no value stands for; nullptr for none
};

// Every key `settings set` takes, in the order `settings list` prints them.
const std::vector<SettingInfo> &settingKeys();

// The value as stored for `key` (normalised: half-width kana, `on`/`off`), or
// the error that names what is wrong. An empty value removes the setting.
std::optional<QString> normaliseSetting(const QString &key, const QString &value, QString &error);

struct SettingValue
{
    QString key;
    QString value;   // the stored value, or the default it stands for
    bool set = false; // whether it is stored
};

class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::ledger)

public:
    using Clock = std::function<QDateTime()>;
    explicit Settings(storage::Database &db, Clock clock = &QDateTime::currentDateTime);

    // Every known key with its value or default.
    std::vector<SettingValue> list() const;
    // The stored value, else the default, else empty.
    QString value(const QString &key) const;
    bool approvalRequired() const;

    // Administrators only (AuthError); an unknown key or a bad value throws
    // SettingError. Returns the value as stored.
    QString set(const auth::Session &session, const QString &key, const QString &value);

private:
    storage::Database &db_;
    Clock clock_;
};

class SettingError final : public Error
{
public:
    using Error::Error;
};

inline const QString kApprovalSetting = QStringLiteral("subsidy.approval");
// The consortium's name as printed documents head it (timesheets, the completion report).
inline const QString kConsortiumNameSetting = QStringLiteral("consortium.name");

} // namespace kakehashi::ledger
