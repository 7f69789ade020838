#include "views/attendance_view.h"

#include "auth/auth.h"
#include "calendar/work_calendar.h"
#include "domain/codes.h"
#include "rules/subsidy.h"
#include "rules/work_hours.h"
#include "services/attendance.h"
#include "services/calendar_and_rates.h"
#include "services/compliance.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QToolButton>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

using boost::gregorian::date_duration;

QColor statusColour(const QString &s)
{
    if (s == u"present")
        return QColor(0xd7, 0xf0, 0xd8);
    if (s == u"absent")
        return QColor(0xf6, 0xd5, 0xd5);
    if (s == u"leave")
        return QColor(0xfb, 0xeb, 0xc8);
    return {};
}

} // namespace

AttendanceView::AttendanceView(storage::Database &db, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , language_(language)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    internship_ = new QComboBox(this);
    internship_->setEditable(true);
    internship_->setInsertPolicy(QComboBox::NoInsert);
    internship_->setMinimumWidth(420);
    // Tens of thousands of internships: the width is set, not measured from every item.
    internship_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    month_ = new QDateEdit(this);
    month_->setDisplayFormat(QStringLiteral("yyyy-MM"));
    month_->setCalendarPopup(true);
    // The month section is what people change: typing a month or the arrow keys.
    month_->setCurrentSection(QDateTimeEdit::MonthSection);
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousMonth"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextMonth"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(previous, &QToolButton::clicked, this, [this] { stepMonth(-1); });
    connect(next, &QToolButton::clicked, this, [this] { stepMonth(1); });
    auto *internshipLabel = new QLabel(tr("&Internship:"), this);
    internshipLabel->setBuddy(internship_);
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(month_);
    top->addWidget(internshipLabel);
    top->addWidget(internship_, 1);
    top->addWidget(monthLabel);
    top->addWidget(previous);
    top->addWidget(month_);
    top->addWidget(next);
    layout->addLayout(top);

    info_ = new QLabel(this);
    layout->addWidget(info_);
    lock_ = new QLabel(this);
    lock_->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    lock_->setWordWrap(true);
    layout->addWidget(lock_);
    hoursWarning_ = new QLabel(this);
    hoursWarning_->setStyleSheet(QStringLiteral("color: #a02020; font-weight: bold;"));
    hoursWarning_->setWordWrap(true);
    hoursWarning_->setVisible(false);
    layout->addWidget(hoursWarning_);

    grid_ = new QTableWidget(6, 7, this);
    firstDay_ = language_ == Language::Japanese ? Qt::Sunday : Qt::Monday;
    QStringList days = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    if (firstDay_ == Qt::Sunday)
        days.prepend(days.takeLast());
    grid_->setHorizontalHeaderLabels(days);
    grid_->verticalHeader()->hide();
    grid_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    grid_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    grid_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    grid_->setMinimumHeight(300);
    grid_->installEventFilter(this);
    grid_->setToolTip(tr("Click a day to change it; select days and type P (present), A (absent), L (leave) "
                         "or Delete; right click for a menu"));
    grid_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(grid_, &QTableWidget::cellClicked, this, [this](int row, int column) {
        // A plain click cycles the day; with Ctrl or Shift it only selects.
        if (QApplication::keyboardModifiers() == Qt::NoModifier && grid_->selectedItems().size() <= 1)
            cycleDay(row, column);
    });
    connect(grid_, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = grid_->indexAt(pos);
        if (!at.isValid())
            return;
        QMenu *menu = dayMenu(at.row(), at.column());
        if (!menu)
            return;
        menu->exec(grid_->viewport()->mapToGlobal(pos));
        menu->deleteLater();
    });
    layout->addWidget(grid_, 1);

    // The keys of the colours, always in sight.
    auto *legend = new QHBoxLayout;
    legend->setSpacing(12);
    const auto key = [this, legend](const QString &name, const QString &text, const QString &style) {
        auto *l = new QLabel(text, this);
        l->setObjectName(name);
        l->setStyleSheet(QStringLiteral("QLabel { %1 border: 1px solid #bbb; padding: 2px 8px; }").arg(style));
        legend->addWidget(l);
    };
    key(QStringLiteral("legendPresent"), tr("P present"), QStringLiteral("background: #d7f0d8;"));
    key(QStringLiteral("legendAbsent"), tr("A absent"), QStringLiteral("background: #f6d5d5;"));
    key(QStringLiteral("legendLeave"), tr("L leave"), QStringLiteral("background: #fbebc8;"));
    key(QStringLiteral("legendHoliday"), tr("Weekend or holiday"), QStringLiteral("background: #e4e9f2; color: #b03030;"));
    key(QStringLiteral("legendOutside"), tr("Outside the internship"), QStringLiteral("background: #eeeeee;"));
    key(QStringLiteral("legendPlanned"), tr("Planned (after today)"),
        QStringLiteral("background: #ffffff; color: #7a7a7a; font-style: italic;"));
    legend->addStretch(1);
    layout->addLayout(legend);

    summary_ = new QLabel(this);
    QFont f = summary_->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    summary_->setFont(f);
    layout->addWidget(summary_);

    auto *buttons = new QHBoxLayout;
    fill_ = new QPushButton(tr("&Fill working days as present"), this);
    save_ = new QPushButton(tr("&Save"), this);
    save_->setShortcut(QKeySequence::Save);
    revert_ = new QPushButton(tr("&Revert"), this);
    buttons->addWidget(fill_);
    buttons->addStretch(1);
    // The hours recorded for each day marked present (the company's working day).
    hours_ = new QDoubleSpinBox(this);
    hours_->setRange(0.5, 24);
    hours_->setSingleStep(0.5);
    hours_->setDecimals(1);
    hours_->setSuffix(tr(" h"));
    hours_->setValue(QSettings().value(QStringLiteral("attendance/hours"), 8.0).toDouble());
    auto *hoursLabel = new QLabel(tr("&Hours per present day:"), this);
    hoursLabel->setBuddy(hours_);
    buttons->addWidget(hoursLabel);
    buttons->addWidget(hours_);
    connect(hours_, &QDoubleSpinBox::valueChanged, this, [this](double h) {
        QSettings().setValue(QStringLiteral("attendance/hours"), h);
        updateSummary();
    });
    buttons->addWidget(revert_);
    buttons->addWidget(save_);
    layout->addLayout(buttons);

    connect(fill_, &QPushButton::clicked, this, &AttendanceView::fillWorkingDays);
    connect(save_, &QPushButton::clicked, this, &AttendanceView::save);
    connect(revert_, &QPushButton::clicked, this, &AttendanceView::load);
    connect(internship_, &QComboBox::activated, this, [this](int index) {
        const QString chosen = internship_->itemData(index).toString();
        if (chosen != internshipNo_ && !confirmLeave()) {
            internship_->setCurrentIndex(internship_->findData(internshipNo_));
            return;
        }
        openInternship(chosen);
    });
    connect(month_, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (!confirmLeave()) {
            const QSignalBlocker block(month_);
            month_->setDate(QDate(first_.year(), first_.month(), 1));
            return;
        }
        first_ = Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()), 1);
        load();
    });

    reloadInternships();
    today_ = QDate::currentDate();
    const QDate today = today_;
    {
        const QSignalBlocker block(month_);
        month_->setDate(QDate(today.year(), today.month(), 1));
    }
    first_ = Date(static_cast<unsigned short>(today.year()), static_cast<unsigned short>(today.month()), 1);
    openInternship(internshipNo_);
}

