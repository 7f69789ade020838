#include "dialogs/report_dialog.h"
#include "printing.h"

#include "calendar/fiscal.h"
#include "dialogs/first_start_dialog.h"
#include "pdf.h"
#include "io/exporter.h"
#include "models/text_table_model.h"
#include "report_document.h"
#include "reports/html.h"
#include "reports/reports.h"
#include "services/record_names.h"

#include <QBarCategoryAxis>
#include <QBuffer>
#include <QPainter>
#include <QUrl>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QValueAxis>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

// The groupings as people name them (the command line's --by codes as tooltips).
struct Grouping
{
    const char *code;
    const char *en;
    const char *ja;
};

const Grouping kGroupings[] = {
    {"nationality", "Nationality", "国籍"},
    {"school", "School", "学校"},
    {"school-type", "School type", "学校種別"},
    {"programme", "Programme", "プログラム"},
    {"prefecture", "Prefecture", "都道府県"},
    {"industry", "Industry", "業種"},
    {"company-size", "Company size", "企業規模"},
    {"sme", "SME or not", "中小企業区分"},
    {"job-category", "Job category", "職種"},
    {"salary", "Monthly salary", "月給"},
    {"residence-status", "Residence status", "在留資格"},
    {"country", "Country of work", "就職先の国"},
};

} // namespace

QString groupingLabel(const QString &by, bool japanese)
{
    for (const Grouping &g : kGroupings)
        if (by == QLatin1String(g.code))
            return japanese ? QString::fromUtf8(g.ja) : QString::fromUtf8(g.en);
    return by;
}

ReportDialog::ReportDialog(storage::Database &db, Language language, QWidget *parent)
    : QDialog(parent)
    , db_(db)
    , language_(language)
{
    setWindowTitle(tr("Reports"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    report_ = new QComboBox(this);
    report_->addItem(tr("Placement (placement rate)"), QStringLiteral("placement"));
    report_->addItem(tr("Employment (where they work)"), QStringLiteral("employment"));
    report_->addItem(tr("Programme summary for METI/MEXT"), QStringLiteral("programme"));
    report_->addItem(tr("Subsidy paid by month"), QStringLiteral("subsidy"));
    fy_ = new QSpinBox(this);
    fy_->setRange(2007, 2099);
    fy_->setPrefix(tr("FY"));
    const QDate today = QDate::currentDate();
    fy_->setValue(today.month() >= 4 ? today.year() : today.year() - 1);
    era_ = new QLabel(this);
    by_ = new QComboBox(this);
    auto *reportLabel = new QLabel(tr("&Report:"), this);
    reportLabel->setBuddy(report_);
    auto *byLabel = new QLabel(tr("&Group by:"), this);
    byLabel->setBuddy(by_);
    top->addWidget(reportLabel);
    top->addWidget(report_, 1);
    top->addWidget(fy_);
    top->addWidget(era_);
    top->addWidget(byLabel);
    top->addWidget(by_);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    model_ = new TextTableModel({}, this);
    view_ = new QTableView(split);
    view_->horizontalHeader()->setStretchLastSection(true);
    chart_ = new QChartView(split);
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumHeight(260);
    split->addWidget(view_);
    split->addWidget(chart_);
    layout->addWidget(split, 1);
    definition_ = new QLabel(this);
    definition_->setWordWrap(true);
    layout->addWidget(definition_);

    auto *buttons = new QHBoxLayout;
    auto *previewButton = new QPushButton(tr("Pre&view…"), this);
    auto *printButton = new QPushButton(tr("&Print…"), this);
    buttons->addWidget(previewButton);
    buttons->addWidget(printButton);
    buttons->addStretch(1);
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv"),
                                  QStringLiteral("xlsx")}) {
        auto *b = new QPushButton(tr("Export %1…").arg(format.toUpper()), this);
        connect(b, &QPushButton::clicked, this, [this, format] { exportDialog(format); });
        buttons->addWidget(b);
    }
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(report_, &QComboBox::currentIndexChanged, this, [this] {
        updateGroupings();
        refresh();
    });
    connect(fy_, &QSpinBox::valueChanged, this, &ReportDialog::refresh);
    connect(by_, &QComboBox::currentIndexChanged, this, &ReportDialog::refresh);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    updateGroupings();
    refresh();
    resize(1000, 720);
}

void ReportDialog::choose(const QString &report, int fiscalYear, const QString &by)
{
    report_->setCurrentIndex(std::max(0, report_->findData(report)));
    fy_->setValue(fiscalYear);
    by_->setCurrentIndex(std::max(0, by_->findData(by)));
    refresh();
}

