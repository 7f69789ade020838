#include "views/audit_view.h"

#include "domain/date.h"
#include "domain/kinds.h"
#include "labels.h"
#include "domain/codes.h"
#include "domain/countries.h"
#include "io/exporter.h"
#include "models/text_table_model.h"
#include "services/audit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

// The columns of the audit CSV, as `kakehashi-cli audit export` writes them.
const char *const kCsvColumns[] = {"at", "user", "action", "kind", "key", "field", "old", "new"};

std::optional<Date> toDate(const QDate &d)
{
    return parseDate(d.toString(Qt::ISODate));
}

} // namespace

QString AuditView::actionLabel(const QString &action)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"create", QT_TR_NOOP("created")},
        {"update", QT_TR_NOOP("changed")},
        {"import", QT_TR_NOOP("imported")},
        {"archive", QT_TR_NOOP("archived")},
        {"restore", QT_TR_NOOP("restored")},
        {"login", QT_TR_NOOP("logged in")},
        {"login_failed", QT_TR_NOOP("login failed")},
        {"locked", QT_TR_NOOP("locked out")},
        {"role_change", QT_TR_NOOP("role changed")},
        {"disable", QT_TR_NOOP("disabled")},
        {"password_change", QT_TR_NOOP("password changed")},
        {"export", QT_TR_NOOP("exported")},
        {"post", QT_TR_NOOP("posted")},
        {"reverse", QT_TR_NOOP("reversed")},
    };
    for (const auto &[code, text] : labels)
        if (action == QLatin1String(code))
            return tr(text);
    return action;
}

QString AuditView::kindText(const QString &kind)
{
    if (const domain::Kind *k = domain::kindByName(kind))
        return kindLabel(*k);
    return kind == u"user" ? tr("Users") : kind;
}

QStringList AuditView::actions()
{
    return {QStringLiteral("create"),       QStringLiteral("update"),          QStringLiteral("import"),
            QStringLiteral("archive"),      QStringLiteral("restore"),         QStringLiteral("login"),
            QStringLiteral("login_failed"), QStringLiteral("locked"),          QStringLiteral("role_change"),
            QStringLiteral("disable"),      QStringLiteral("password_change"), QStringLiteral("export")};
}