void AttendanceView::openInternship(const QString &internshipNo)
{
    internshipNo_ = internshipNo;
    // Open on the internship's first month unless the month shown lies in it.
    if (auto i = services::AttendanceService(db_).internship(internshipNo_);
        i && (first_.end_of_month() < i->start || first_ > i->end)) {
        showMonth(internshipNo_, i->start.year(), i->start.month());
        return;
    }
    load();
}

void AttendanceView::setSession(const auth::Session &session)
{
    session_ = session;
    mayEdit_ = session.may(auth::Action::Edit);
    fill_->setToolTip(mayEdit_ ? QString() : whyNot(auth::Action::Edit));
    save_->setToolTip(mayEdit_ ? QString() : whyNot(auth::Action::Edit));
    load();
}

void AttendanceView::reloadInternships()
{
    internship_->clear();
    for (const services::InternshipSummary &i : services::AttendanceService(db_).internships())
        internship_->addItem(QStringLiteral("%1 — %2 (%3, %4 … %5)")
                                 .arg(i.internshipNo, i.studentName, i.companyName, isoDateQ(i.start), isoDateQ(i.end)),
                             i.internshipNo);
    if (internship_->count() > 0 && internshipNo_.isEmpty())
        internshipNo_ = internship_->itemData(0).toString();
    const int index = internship_->findData(internshipNo_);
    if (index >= 0)
        internship_->setCurrentIndex(index);
}

