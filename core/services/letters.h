#pragma once
// Letters from templates (issue 15, item 6): the fields a secretariat's letter
// prints, gathered for one student (and an event or a month), and each letter
// sent recorded as an activity of kind `letter` on the student. The templates
// themselves (Japanese, A4) are render/letter_document.h's.
//   completion      修了証明書: the programme completed (needs completed_on)
//   recommendation  推薦書: the school's recommendation for 特定活動（継続就職活動）
//   payment         支払通知書: the month's subsidy paid to the intern (the ledger, net)
//   invitation      ご案内: an invitation to an event (needs the event)
#include "auth/roles.h"
#include "services/relations.h"

#include <QHash>
#include <QStringList>

namespace kakehashi::services {

const QStringList &letterTemplates();

struct Letter
{
    QString templateCode;
    QString studentNo;
    QHash<QString, QString> fields; // name → text, as printed
};

class Letters final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::services::Letters)

public:
    Letters(storage::Database &db, auth::Session session, Relations::Clock clock = &QDateTime::currentDateTime);

    // The letter's fields. Throws RelationsError naming what is missing (an
    // unknown template or student, a completion without completed_on, an
    // invitation without its event, a payment notice of a month with no
    // payment); AuthError unless the session may read.
    Letter prepare(const QString &templateCode, const QString &studentNo, const QString &eventNo = {},
                   const QString &month = {}) const;
    // Records each letter as an activity (kind letter) on its student, with the
    // event's company where there is one; one transaction; audited.
    std::vector<QString> recordSent(const std::vector<Letter> &letters, const QString &file);

private:
    storage::Database &db_;
    auth::Session session_;
    Relations::Clock clock_;
};

} // namespace kakehashi::services