AuditView::AuditView(storage::Database &db, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , language_(language)
{
    auto *layout = new QVBoxLayout(this);
    filters_ = new QWidget(this);
    auto *form = new QFormLayout(filters_);
    form->setContentsMargins(0, 0, 0, 0);

    auto *dates = new QHBoxLayout;
    useFrom_ = new QCheckBox(tr("From"), filters_);
    from_ = new QDateEdit(QDate::currentDate().addMonths(-1), filters_);
    useTo_ = new QCheckBox(tr("to"), filters_);
    to_ = new QDateEdit(QDate::currentDate(), filters_);
    for (QDateEdit *d : {from_, to_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    connect(useFrom_, &QCheckBox::toggled, from_, &QWidget::setEnabled);
    connect(useTo_, &QCheckBox::toggled, to_, &QWidget::setEnabled);
    dates->addWidget(useFrom_);
    dates->addWidget(from_);
    dates->addWidget(useTo_);
    dates->addWidget(to_);
    dates->addStretch(1);
    form->addRow(tr("Dates:"), dates);

    auto *who = new QHBoxLayout;
    user_ = new QLineEdit(filters_);
    user_->setPlaceholderText(tr("everyone"));
    user_->setClearButtonEnabled(true);
    action_ = new QComboBox(filters_);
    action_->addItem(tr("all"), QString());
    for (const QString &a : actions()) {
        action_->addItem(actionLabel(a), a);
        action_->setItemData(action_->count() - 1, a, Qt::ToolTipRole);
    }
    who->addWidget(user_, 1);
    who->addSpacing(16);
    who->addWidget(new QLabel(tr("Action:"), filters_));
    who->addWidget(action_);
    form->addRow(tr("User:"), who);

    auto *record = new QHBoxLayout;
    kind_ = new QComboBox(filters_);
    kind_->addItem(tr("all"), QString());
    for (const domain::Kind &k : domain::kinds()) {
        kind_->addItem(kindLabel(k), QLatin1String(k.name));
        kind_->setItemData(kind_->count() - 1, QLatin1String(k.name), Qt::ToolTipRole);
    }
    kind_->addItem(tr("Users"), QStringLiteral("user"));
    kind_->setItemData(kind_->count() - 1, QStringLiteral("user"), Qt::ToolTipRole);
    key_ = new QLineEdit(filters_);
    key_->setPlaceholderText(tr("a record's key, exactly (e.g. ST0001)"));
    key_->setClearButtonEnabled(true);
    record->addWidget(kind_);
    record->addSpacing(16);
    record->addWidget(new QLabel(tr("Key:"), filters_));
    record->addWidget(key_, 1);
    form->addRow(tr("Kind:"), record);
    layout->addWidget(filters_);

    reason_ = new QLabel(this);
    reason_->setWordWrap(true);
    reason_->setStyleSheet(QStringLiteral("color: #b00020;"));
    reason_->hide();
    layout->addWidget(reason_);

    model_ = new TextTableModel({{tr("At")},
                                 {tr("User")},
                                 {tr("Action")},
                                 {tr("Kind")},
                                 {tr("Key")},
                                 {tr("Field")},
                                 {tr("Old value")},
                                 {tr("New value")}},
                                this);
    model_->setDisplayFormat(0, localDateTime);
    // Actions, kinds and fields as people name them; the codes stay in the rows and exports.
    model_->setDisplayFormat(2, actionLabel);
    model_->setDisplayFormat(3, kindText);
    model_->setDisplayFormat(5, [](const QStringList &row, const QString &field) {
        const domain::Kind *k = domain::kindByName(row.value(3));
        const int i = k ? k->fieldIndex(field) : -1;
        return i >= 0 ? fieldLabel(*k, i) : field;
    });
    const auto value = [this](const QStringList &row, const QString &v) -> QString {
        const domain::Kind *k = domain::kindByName(row.value(3));
        const int i = k ? k->fieldIndex(row.value(5)) : -1;
        if (i < 0 || v.isEmpty())
            return v;
        const domain::Field &f = k->field(i);
        const bool ja = language_ == Language::Japanese;
        switch (f.type) {
        case domain::FieldType::Code: return codeLabel(*f.codes, v, language_);
        case domain::FieldType::Bool:
            return v == u"1" || v == u"true" ? tr("yes") : v == u"0" || v == u"false" ? tr("no") : v;
        case domain::FieldType::Prefecture:
            if (const codes::Prefecture *p = codes::prefecture(v))
                return QString::fromUtf8(ja ? p->ja : p->en);
            return v;
        case domain::FieldType::Country: return countries::name(v, ja);
        default: return v;
        }
    };
    model_->setDisplayFormat(6, value);
    model_->setDisplayFormat(7, value);
    view_ = new QTableView(this);
    // Column widths from a sample of rows, not from each of thousands.
    view_->horizontalHeader()->setResizeContentsPrecision(200);
    view_->setModel(model_);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    layout->addWidget(view_, 1);

    auto *bottom = new QHBoxLayout;
    count_ = new QLabel(this);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    csv_ = new QPushButton(tr("Export &CSV…"), this);
    xlsx_ = new QPushButton(tr("Export &XLSX…"), this);
    bottom->addWidget(count_);
    bottom->addSpacing(16);
    bottom->addWidget(status_, 1);
    bottom->addWidget(csv_);
    bottom->addWidget(xlsx_);
    layout->addLayout(bottom);

    // Filter as the fields change; typed text once typing pauses.
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(200);
    connect(debounce_, &QTimer::timeout, this, &AuditView::refresh);
    for (QLineEdit *e : {user_, key_})
        connect(e, &QLineEdit::textChanged, debounce_, qOverload<>(&QTimer::start));
    for (QCheckBox *c : {useFrom_, useTo_})
        connect(c, &QCheckBox::toggled, this, &AuditView::refresh);
    for (QDateEdit *d : {from_, to_})
        connect(d, &QDateEdit::dateChanged, debounce_, qOverload<>(&QTimer::start));
    for (QComboBox *c : {kind_, action_})
        connect(c, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(csv_, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("csv")); });
    connect(xlsx_, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("xlsx")); });
    setSession(session_);
}