bool AttendanceView::confirmLeave()
{
    if (!modified_ || locked_ || !mayEdit_)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Attendance"),
                    tr("Save the attendance of %1 for %2?")
                        .arg(internshipNo_, QLocale().toString(QDate(first_.year(), first_.month(), 1), tr("MMMM yyyy"))),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setInformativeText(tr("The days you marked are lost if you do not save them."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: modified_ = false; return true;
    default: return false;
    }
}

void AttendanceView::setToday(const QDate &today)
{
    today_ = today;
    refreshGrid();
}

void AttendanceView::stepMonth(int months)
{
    month_->setDate(QDate(first_.year(), first_.month(), 1).addMonths(months));
}

QString AttendanceView::dayText(int row, int column) const
{
    const auto d = dayAt(row, column);
    return d ? isoDateQ(*d) : QString();
}

QString AttendanceView::statusOf(const QDate &day) const
{
    const auto s = status_.find(Date(static_cast<unsigned short>(day.year()), static_cast<unsigned short>(day.month()),
                                     static_cast<unsigned short>(day.day())));
    return s == status_.end() ? QString() : s->second;
}

void AttendanceView::cycleDay(int row, int column)
{
    const auto day = dayAt(row, column);
    if (locked_ || !mayEdit_ || !day || *day < start_ || *day > end_)
        return;
    const auto s = status_.find(*day);
    const QString now = s == status_.end() ? QString() : s->second;
    const QString next = now.isEmpty()        ? QStringLiteral("present")
                         : now == u"present" ? QStringLiteral("absent")
                         : now == u"absent"  ? QStringLiteral("leave")
                                             : QString();
    if (next.isEmpty())
        status_.erase(*day);
    else
        status_[*day] = next;
    modified_ = true;
    refreshGrid();
}

QMenu *AttendanceView::dayMenu(int row, int column)
{
    const auto day = dayAt(row, column);
    if (!day)
        return nullptr;
    QTableWidgetItem *item = grid_->item(row, column);
    if (item && !item->isSelected()) {
        grid_->clearSelection();
        item->setSelected(true);
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("dayMenu"));
    const bool may = !locked_ && mayEdit_ && *day >= start_ && *day <= end_;
    const auto add = [this, menu, may](const QString &text, const QString &status, const QKeySequence &key) {
        QAction *a = menu->addAction(text, this, [this, status] { setSelected(status); });
        a->setShortcut(key);
        a->setEnabled(may);
        a->setData(status);
    };
    add(tr("&Present"), QStringLiteral("present"), QKeySequence(Qt::Key_P));
    add(tr("&Absent"), QStringLiteral("absent"), QKeySequence(Qt::Key_A));
    add(tr("&Leave"), QStringLiteral("leave"), QKeySequence(Qt::Key_L));
    menu->addSeparator();
    add(tr("&Clear"), QString(), QKeySequence(Qt::Key_Delete));
    if (!may)
        menu->setToolTip(locked_ ? lock_->text() : !mayEdit_ ? whyNot(auth::Action::Edit) : tr("Outside the internship"));
    return menu;
}

void AttendanceView::showMonth(const QString &internshipNo, int year, int month)
{
    if ((internshipNo != internshipNo_ || year != first_.year() || month != first_.month()) && !confirmLeave())
        return;
    internshipNo_ = internshipNo;
    const int index = internship_->findData(internshipNo);
    if (index >= 0)
        internship_->setCurrentIndex(index);
    first_ = Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    const QSignalBlocker block(month_);
    month_->setDate(QDate(year, month, 1));
    load();
}

void AttendanceView::load()
{
    const services::MonthAttendance m =
        services::AttendanceService(db_).month(internshipNo_, first_.year(), first_.month());
    status_ = m.status;
    loadedStatus_ = m.status;
    loadHoursContext();
    start_ = m.internship.start;
    end_ = m.internship.end;
    locked_ = m.postedEntry.has_value();
    modified_ = false;
    info_->setText(m.internship.internshipNo.isEmpty()
                       ? tr("No internship chosen.")
                       : tr("%1 at %2, %3 … %4 (%5)")
                             .arg(m.internship.studentName, m.internship.companyName, isoDateQ(m.internship.start),
                                  isoDateQ(m.internship.end),
                                  codeLabel(codes::kInternshipStatus, m.internship.status, language_)));
    lock_->setText(locked_ ? tr("This month is posted to the subsidy ledger (entry %1). Its attendance cannot change "
                                "until an administrator reverses that payment.")
                                 .arg(*m.postedEntry)
                           : QString());
    lock_->setVisible(locked_);
    fill_->setEnabled(!locked_ && mayEdit_);
    save_->setEnabled(false);
    revert_->setEnabled(false);
    refreshGrid();
}

std::optional<Date> AttendanceView::dayAt(int row, int column) const
{
    // Weekday numbers: boost's Sunday is 0; the grid starts on firstDay_ (Monday, or Sunday in Japanese).
    const int start = firstDay_ == Qt::Sunday ? 0 : 1;
    const int offset = (static_cast<int>(first_.day_of_week().as_number()) - start + 7) % 7;
    const int index = row * 7 + column - offset;
    if (index < 0 || index >= static_cast<int>(first_.end_of_month().day()))
        return std::nullopt;
    return first_ + date_duration(index);
}

void AttendanceView::refreshGrid()
{
    const calendar::WorkCalendar cal = services::CalendarService(db_).workCalendar();
    const QSignalBlocker block(grid_);
    for (int r = 0; r < 6; ++r) {
        for (int c = 0; c < 7; ++c) {
            auto *item = grid_->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignCenter);
                grid_->setItem(r, c, item);
            }
            const auto day = dayAt(r, c);
            if (!day) {
                item->setText(QString());
                item->setFlags(Qt::NoItemFlags);
                item->setBackground(QBrush());
                item->setToolTip(QString());
                continue;
            }
            const bool inside = *day >= start_ && *day <= end_;
            auto s = status_.find(*day);
            const QString status = s == status_.end() ? QString() : s->second;
            const QString mark = status == u"present" ? tr("P") : status == u"absent" ? tr("A")
                                                             : status == u"leave"    ? tr("L")
                                                                                     : QString();
            item->setText(QString::number(day->day()) + (mark.isEmpty() ? QString() : QStringLiteral("\n") + mark));
            item->setFlags(inside && !locked_ ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled);
            QString tip;
            bool working = true;
            if (day->year() >= calendar::kFirstYear && day->year() <= calendar::kLastYear) {
                working = cal.isWorkingDay(*day);
                if (auto h = cal.holiday(*day))
                    tip = language_ == Language::Japanese ? h->nameJa : h->nameEn;
            }
            if (!inside)
                tip = tip.isEmpty() ? tr("Outside the internship") : tip + QStringLiteral(" · ") + tr("Outside the internship");
            const QDate date(day->year(), day->month(), day->day());
            const bool planned = today_.isValid() && date > today_;
            if (planned && inside)
                tip = tip.isEmpty() ? tr("Planned (after today)") : tip + QStringLiteral(" · ") + tr("Planned (after today)");
            item->setToolTip(tip);
            QColor bg = statusColour(status);
            if (!bg.isValid())
                bg = !inside ? QColor(0xee, 0xee, 0xee) : !working ? QColor(0xe4, 0xe9, 0xf2) : QColor(Qt::white);
            item->setBackground(bg);
            // Planned days (after today) in grey italics: not yet worked.
            item->setForeground(planned ? (working ? QColor(0x8a, 0x8a, 0x8a) : QColor(0xd0, 0x80, 0x80))
                                        : (working ? QColor(Qt::black) : QColor(0xb0, 0x30, 0x30)));
            QFont font = grid_->font();
            font.setItalic(planned);
            item->setFont(font);
            item->setData(Qt::UserRole, planned);
        }
    }
    updateSummary();
}

