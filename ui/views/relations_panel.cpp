#include "views/relations_panel.h"

#include "models/text_table_model.h"
#include "services/letters.h"
#include "services/record_names.h"
#include "letter_document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kakehashi::ui {

QString activityKindLabel(const QString &kind)
{
    if (kind == u"visit")
        return RelationsPanel::tr("Visit");
    if (kind == u"call")
        return RelationsPanel::tr("Call");
    if (kind == u"mail")
        return RelationsPanel::tr("Mail");
    if (kind == u"meeting")
        return RelationsPanel::tr("Meeting");
    if (kind == u"counselling")
        return RelationsPanel::tr("Counselling");
    if (kind == u"letter")
        return RelationsPanel::tr("Letter");
    return kind;
}

namespace {

QTableView *tableFor(TextTableModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

QString yes(bool b)
{
    return b ? RelationsPanel::tr("yes") : QString();
}

} // namespace

RelationsPanel::RelationsPanel(storage::Database &db, const auth::Session &session, Owner owner, const QString &key,
                               QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , session_(session)
    , owner_(owner)
    , key_(key)
{
    setObjectName(QStringLiteral("relationsPanel"));
    auto *layout = new QVBoxLayout(this);
    const bool mayEdit = session_.may(auth::Action::Edit);

    contacts_ = new TextTableModel({{tr("No.")}, {tr("Name")}, {tr("Role")}, {tr("E-mail")}, {tr("Telephone")},
                                    {tr("Primary")}, {tr("Former")}, {tr("Do not contact")}},
                                   this);
    if (owner_ == Owner::Company) {
        auto *box = new QGroupBox(tr("People at the company"), this);
        auto *v = new QVBoxLayout(box);
        contactView_ = tableFor(contacts_, QStringLiteral("contacts"), box);
        v->addWidget(contactView_);
        auto *row = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add contact…"), box);
        auto *primary = new QPushButton(tr("Make primary"), box);
        auto *former = new QPushButton(tr("Left the company"), box);
        auto *dnc = new QPushButton(tr("Do not contact"), box);
        for (QPushButton *b : {add, primary, former, dnc}) {
            b->setEnabled(mayEdit);
            row->addWidget(b);
        }
        row->addStretch(1);
        v->addLayout(row);
        layout->addWidget(box);
        connect(add, &QPushButton::clicked, this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Add contact"), tr("Name:"), QLineEdit::Normal, {}, &ok);
            if (!ok || name.trimmed().isEmpty())
                return;
            services::Contact c;
            c.companyCode = key_;
            c.name = name;
            c.role = QInputDialog::getText(this, tr("Add contact"), tr("Role (optional):"));
            c.email = QInputDialog::getText(this, tr("Add contact"), tr("E-mail (optional):"));
            c.phone = QInputDialog::getText(this, tr("Add contact"), tr("Telephone (optional):"));
            message_->setText(addContact(c));
        });
        const auto flagButton = [this](QPushButton *b, const QString &flag) {
            connect(b, &QPushButton::clicked, this, [this, flag] {
                const QString no = selected(contactView_);
                if (!no.isEmpty())
                    message_->setText(setContactFlag(no, flag, true));
            });
        };
        flagButton(primary, QStringLiteral("primary"));
        flagButton(former, QStringLiteral("former"));
        flagButton(dnc, QStringLiteral("do_not_contact"));
    }

    auto *log = new QGroupBox(tr("Activities"), this);
    auto *lv = new QVBoxLayout(log);
    activities_ = new TextTableModel({{tr("No.")}, {tr("Date")}, {tr("Kind")},
                                      {owner_ == Owner::Company ? tr("Contact / student") : tr("Company")},
                                      {tr("By")}, {tr("Summary")}, {tr("Next step")}, {tr("Due")}, {tr("Done")}},
                                     this);
    activityView_ = tableFor(activities_, QStringLiteral("activities"), log);
    lv->addWidget(activityView_);

    auto *form = new QFormLayout;
    auto *top = new QHBoxLayout;
    kind_ = new QComboBox(log);
    kind_->setObjectName(QStringLiteral("activityKind"));
    for (const QString &k : services::activityKinds())
        if (owner_ == Owner::Student || k != u"counselling")
            kind_->addItem(activityKindLabel(k), k);
    date_ = new QDateEdit(QDate::currentDate(), log);
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    top->addWidget(kind_);
    top->addWidget(date_);
    contact_ = new QComboBox(log);
    contact_->setObjectName(QStringLiteral("activityContact"));
    if (owner_ == Owner::Company)
        top->addWidget(contact_);
    else
        contact_->hide();
    confidential_ = new QCheckBox(tr("Confidential"), log);
    confidential_->setToolTip(tr("Only you and the administrators will read the text; others see that it exists"));
    top->addWidget(confidential_);
    top->addStretch(1);
    auto *kindLabel = new QLabel(tr("&Kind and date:"), log);
    kindLabel->setBuddy(kind_);
    form->addRow(kindLabel, top);
    summary_ = new QPlainTextEdit(log);
    summary_->setObjectName(QStringLiteral("activitySummary"));
    summary_->setTabChangesFocus(true);
    summary_->setFixedHeight(summary_->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Summary:"), summary_);
    auto *next = new QHBoxLayout;
    nextStep_ = new QLineEdit(log);
    nextStep_->setObjectName(QStringLiteral("activityNextStep"));
    nextStep_->setPlaceholderText(tr("What you will do next (optional)"));
    hasNextDate_ = new QCheckBox(tr("by"), log);
    nextOn_ = new QDateEdit(QDate::currentDate().addDays(7), log);
    nextOn_->setCalendarPopup(true);
    nextOn_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    nextOn_->setEnabled(false);
    next->addWidget(nextStep_, 1);
    next->addWidget(hasNextDate_);
    next->addWidget(nextOn_);
    auto *nextLabel = new QLabel(tr("&Next step:"), log);
    nextLabel->setBuddy(nextStep_);
    form->addRow(nextLabel, next);
    lv->addLayout(form);
    auto *buttons = new QHBoxLayout;
    record_ = new QPushButton(tr("&Record activity"), log);
    record_->setObjectName(QStringLiteral("recordActivity"));
    auto *done = new QPushButton(tr("Next step &done"), log);
    done->setEnabled(mayEdit);
    message_ = new QLabel(log);
    message_->setObjectName(QStringLiteral("relationsMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #a00;"));
    buttons->addWidget(record_);
    buttons->addWidget(done);
    if (owner_ == Owner::Student) {
        auto *letter = new QPushButton(tr("&Letter…"), log);
        letter->setObjectName(QStringLiteral("letterButton"));
        letter->setEnabled(mayEdit);
        buttons->addWidget(letter);
        connect(letter, &QPushButton::clicked, this, [this] {
            const QStringList codes = services::letterTemplates();
            const QStringList names = {tr("Certificate of completion"), tr("Recommendation for job-hunting status"),
                                       tr("Payment notice"), tr("Invitation to an event")};
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, tr("Letter"), tr("Template:"), names, 0, false, &ok);
            if (!ok)
                return;
            const QString code = codes.value(names.indexOf(chosen));
            QString event, month;
            if (code == u"invitation") {
                event = QInputDialog::getText(this, tr("Letter"), tr("Event no.:"), QLineEdit::Normal, {}, &ok);
                if (!ok)
                    return;
            }
            if (code == u"payment") {
                month = QInputDialog::getText(this, tr("Letter"), tr("Month (YYYY-MM):"), QLineEdit::Normal,
                                              QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM")), &ok);
                if (!ok)
                    return;
            }
            const QString file = QFileDialog::getSaveFileName(this, tr("Save the letter"),
                                                              QStringLiteral("%1-%2.pdf").arg(code, key_),
                                                              tr("PDF (*.pdf)"));
            if (!file.isEmpty())
                message_->setText(writeLetter(code, file, event, month));
        });
    }
    buttons->addWidget(message_, 1);
    lv->addLayout(buttons);
    layout->addWidget(log, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{kind_, date_, contact_, summary_, nextStep_, hasNextDate_,
                                                        confidential_})
        w->setEnabled(mayEdit);

    connect(hasNextDate_, &QCheckBox::toggled, nextOn_, &QWidget::setEnabled);
    connect(hasNextDate_, &QCheckBox::toggled, this, &RelationsPanel::validateForm);
    connect(summary_, &QPlainTextEdit::textChanged, this, &RelationsPanel::validateForm);
    connect(nextStep_, &QLineEdit::textChanged, this, &RelationsPanel::validateForm);
    connect(record_, &QPushButton::clicked, this, [this] { message_->setText(recordActivity()); });
    connect(done, &QPushButton::clicked, this, [this] {
        const QString no = selected(activityView_);
        if (!no.isEmpty())
            message_->setText(completeNextStep(no));
    });
    refresh();
    validateForm();
}

QString RelationsPanel::selected(QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return static_cast<TextTableModel *>(view->model())->row(rows.front().row()).value(0);
}

void RelationsPanel::validateForm()
{
    // Told as it is typed: what is missing before the activity can be recorded.
    QString why;
    if (!session_.may(auth::Action::Edit))
        why = tr("Your role may read the activities but not record them");
    else if (summary_->toPlainText().trimmed().isEmpty())
        why = tr("Write a summary of what happened");
    else if (hasNextDate_->isChecked() && nextStep_->text().trimmed().isEmpty())
        why = tr("A date for the next step needs the next step");
    record_->setEnabled(why.isEmpty());
    record_->setToolTip(why);
    if (!why.isEmpty() && !summary_->toPlainText().isEmpty())
        message_->setText(why);
    else if (why.isEmpty())
        message_->clear();
}

void RelationsPanel::refresh()
{
    services::Relations rel(db_, session_);
    std::vector<QStringList> contactRows;
    const QString current = contact_->currentData().toString();
    contact_->clear();
    contact_->addItem(tr("(no contact)"), QString());
    if (owner_ == Owner::Company)
        for (const services::Contact &c : rel.contacts(key_)) {
            contactRows.push_back({c.contactNo, c.name, c.role, c.email, c.phone, yes(c.primary), yes(c.former),
                                   yes(c.doNotContact)});
            if (!c.former && !c.doNotContact)
                contact_->addItem(c.role.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.role), c.contactNo);
        }
    contacts_->setRows(std::move(contactRows));
    if (const int i = contact_->findData(current); i >= 0)
        contact_->setCurrentIndex(i);

    std::vector<QStringList> rows;
    const auto list = owner_ == Owner::Company ? rel.activities(key_, {}) : rel.activities({}, key_);
    for (const services::Activity &a : list) {
        QString whom;
        if (owner_ == Owner::Company) {
            if (!a.contactNo.isEmpty())
                if (const auto c = rel.contact(a.contactNo))
                    whom = c->name;
            if (!a.studentNo.isEmpty())
                whom = whom.isEmpty() ? a.studentNo : whom + QStringLiteral(" / ") + a.studentNo;
        } else if (!a.companyCode.isEmpty()) {
            const QString name = services::RecordNames(db_).displayName(domain::kind(domain::KindId::Companies), a.companyCode);
            whom = name.isEmpty() ? a.companyCode : name;
        }
        rows.push_back({a.activityNo, a.date, activityKindLabel(a.kind), whom, a.staff,
                        a.hidden ? tr("(confidential)") : a.summary, a.hidden && !a.nextStep.isEmpty() ? tr("(confidential)") : a.nextStep,
                        a.nextStepOn, a.nextStep.isEmpty() ? QString() : (a.nextStepDone ? tr("done") : tr("open"))});
    }
    activities_->setRows(std::move(rows));
    activityView_->resizeColumnsToContents();
    if (contactView_)
        contactView_->resizeColumnsToContents();
}

QString RelationsPanel::addContact(const services::Contact &contact)
{
    try {
        services::Relations(db_, session_).addContact(contact);
    } catch (const Error &e) {
        return e.message();
    }
    refresh();
    emit changed();
    return {};
}

QString RelationsPanel::setContactFlag(const QString &contactNo, const QString &flag, bool on)
{
    try {
        services::Relations rel(db_, session_);
        auto c = rel.contact(contactNo);
        if (!c)
            return tr("there is no contact %1").arg(contactNo);
        if (flag == u"primary")
            c->primary = on;
        else if (flag == u"former") {
            c->former = on;
            if (on)
                c->primary = false;
        } else
            c->doNotContact = on;
        rel.editContact(*c);
    } catch (const Error &e) {
        return e.message();
    }
    refresh();
    emit changed();
    return {};
}

void RelationsPanel::fillActivity(const QString &kind, const QString &summary, const QString &nextStep,
                                  const QDate &nextOn, bool confidential, const QString &contactNo)
{
    kind_->setCurrentIndex(kind_->findData(kind));
    summary_->setPlainText(summary);
    nextStep_->setText(nextStep);
    hasNextDate_->setChecked(nextOn.isValid());
    if (nextOn.isValid())
        nextOn_->setDate(nextOn);
    confidential_->setChecked(confidential);
    contact_->setCurrentIndex(std::max(0, contact_->findData(contactNo)));
}

QString RelationsPanel::recordActivity()
{
    if (!record_->isEnabled())
        return record_->toolTip();
    services::Activity a;
    a.kind = kind_->currentData().toString();
    a.date = date_->date().toString(Qt::ISODate);
    (owner_ == Owner::Company ? a.companyCode : a.studentNo) = key_;
    a.contactNo = contact_->currentData().toString();
    a.summary = summary_->toPlainText().trimmed();
    a.nextStep = nextStep_->text().trimmed();
    if (hasNextDate_->isChecked())
        a.nextStepOn = nextOn_->date().toString(Qt::ISODate);
    a.confidential = confidential_->isChecked();
    try {
        services::Relations(db_, session_).addActivity(a);
    } catch (const Error &e) {
        return e.message(); // the typed text stays in the form
    }
    summary_->clear();
    nextStep_->clear();
    hasNextDate_->setChecked(false);
    confidential_->setChecked(false);
    refresh();
    emit changed();
    return {};
}

QString RelationsPanel::completeNextStep(const QString &activityNo)
{
    try {
        services::Relations(db_, session_).completeNextStep(activityNo);
    } catch (const Error &e) {
        return e.message();
    }
    refresh();
    emit changed();
    return {};
}

QString RelationsPanel::writeLetter(const QString &templateCode, const QString &file, const QString &eventNo,
                                    const QString &month)
{
    try {
        services::Letters letters(db_, session_);
        const services::Letter l = letters.prepare(templateCode, key_, eventNo, month);
        render::writeLettersPdf(file, {{l.templateCode, l.fields}});
        letters.recordSent({l}, file);
    } catch (const Error &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    refresh();
    emit changed();
    return {};
}

NextStepsList::NextStepsList(storage::Database &db, const auth::Session &session, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , session_(session)
{
    setObjectName(QStringLiteral("nextSteps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_ = new QLabel(this);
    QFont f = title_->font();
    f.setBold(true);
    title_->setFont(f);
    layout->addWidget(title_);
    model_ = new TextTableModel({{tr("Due")}, {tr("Next step")}, {tr("Concerning")}, {tr("After")}}, this);
    auto *view = view_ = tableFor(model_, QStringLiteral("nextStepsTable"), this);
    view->setMaximumHeight(view->fontMetrics().lineSpacing() * 9);
    layout->addWidget(view);
    connect(view, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QStringList &row = model_->row(i.row());
        // Hidden columns of the row: the record's kind and key.
        emit recordRequested(row.value(4), row.value(5));
    });
    refresh();
}

void NextStepsList::refresh()
{
    std::vector<QStringList> rows;
    try {
        const QDate today = QDate::currentDate();
        const services::RecordNames names(db_);
        for (const services::Activity &a : services::Relations(db_, session_).myNextSteps()) {
            const bool company = !a.companyCode.isEmpty();
            QString due = a.nextStepOn;
            if (!a.nextStepOn.isEmpty() && QDate::fromString(a.nextStepOn, Qt::ISODate) < today)
                due = tr("%1 (overdue)").arg(a.nextStepOn);
            const QString key = company ? a.companyCode : a.studentNo;
            const QString name = names.displayName(
                domain::kind(company ? domain::KindId::Companies : domain::KindId::Students), key);
            rows.push_back({due, a.nextStep, name.isEmpty() ? key : name,
                            tr("%1 on %2").arg(activityKindLabel(a.kind), a.date),
                            company ? QStringLiteral("companies") : QStringLiteral("students"),
                            company ? a.companyCode : a.studentNo});
        }
    } catch (const Error &) {
        // A database without the table yet, or a role that may not read: no list.
    }
    title_->setText(tr("My next steps (%1)").arg(rows.size()));
    model_->setRows(std::move(rows));
    view_->resizeColumnsToContents();
}

} // namespace kakehashi::ui
