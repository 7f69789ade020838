#include "views/hire_notification_panel.h"

#include "domain/date.h"
#include "domain/error.h"
#include "reports/compliance.h"
#include "services/compliance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

QDate toQDate(const Date &d)
{
    return QDate(d.year(), d.month(), d.day());
}

Date fromQDate(const QDate &d)
{
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

} // namespace

HireNotificationPanel::HireNotificationPanel(storage::Database &db, const auth::Session &session,
                                             const QString &placementNo, QWidget *parent)
    : QWidget(parent), db_(db), session_(session), placementNo_(placementNo)
{
    const bool mayEdit = session_.may(auth::Action::Edit);
    auto *layout = new QVBoxLayout(this);
    due_ = new QLabel(this);
    due_->setObjectName(QStringLiteral("notificationDue"));
    due_->setWordWrap(true);
    layout->addWidget(due_);
    auto *form = new QFormLayout;
    insurance_ = new QComboBox(this);
    insurance_->setObjectName(QStringLiteral("employmentInsurance"));
    insurance_->addItems({tr("joins employment insurance (due the 10th of the following month)"),
                          tr("does not join (due the end of the following month)")});
    insurance_->setPlaceholderText(tr("not reported yet"));
    insurance_->setCurrentIndex(-1);
    filed_ = new QCheckBox(tr("The company &filed it on:"), this);
    filed_->setObjectName(QStringLiteral("filed"));
    filedOn_ = new QDateEdit(QDate::currentDate(), this);
    filedOn_->setObjectName(QStringLiteral("filedOn"));
    filedOn_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    filedOn_->setCalendarPopup(true);
    filedOn_->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Employment &insurance:"), insurance_);
    form->addRow(filed_, filedOn_);
    layout->addLayout(form);
    problem_ = new QLabel(this);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    layout->addWidget(problem_);
    save_ = new QPushButton(tr("&Record what the company reported"), this);
    save_->setObjectName(QStringLiteral("saveNotification"));
    layout->addWidget(save_);
    layout->addStretch(1);
    insurance_->setEnabled(mayEdit);
    filed_->setEnabled(mayEdit);
    save_->setEnabled(mayEdit);
    connect(filed_, &QCheckBox::toggled, filedOn_, [this](bool on) { filedOn_->setEnabled(on && session_.may(auth::Action::Edit)); });
    connect(save_, &QPushButton::clicked, this, [this] { problem_->setText(saveReport()); });
    load();
}

void HireNotificationPanel::load()
{
    const Date today = fromQDate(QDate::currentDate());
    for (const reports::NotificationRow &r : reports::hireNotifications(db_, today)) {
        if (r.placementNo != placementNo_)
            continue;
        const QString state = r.state == u"filed"      ? tr("filed")
                              : r.state == u"overdue"  ? tr("overdue")
                              : r.state == u"due_soon" ? tr("due within 14 days")
                              : r.state == u"pending"  ? tr("pending")
                                                       : tr("the placement has no start date");
        due_->setText(r.due ? tr("The employer's foreign-worker notification (外国人雇用状況届出) is due on %1: %2.")
                                  .arg(isoDateQ(*r.due), state)
                            : tr("The employer's foreign-worker notification (外国人雇用状況届出): %1.").arg(state));
        insurance_->setCurrentIndex(r.employmentInsurance ? (*r.employmentInsurance ? 0 : 1) : -1);
        filed_->setChecked(r.filedOn.has_value());
        if (r.filedOn)
            filedOn_->setDate(toQDate(*r.filedOn));
        filedOn_->setEnabled(filed_->isChecked() && session_.may(auth::Action::Edit));
        return;
    }
    due_->setText(tr("No foreign-worker notification: the placement is not an employment at a company in Japan of a "
                     "student with a status of residence."));
    insurance_->setEnabled(false);
    filed_->setEnabled(false);
    filedOn_->setEnabled(false);
    save_->setEnabled(false);
}

QString HireNotificationPanel::saveReport()
{
    std::optional<bool> insurance;
    if (insurance_->currentIndex() >= 0)
        insurance = insurance_->currentIndex() == 0;
    const std::optional<Date> filed = filed_->isChecked() ? std::optional<Date>(fromQDate(filedOn_->date()))
                                                          : std::nullopt;
    try {
        services::ComplianceService(db_).setNotification(session_, placementNo_, insurance, filed);
    } catch (const Error &e) {
        return e.message();
    }
    load();
    return {};
}

} // namespace kakehashi::ui