int AttendanceView::presentDays() const
{
    int n = 0;
    for (const auto &[day, s] : status_)
        n += s == u"present" ? 1 : 0;
    return n;
}

void AttendanceView::loadHoursContext()
{
    hoursContext_ = {};
    const services::ComplianceService store(db_);
    const auto student = store.studentOf(internshipNo_);
    if (!student || !rules::workHourLimitApplies(student->residenceStatus, student->workPermission))
        return;
    hoursContext_.applies = true;
    hoursContext_.statusStudent = student->residenceStatus == u"student";
    const Date last = first_.end_of_month();
    for (const services::InternshipDay &d :
         store.presentDays(student->studentNo, first_ - date_duration(6), last + date_duration(6))) {
        const bool edited = d.internshipNo == internshipNo_ && d.day.date >= first_ && d.day.date <= last;
        (edited ? hoursContext_.storedHours : hoursContext_.otherHours)[d.day.date] += d.day.hours;
    }
    // The school's vacations near the month, for the 7-day windows around it.
    const rules::VacationDays vacations = store.vacationsOf(student->schoolCode);
    for (Date d = first_ - date_duration(12); d <= last + date_duration(6); d += date_duration(1))
        if (vacations.contains(d)) {
            if (!hoursContext_.vacations.empty() && hoursContext_.vacations.back().second + date_duration(1) == d)
                hoursContext_.vacations.back().second = d;
            else
                hoursContext_.vacations.push_back({d, d});
        }
}