bool AuditView::allowed() const
{
    return session_.may(auth::Action::AuditLedger);
}

void AuditView::setSession(const auth::Session &session)
{
    session_ = session;
    const bool ok = allowed();
    const QString why = ok ? QString() : whyNot(auth::Action::AuditLedger);
    for (QWidget *w : std::initializer_list<QWidget *>{filters_, view_, csv_, xlsx_}) {
        w->setEnabled(ok);
        w->setToolTip(why);
    }
    reason_->setText(why);
    reason_->setVisible(!ok);
    // The names for the user filter: the users and whoever else the trail names.
    if (ok) {
        QStringList names;
        try {
            for (const auth::UserInfo &u : auth::Users(db_).list())
                names << u.name;
        } catch (const std::exception &) {
            // A database without the users table offers no names.
        }
        names << session_.who();
        names.removeDuplicates();
        auto *completer = new QCompleter(names, user_);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        user_->setCompleter(completer);
    }
    invalidate();
}

void AuditView::invalidate()
{
    // A trail of millions of rows is not read while the window opens or for
    // every save elsewhere, only for the page in front of the user.
    if (isVisible())
        refresh();
    else
        stale_ = true;
}

void AuditView::showEvent(QShowEvent *event)
{
    if (stale_)
        refresh();
    QWidget::showEvent(event);
}

services::AuditQuery AuditView::filter() const
{
    services::AuditQuery f;
    if (useFrom_->isChecked())
        f.from = toDate(from_->date());
    if (useTo_->isChecked())
        f.to = toDate(to_->date());
    f.user = user_->text().trimmed();
    f.kind = kind_->currentData().toString();
    f.key = key_->text().trimmed();
    f.action = action_->currentData().toString();
    return f;
}

void AuditView::refresh()
{
    debounce_->stop();
    stale_ = false;
    rows_.clear();
    qint64 stored = 0;
    if (allowed()) {
        try {
            const services::AuditService audit(db_);
            services::AuditQuery f = filter();
            stored = audit.count(f);
            f.latest = limit_;
            rows_ = audit.entries(f);
            status_->clear();
        } catch (const std::exception &e) {
            status_->setText(QString::fromUtf8(e.what()));
        }
    }
    std::vector<QStringList> shown;
    shown.reserve(rows_.size());
    for (const auto &r : rows_)
        shown.emplace_back(r.begin(), r.end());
    model_->setRows(std::move(shown));
    view_->resizeColumnsToContents();
    const int n = static_cast<int>(rows_.size());
    if (!allowed())
        count_->clear();
    else if (stored > limit_)
        count_->setText(tr("%n row(s) of the newest %1 of %2 entries; narrow the filters to see older ones (an export "
                           "has them all)", nullptr, n)
                            .arg(limit_)
                            .arg(stored));
    else
        count_->setText(tr("%n row(s)", nullptr, n));
    csv_->setEnabled(allowed() && n > 0);
    xlsx_->setEnabled(allowed() && n > 0);
}

bool AuditView::exportTo(const QString &file, const QString &format)
{
    if (!allowed()) {
        status_->setText(whyNot(auth::Action::AuditLedger));
        return false;
    }
    qsizetype n = 0;
    try {
        const auto rows = services::AuditService(db_).entries(filter());
        n = static_cast<qsizetype>(rows.size());
        std::vector<io::XlsxColumn> columns;
        for (const char *c : kCsvColumns)
            columns.push_back({QLatin1String(c)});
        io::writeTableFile(file, format == u"xlsx", QStringLiteral("audit"), columns, rows);
        auth::Users(db_).audit(session_.who(), QStringLiteral("export"), QStringLiteral("audit"), {},
                               QStringLiteral("rows"), {}, QString::number(n));
    } catch (const std::exception &e) {
        status_->setText(tr("Not exported: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refresh(); // the export is in the trail now
    status_->setText(tr("%n row(s) exported to %1", nullptr, static_cast<int>(n)).arg(file));
    return true;
}

void AuditView::exportDialog(const QString &format)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                      QStringLiteral("audit.%1").arg(format),
                                                      QStringLiteral("*.%1").arg(format));
    if (!file.isEmpty())
        exportTo(file, format);
}

} // namespace kakehashi::ui