void ReportDialog::updateGroupings()
{
    const QSignalBlocker block(by_);
    by_->clear();
    const QString report = report_->currentData().toString();
    const QStringList groupings = report == u"placement"    ? reports::placementGroupings()
                                  : report == u"employment" ? reports::employmentGroupings()
                                                            : QStringList{QStringLiteral("none")};
    for (const QString &g : groupings) {
        by_->addItem(g == u"none" ? tr("(none)") : groupingLabel(g, language_ == Language::Japanese), g);
        by_->setItemData(by_->count() - 1, g, Qt::ToolTipRole);
    }
    by_->setEnabled(groupings.size() > 1);
}

void ReportDialog::refresh()
{
    const QString report = report_->currentData().toString();
    const int fy = fy_->value();
    const QString by = by_->currentData().toString();
    era_->setText(language_ == Language::Japanese ? calendar::eraFiscalYear(fy) : calendar::eraFiscalYearEn(fy));
    if (report == u"placement")
        table_ = reports::placementReport(db_, fy, by);
    else if (report == u"employment")
        table_ = reports::employmentReport(db_, fy, by);
    else if (report == u"programme")
        table_ = reports::programmeReport(db_, fy);
    else
        table_ = reports::subsidyReport(db_, fy);

    const bool ja = language_ == Language::Japanese;
    std::vector<TextTableModel::Column> columns;
    for (const reports::ReportColumn &c : table_.columns)
        columns.push_back({ja ? c.headingJa : c.headingEn, c.numeric});
    auto *model = new TextTableModel(columns, this);
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (QStringList r : table_.rows) {
        QStringList tip;
        if (table_.columns.front().code == u"group") {
            tip << r[0];
            r[0] = groupName(r[0]);
        }
        rows.push_back(r);
        tips.push_back(tip);
    }
    model->setRows(std::move(rows));
    model->setToolTips(std::move(tips));
    view_->setModel(model);
    delete model_;
    model_ = model;
    view_->resizeColumnsToContents();
    definition_->setText(ja ? table_.definitionJa : table_.definitionEn);
    updateChart();
}

void ReportDialog::updateChart()
{
    const bool ja = language_ == Language::Japanese;
    auto *chart = new QChart;
    chart->legend()->setVisible(false);
    auto *set = new QBarSet(QString());
    QStringList categories;
    QString valueTitle;
    const QString report = table_.code;
    if (report == u"placement" && table_.by == u"none") {
        // Placement rate by fiscal year: this year and the nine before.
        for (int fy = table_.fiscalYear - 9; fy <= table_.fiscalYear; ++fy) {
            const QString rate = reports::placementReport(db_, fy).rows.back()[7];
            categories << (ja ? calendar::eraFiscalYear(fy) : QStringLiteral("FY%1").arg(fy));
            *set << (rate.isEmpty() ? 0.0 : rate.toDouble());
        }
        chart->setTitle(tr("Placement rate by fiscal year (%)"));
        valueTitle = QStringLiteral("%");
    } else if (report == u"placement") {
        for (const QStringList &r : table_.rows)
            if (r[0] != u"total") {
                categories << groupName(r[0]);
                *set << (r[7].isEmpty() ? 0.0 : r[7].toDouble());
            }
        chart->setTitle(tr("Placement rate by %1 (%)").arg(groupingLabel(table_.by, ja)));
        valueTitle = QStringLiteral("%");
    } else if (report == u"employment") {
        for (const QStringList &r : table_.rows)
            if (r[0] != u"total" || table_.rows.size() == 1) {
                categories << groupName(r[0]);
                *set << r[1].toDouble();
            }
        chart->setTitle(tr("Employed students by %1").arg(groupingLabel(table_.by, ja)));
    } else if (report == u"subsidy") {
        for (const QStringList &r : table_.rows)
            if (r[0] != u"total") {
                categories << r[0];
                *set << r[3].toDouble();
            }
        chart->setTitle(tr("Subsidy paid by month (¥)"));
    }
    if (!categories.isEmpty()) {
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setTitleText(valueTitle);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        if (valueTitle == u"%")
            y->setRange(0, 100);
        else
            y->applyNiceNumbers();
    } else {
        delete set;
    }
    QChart *old = chart_->chart();
    chart_->setChart(chart);
    delete old;
    chart_->setVisible(!categories.isEmpty());
}