QString AttendanceView::hoursWarningText() const
{
    if (!hoursContext_.applies || internshipNo_.isEmpty())
        return {};
    // The days as they would be saved: unchanged present days keep their stored
    // hours, newly present ones take the hours field's.
    std::map<Date, qint64> hours = hoursContext_.otherHours;
    const qint64 typed = rules::toMicroHours(hours_->value());
    for (const auto &[day, s] : status_) {
        if (s != u"present")
            continue;
        const auto was = loadedStatus_.find(day);
        const auto stored = hoursContext_.storedHours.find(day);
        const bool unchanged = was != loadedStatus_.end() && was->second == s && stored != hoursContext_.storedHours.end();
        hours[day] += unchanged ? stored->second : typed;
    }
    std::vector<rules::WorkedDay> days;
    for (const auto &[day, h] : hours)
        days.push_back({day, h});
    std::vector<rules::DatePeriod> periods;
    for (const auto &[a, b] : hoursContext_.vacations)
        periods.push_back({a, b});
    const auto breaches = rules::workHourBreaches(days, hoursContext_.statusStudent, rules::VacationDays(periods),
                                                  first_, first_.end_of_month() + date_duration(6));
    if (breaches.empty())
        return {};
    const rules::HoursBreach &b = breaches.front();
    QString text = b.rule == u"weekly"
                       ? tr("Work-hour limit: %1 h in the 7 days %2 … %3, over the %4 h a week of the student's "
                            "status of residence")
                             .arg(rules::hoursText(b.hours), isoDateQ(b.date - date_duration(6)), isoDateQ(b.date))
                             .arg(b.limit)
                       : tr("Work-hour limit: %1 h on %2, a day of the school's long vacation (at most %3 h a day)")
                             .arg(rules::hoursText(b.hours), isoDateQ(b.date))
                             .arg(b.limit);
    if (breaches.size() > 1)
        text += QLatin1Char(' ') + tr("(%n breach(es) in all)", nullptr, static_cast<int>(breaches.size()));
    return text;
}

void AttendanceView::updateSummary()
{
    summary_->setText(summaryText());
    const QString warning = hoursWarningText();
    hoursWarning_->setText(warning);
    hoursWarning_->setVisible(!warning.isEmpty());
    save_->setEnabled(modified_ && !locked_ && mayEdit_);
    revert_->setEnabled(modified_);
}

QString AttendanceView::summaryText() const
{
    if (internshipNo_.isEmpty())
        return {};
    std::vector<Date> present;
    for (const auto &[day, s] : status_)
        if (s == u"present")
            present.push_back(day);
    const auto found = services::AttendanceService(db_).monthClaim(internshipNo_, present);
    if (!found)
        return {};
    const rules::MonthClaim &claim = *found;
    const QString amount = QLocale().toString(claim.amount.value());
    if (claim.eligible || present.empty())
        return tr("Present: %1 day(s) · subsidy ¥%2").arg(claim.presentDays).arg(amount);
    return tr("Present: %1 day(s) · no subsidy: %2").arg(claim.presentDays).arg(claim.reason);
}

void AttendanceView::setSelected(const QString &status)
{
    if (locked_ || !mayEdit_)
        return;
    for (QTableWidgetItem *item : grid_->selectedItems()) {
        const auto day = dayAt(item->row(), item->column());
        if (!day || *day < start_ || *day > end_)
            continue;
        if (status.isEmpty())
            status_.erase(*day);
        else
            status_[*day] = status;
        modified_ = true;
    }
    refreshGrid();
}

void AttendanceView::fillWorkingDays()
{
    if (locked_ || !mayEdit_)
        return;
    const calendar::WorkCalendar cal = services::CalendarService(db_).workCalendar();
    for (Date d = first_; d <= first_.end_of_month(); d += date_duration(1)) {
        if (d < start_ || d > end_ || !cal.isWorkingDay(d) || status_.count(d))
            continue;
        status_[d] = QStringLiteral("present");
        modified_ = true;
    }
    refreshGrid();
}

bool AttendanceView::save()
{
    try {
        services::AttendanceService(db_).saveMonth(session_, internshipNo_, first_.year(), first_.month(), status_,
                                                  hours_->value());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attendance not saved"), e.message());
        return false;
    }
    load();
    emit saved();
    return true;
}

bool AttendanceView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == grid_ && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_P: setSelected(QStringLiteral("present")); return true;
        case Qt::Key_A: setSelected(QStringLiteral("absent")); return true;
        case Qt::Key_L: setSelected(QStringLiteral("leave")); return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace: setSelected(QString()); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kakehashi::ui
