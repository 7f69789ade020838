#include "views/advisor_view.h"

#include "auth/auth.h"
#include "domain/codes.h"
#include "models/text_table_model.h"
#include "reports/matching.h"
#include "reports/visa_risk.h"
#include "services/matching.h"
#include "services/record_names.h"
#include "services/visa.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

QTableView *table(TextTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

Date today()
{
    return boost::gregorian::day_clock::local_day();
}

} // namespace

AdvisorView::AdvisorView(storage::Database &db, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , language_(language)
{
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    // The advisor.
    auto *advisor = new QWidget(tabs);
    auto *a = new QVBoxLayout(advisor);
    auto *row = new QHBoxLayout;
    student_ = new QLineEdit(advisor);
    student_->setPlaceholderText(tr("Student number, then Enter"));
    senmonshi_ = new QCheckBox(tr("Holds the 専門士 title"), advisor);
    senmonshi_->setEnabled(false);
    row->addWidget(new QLabel(tr("Student:"), advisor));
    row->addWidget(student_, 1);
    row->addWidget(senmonshi_);
    a->addLayout(row);
    studentInfo_ = new QLabel(advisor);
    studentInfo_->setWordWrap(true);
    a->addWidget(studentInfo_);
    advice_ = new TextTableModel({{tr("Verdict")}, {tr("Residence status")}, {tr("Rule")}, {tr("Why")}}, this);
    a->addWidget(table(advice_, advisor), 1);
    auto *note = new QLabel(tr("This is advice, not a decision: the Immigration Services Agency decides. The rules are "
                               "data an administrator keeps up to date (kakehashi-cli advisor rules)."),
                            advisor);
    note->setWordWrap(true);
    a->addWidget(note);
    a->addWidget(new QLabel(tr("Students at risk of no work status after graduating:"), advisor));
    risk_ = new TextTableModel({{tr("Group")}, {tr("Student no.")}, {tr("Name")}, {tr("Field")}, {tr("Why")}}, this);
    auto *riskView = table(risk_, advisor);
    a->addWidget(riskView, 1);
    tabs->addTab(advisor, tr("Work-visa advisor"));
    connect(student_, &QLineEdit::returnPressed, this, [this] { showStudent(student_->text().trimmed()); });
    connect(riskView, &QTableView::activated, this,
            [this](const QModelIndex &i) { showStudent(risk_->row(i.row()).at(1)); });
    connect(senmonshi_, &QCheckBox::toggled, this, [this](bool on) {
        if (student_->text().isEmpty())
            return;
        try {
            services::VisaService(db_).setSenmonshi(session_, student_->text().trimmed(), on);
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Not saved"), e.message());
        }
        showStudent(student_->text().trimmed());
        refreshRisk();
    });

    // Matching.
    auto *matching = new QWidget(tabs);
    auto *m = new QVBoxLayout(matching);
    auto *mrow = new QHBoxLayout;
    company_ = new QComboBox(matching);
    company_->setEditable(true);
    company_->setInsertPolicy(QComboBox::NoInsert);
    const services::RecordNames store(db_);
    const auto &companies = domain::kind(domain::KindId::Companies);
    store.forEach(companies, [&](const domain::Values &v) {
        const QString markets = v[static_cast<size_t>(companies.fieldIndex(QLatin1String("overseas_markets")))].toString();
        if (!markets.isEmpty())
            company_->addItem(QStringLiteral("%1 — %2 (%3)").arg(v[0].toString(), v[1].toString(), markets), v[0]);
    });
    auto *introduce = introduce_ = new QPushButton(tr("Record &introduction"), matching);
    introduce->setToolTip(tr("Records a counselling event (STEP 2) with the company and the selected student"));
    mrow->addWidget(new QLabel(tr("Company:"), matching));
    mrow->addWidget(company_, 1);
    mrow->addWidget(introduce);
    m->addLayout(mrow);
    matches_ = new TextTableModel({{tr("Student no.")}, {tr("Name")}, {tr("Nationality")}, {tr("JLPT")},
                                   {tr("Stage")}, {tr("School")}},
                                  this);
    matchView_ = table(matches_, matching);
    m->addWidget(matchView_, 1);
    matchStatus_ = new QLabel(matching);
    m->addWidget(matchStatus_);
    tabs->addTab(matching, tr("Matching (STEP 2)"));
    connect(company_, &QComboBox::activated, this,
            [this](int index) { showCompany(company_->itemData(index).toString()); });
    connect(introduce, &QPushButton::clicked, this, &AdvisorView::introduceSelected);

}

void AdvisorView::showEvent(QShowEvent *event)
{
    // The risk list reads every student: worked out when the page is first shown,
    // not while the window opens.
    if (!loaded_) {
        loaded_ = true;
        refreshRisk();
        if (company_->count() > 0)
            showCompany(company_->itemData(0).toString());
    }
    QWidget::showEvent(event);
}

void AdvisorView::setSession(const auth::Session &session)
{
    session_ = session;
    mayEdit_ = session.may(auth::Action::Edit);
    introduce_->setEnabled(mayEdit_);
    introduce_->setToolTip(mayEdit_ ? tr("Records a counselling event (STEP 2) with the company and the selected student")
                                    : whyNot(auth::Action::Edit));
    senmonshi_->setToolTip(mayEdit_ ? QString() : whyNot(auth::Action::Edit));
}

void AdvisorView::showStudent(const QString &studentNo)
{
    student_->setText(studentNo);
    const auto a = reports::adviseStudent(db_, studentNo, today());
    std::vector<QStringList> rows;
    if (!a) {
        studentInfo_->setText(tr("No student with number “%1”.").arg(studentNo));
        advice_->setRows({});
        senmonshi_->setEnabled(false);
        return;
    }
    studentInfo_->setText(tr("%1 %2 · %3 · field “%4” (pattern %5) · JLPT %6")
                              .arg(a->studentNo, a->name, codeLabel(codes::kSchoolType, a->facts.schoolType, language_),
                                   a->facts.field)
                              .arg(a->fieldPattern)
                              .arg(a->facts.jlpt.isEmpty() ? QStringLiteral("-") : a->facts.jlpt));
    {
        const QSignalBlocker block(senmonshi_);
        senmonshi_->setChecked(a->facts.senmonshi);
        senmonshi_->setEnabled(mayEdit_);
    }
    for (const rules::Advice &x : a->advice)
        rows.push_back({x.verdict == u"candidate" ? tr("candidate") : x.verdict == u"warning" ? tr("warning") : tr("barrier"),
                        x.status.isEmpty() ? QString() : codeLabel(codes::kResidenceStatus, x.status, language_), x.ruleNo,
                        language_ == Language::Japanese ? x.messageJa : x.messageEn});
    advice_->setRows(std::move(rows));
}

void AdvisorView::refreshRisk()
{
    std::vector<QStringList> rows;
    for (const reports::StudentAdvice &a : reports::studentsAtRisk(db_, today())) {
        QStringList why;
        for (const rules::Advice &x : a.advice)
            if (x.verdict != u"candidate")
                why << (language_ == Language::Japanese ? x.messageJa : x.messageEn);
        rows.push_back({a.riskGroup, a.studentNo, a.name, a.facts.field, why.join(QStringLiteral(" / "))});
    }
    risk_->setRows(std::move(rows));
}

void AdvisorView::showCompany(const QString &companyCode)
{
    const int index = company_->findData(companyCode);
    if (index >= 0)
        company_->setCurrentIndex(index);
    std::vector<QStringList> rows;
    for (const reports::StudentMatch &s : reports::studentsForCompany(db_, companyCode))
        rows.push_back({s.studentNo, s.name, s.nationality, s.jlpt, s.stage, s.schoolCode});
    matchStatus_->setText(tr("%n student(s) from the company's overseas markets, not yet employed", nullptr,
                             static_cast<int>(rows.size())));
    matches_->setRows(std::move(rows));
}

QString AdvisorView::introduceSelected()
{
    const QModelIndexList selected = matchView_->selectionModel()->selectedRows();
    const QString company = company_->currentData().toString();
    if (selected.isEmpty() || company.isEmpty()) {
        QMessageBox::information(this, tr("Record introduction"), tr("Choose a student in the list first."));
        return {};
    }
    const QString student = matches_->row(selected.front().row()).front();
    try {
        const QString event = services::recordIntroduction(db_, session_, company, student, today());
        matchStatus_->setText(tr("Introduction recorded as event %1.").arg(event));
        return event;
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Not recorded"), QString::fromUtf8(e.what()));
        return {};
    }
}

} // namespace kakehashi::ui
