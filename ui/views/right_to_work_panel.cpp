#include "views/right_to_work_panel.h"

#include "domain/date.h"
#include "domain/error.h"
#include "services/compliance.h"
#include "services/job_hunting.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

QDateEdit *dateEdit(QWidget *parent)
{
    auto *e = new QDateEdit(QDate::currentDate(), parent);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    return e;
}

} // namespace

RightToWorkPanel::RightToWorkPanel(storage::Database &db, const auth::Session &session, const QString &studentNo,
                                   QWidget *parent)
    : QWidget(parent), db_(db), session_(session), studentNo_(studentNo)
{
    const bool mayEdit = session_.may(auth::Action::Edit);
    auto *layout = new QVBoxLayout(this);

    auto *cardBox = new QGroupBox(tr("Residence card (在留カード)"), this);
    auto *cardLayout = new QVBoxLayout(cardBox);
    card_ = new QLabel(cardBox);
    card_->setObjectName(QStringLiteral("cardLabel"));
    card_->setWordWrap(true);
    cardLayout->addWidget(card_);
    auto *checkRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note:"), cardBox);
    note_ = new QLineEdit(cardBox);
    note_->setObjectName(QStringLiteral("checkNote"));
    note_->setPlaceholderText(tr("e.g. valid in the Agency's online lookup"));
    noteLabel->setBuddy(note_);
    check_ = new QPushButton(tr("Record a validity &check done today"), cardBox);
    check_->setObjectName(QStringLiteral("recordCardCheck"));
    check_->setToolTip(tr("Records that you checked the card's validity (the Immigration Services Agency's "
                          "online lookup) today, with your name, in the audit trail"));
    check_->setEnabled(mayEdit);
    checkRow->addWidget(noteLabel);
    checkRow->addWidget(note_, 1);
    checkRow->addWidget(check_);
    cardLayout->addLayout(checkRow);
    layout->addWidget(cardBox);

    auto *clockBox = new QGroupBox(tr("Job-hunting status (特定活動・継続就職活動)"), this);
    auto *form = new QFormLayout(clockBox);
    granted_ = dateEdit(clockBox);
    granted_->setObjectName(QStringLiteral("grantedOn"));
    ends_ = dateEdit(clockBox);
    ends_->setObjectName(QStringLiteral("endsOn"));
    renewed_ = new QCheckBox(tr("&Renewed to:"), clockBox);
    renewed_->setObjectName(QStringLiteral("renewed"));
    renewedTo_ = dateEdit(clockBox);
    renewedTo_->setObjectName(QStringLiteral("renewedTo"));
    letterBy_ = new QLineEdit(clockBox);
    letterBy_->setObjectName(QStringLiteral("letterBy"));
    letterBy_->setMaxLength(200);
    hasLetter_ = new QCheckBox(tr("Letter &dated:"), clockBox);
    hasLetter_->setObjectName(QStringLiteral("hasLetter"));
    letterOn_ = dateEdit(clockBox);
    letterOn_->setObjectName(QStringLiteral("letterOn"));
    form->addRow(tr("&Granted on:"), granted_);
    form->addRow(tr("&Ends on (at most six months):"), ends_);
    form->addRow(renewed_, renewedTo_);
    form->addRow(tr("School's recommendation letter &by:"), letterBy_);
    form->addRow(hasLetter_, letterOn_);
    problem_ = new QLabel(clockBox);
    problem_->setObjectName(QStringLiteral("clockProblem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    status_ = new QLabel(clockBox);
    status_->setObjectName(QStringLiteral("clockStatus"));
    status_->setWordWrap(true);
    save_ = new QPushButton(tr("&Save the job-hunting status"), clockBox);
    save_->setObjectName(QStringLiteral("saveClock"));
    form->addRow(problem_);
    form->addRow(status_);
    form->addRow(save_);
    layout->addWidget(clockBox);
    layout->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{granted_, ends_, renewed_, renewedTo_, letterBy_, hasLetter_,
                                                      letterOn_})
        w->setEnabled(mayEdit);

    connect(check_, &QPushButton::clicked, this, [this] {
        const QString refused = recordCardCheck();
        problem_->setText(refused);
    });
    connect(save_, &QPushButton::clicked, this, [this] {
        if (const QString refused = saveClock(); !refused.isEmpty())
            problem_->setText(refused);
    });
    for (QDateEdit *e : {granted_, ends_, renewedTo_, letterOn_})
        connect(e, &QDateEdit::dateChanged, this, &RightToWorkPanel::validate);
    connect(renewed_, &QCheckBox::toggled, this, &RightToWorkPanel::validate);
    connect(hasLetter_, &QCheckBox::toggled, this, &RightToWorkPanel::validate);
    connect(letterBy_, &QLineEdit::textChanged, this, &RightToWorkPanel::validate);
    load();
}

bool RightToWorkPanel::clockChanged() const
{
    return state() != savedState_;
}

QString RightToWorkPanel::state() const
{
    return QStringList{granted_->date().toString(Qt::ISODate), ends_->date().toString(Qt::ISODate),
                       renewed_->isChecked() ? renewedTo_->date().toString(Qt::ISODate) : QString(),
                       letterBy_->text().trimmed(),
                       hasLetter_->isChecked() ? letterOn_->date().toString(Qt::ISODate) : QString()}
        .join(u'|');
}

void RightToWorkPanel::load()
{
    const Date today = fromQDate(QDate::currentDate());
    if (const auto card = services::ComplianceService(db_).studentCard(studentNo_))
        card_->setText(tr("Card %1, expires on %2 (%3 days). %4")
                           .arg(card->cardNo, isoDateQ(card->expiry))
                           .arg((card->expiry - today).days())
                           .arg(card->lastCheckedOn.isEmpty()
                                    ? tr("Its validity has never been checked.")
                                    : tr("Validity last checked on %1 by %2.").arg(card->lastCheckedOn,
                                                                                  card->lastCheckedBy)));
    else
        card_->setText(tr("No residence card is recorded for this student."));

    stored_ = false;
    for (const services::JobHuntingStatus &s : services::JobHuntingService(db_).all(today)) {
        if (s.entry.studentNo != studentNo_)
            continue;
        stored_ = true;
        const QSignalBlocker b1(granted_), b2(ends_), b3(renewed_), b4(renewedTo_), b5(letterBy_), b6(hasLetter_),
            b7(letterOn_);
        granted_->setDate(toQDate(s.entry.grantedOn));
        ends_->setDate(toQDate(s.entry.endsOn));
        renewed_->setChecked(s.entry.renewedTo.has_value());
        if (s.entry.renewedTo)
            renewedTo_->setDate(toQDate(*s.entry.renewedTo));
        letterBy_->setText(s.entry.letterBy);
        hasLetter_->setChecked(s.entry.letterOn.has_value());
        if (s.entry.letterOn)
            letterOn_->setDate(toQDate(*s.entry.letterOn));
        status_->setText(
            s.placed ? tr("The status ends on %1; the graduate is placed.").arg(isoDateQ(s.entry.statusEnd()))
            : s.daysLeft < 0
                ? tr("The status ended on %1 and the graduate is not placed.").arg(isoDateQ(s.entry.statusEnd()))
                : tr("The status ends on %1, in %2 day(s); the graduate is not placed yet.")
                      .arg(isoDateQ(s.entry.statusEnd()))
                      .arg(s.daysLeft));
        break;
    }
    if (!stored_) {
        const QSignalBlocker b1(granted_), b2(ends_);
        ends_->setDate(toQDate(addMonthsClamped(fromQDate(granted_->date()), services::kJobHuntingMonths)));
        status_->setText(tr("No job-hunting status is recorded (only for graduates on 特定活動)."));
    }
    savedState_ = state();
    validate();
}

void RightToWorkPanel::validate()
{
    renewedTo_->setEnabled(renewed_->isChecked() && session_.may(auth::Action::Edit));
    letterOn_->setEnabled(hasLetter_->isChecked() && session_.may(auth::Action::Edit));
    services::JobHunting e;
    e.studentNo = studentNo_;
    e.grantedOn = fromQDate(granted_->date());
    e.endsOn = fromQDate(ends_->date());
    if (renewed_->isChecked())
        e.renewedTo = fromQDate(renewedTo_->date());
    e.letterBy = letterBy_->text();
    if (hasLetter_->isChecked())
        e.letterOn = fromQDate(letterOn_->date());
    const auto p = services::checkJobHunting(e);
    problem_->setText(p ? p->message : QString());
    save_->setEnabled(!p && session_.may(auth::Action::Edit) && (clockChanged() || !stored_));
}

QString RightToWorkPanel::recordCardCheck()
{
    try {
        services::ComplianceService(db_).recordCardCheck(session_, studentNo_, fromQDate(QDate::currentDate()),
                                                         note_->text().trimmed());
    } catch (const Error &e) {
        return e.message();
    }
    note_->clear();
    load();
    return {};
}

QString RightToWorkPanel::saveClock()
{
    services::JobHunting e;
    e.studentNo = studentNo_;
    e.grantedOn = fromQDate(granted_->date());
    e.endsOn = fromQDate(ends_->date());
    if (renewed_->isChecked())
        e.renewedTo = fromQDate(renewedTo_->date());
    e.letterBy = letterBy_->text();
    if (hasLetter_->isChecked())
        e.letterOn = fromQDate(letterOn_->date());
    try {
        services::JobHuntingService(db_).save(session_, e);
    } catch (const Error &err) {
        return err.message();
    }
    load();
    return {};
}

} // namespace kakehashi::ui
