#include "views/duplicate_notice.h"

#include "services/privacy.h"
#include "services/record_names.h"

namespace kakehashi::ui {

DuplicateNotice::DuplicateNotice(storage::Database &db, const domain::Kind &kind, QWidget *parent)
    : QLabel(parent), db_(db), kind_(kind)
{
    setObjectName(QStringLiteral("duplicateNotice"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"));
    hide();
}

int DuplicateNotice::check(const QStringList &texts)
{
    const auto field = [&](const char *name) {
        const int i = kind_.fieldIndex(QLatin1String(name));
        return i < 0 ? QString() : texts.value(i).trimmed();
    };
    std::vector<services::DuplicateWarning> found;
    services::Privacy privacy(db_);
    if (kind_.id == domain::KindId::Students)
        found = privacy.duplicatesOf({{field("student_no"), field("family_name"), field("given_name"), field("name_kana"),
                                       field("birth_date"), field("email"), field("residence_card_no"), 0}});
    else if (kind_.id == domain::KindId::Companies)
        found = privacy.duplicatesOf({}, {{field("code"), field("name"), field("corporate_number"), 0}});
    others_.clear();
    QStringList lines;
    services::RecordNames names(db_);
    for (const services::DuplicateWarning &w : found) {
        const QString why = w.reason == u"birth_date+name"     ? tr("the same birth date and name")
                            : w.reason == u"email"             ? tr("the same email")
                            : w.reason == u"residence_card_no" ? tr("the same residence card number")
                            : w.reason == u"corporate_number"  ? tr("the same corporate number")
                                                               : tr("the same name");
        const QString name = names.displayName(kind_, w.other);
        lines << tr("%1 %2 has %3.").arg(w.other, name, why);
        others_ << w.other;
    }
    if (lines.isEmpty()) {
        clear();
        hide();
    } else {
        setText(tr("Possibly the same %1 as a stored record — check before saving (saving is still allowed):")
                    .arg(kind_.id == domain::KindId::Students ? tr("student") : tr("company")) +
                QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        show();
    }
    return static_cast<int>(found.size());
}

} // namespace kakehashi::ui