QString ReportDialog::groupName(const QString &code) const
{
    const bool ja = language_ == Language::Japanese;
    if (table_.by == u"school" && code != u"total" && code != u"unknown")
        if (const QString name = services::RecordNames(db_).displayName(*domain::kindByName(u"schools"), code);
            !name.isEmpty())
            return name;
    // The label alone where there is one ("中国", not "CN 中国"); the code is the tooltip.
    const QString label = reports::groupLabel(table_.by, code, ja);
    return label.startsWith(code + QLatin1Char(' ')) ? label.mid(code.size() + 1) : label;
}

namespace {

const QString kChartResource = QStringLiteral("chart.png");

// The chart's width on paper (document pixels: 96 to the inch), within the page's text width.
int chartWidthOnPaper(QPageLayout::Orientation o)
{
    return o == QPageLayout::Landscape ? 640 : 600;
}

} // namespace

QPageLayout::Orientation ReportDialog::orientation() const
{
    return render::reportOrientation(table_);
}

QImage ReportDialog::chartImage() const
{
    QChart *chart = chart_->chart();
    if (!chart_->isVisibleTo(this) || !chart || chart->series().isEmpty())
        return {};
    // Drawn at a paper-like size whatever the window's (and when it was never
    // shown), so that the text keeps its proportions; twice the pixels for print.
    const QSizeF paper(900, 420);
    const QRectF saved = chart->geometry();
    chart->setGeometry(QRectF(QPointF(0, 0), paper));
    QImage image((paper * 2).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), paper * 2), QRectF(QPointF(0, 0), paper));
    }
    chart->setGeometry(saved);
    return image;
}

QString ReportDialog::html() const
{
    reports::ReportHead head;
    head.consortium = consortiumName();
    const QImage chart = chartImage();
    if (!chart.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart.save(&buffer, "PNG");
        head.chartSrc = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        head.chartWidth = chartWidthOnPaper(orientation());
    }
    return reports::reportHtml(table_, language_ == Language::Japanese, QDateTime::currentDateTime(),
                               qEnvironmentVariable("USER"), head);
}

void ReportDialog::fillDocument(QTextDocument &doc) const
{
    reports::ReportHead head;
    head.consortium = consortiumName();
    const QImage chart = chartImage();
    if (!chart.isNull()) {
        doc.addResource(QTextDocument::ImageResource, QUrl(kChartResource), chart);
        head.chartSrc = kChartResource;
        head.chartWidth = chartWidthOnPaper(orientation());
    }
    doc.setDefaultFont(render::documentFont());
    doc.setHtml(reports::reportHtml(table_, language_ == Language::Japanese, QDateTime::currentDateTime(),
                                    qEnvironmentVariable("USER"), head));
}

void ReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation());
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        QTextDocument doc;
        fillDocument(doc);
        doc.print(p);
    });
    dialog.exec();
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    fillDocument(doc);
    printDocument(doc, printer, this);
}

bool ReportDialog::exportTo(const QString &file, const QString &format)
{
    const bool ja = language_ == Language::Japanese;
    try {
        if (format == u"pdf") {
            reports::ReportHead head;
            head.consortium = consortiumName();
            head.chartSrc = kChartResource;
            head.chartWidth = chartWidthOnPaper(orientation());
            render::writeReportPdf(file, table_, ja, QDateTime::currentDateTime(), qEnvironmentVariable("USER"), head,
                                   chartImage());
            return true;
        }
        QByteArray bytes;
        if (format == u"html") {
            bytes = html().toUtf8();
        } else {
            // Headings in the spreadsheet, the codes of FORMATS.md in the CSV.
            std::vector<io::XlsxColumn> columns;
            for (const reports::ReportColumn &c : table_.columns)
                columns.push_back({format == u"xlsx" ? (ja ? c.headingJa : c.headingEn) : c.code, c.numeric});
            std::vector<std::vector<QString>> rows;
            for (const QStringList &r : table_.rows)
                rows.emplace_back(r.begin(), r.end());
            io::writeTableFile(file, format == u"xlsx", table_.code, columns, rows);
            return true;
        }
        io::writeFile(file, bytes);
        return true;
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Not exported"), QString::fromUtf8(e.what()));
        return false;
    }
}

void ReportDialog::exportDialog(const QString &format)
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the report"), QStringLiteral("%1-fy%2.%3").arg(table_.code).arg(table_.fiscalYear).arg(format),
        QStringLiteral("*.%1").arg(format));
    if (!file.isEmpty())
        exportTo(file, format);
}

} // namespace kakehashi::ui
