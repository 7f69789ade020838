#pragma once
// Reports for the ministries: choose the report, the fiscal year (shown in the
// Japanese era too) and the grouping; see the table and a chart; preview, print,
// or export to PDF, HTML, CSV or XLSX.
#include "language.h"
#include "reports/report_table.h"

#include <QDialog>
#include <QImage>
#include <QPageLayout>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTextDocument;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

// A report grouping (--by) as people name it: 国籍 / Nationality for "nationality".
QString groupingLabel(const QString &by, bool japanese);

class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(storage::Database &db, Language language, QWidget *parent = nullptr);

    // report: placement, employment, programme, subsidy.
    void choose(const QString &report, int fiscalYear, const QString &by = QStringLiteral("none"));
    const reports::ReportTable &table() const { return table_; }
    TextTableModel *model() const { return model_; }
    QChartView *chart() const { return chart_; }
    bool exportTo(const QString &file, const QString &format);
    // The report as an HTML file: the consortium's name, the table, the chart
    // (a data: URL), the definition and the made-on date in both calendars.
    QString html() const;
    // The chart as the dialog shows it, drawn for paper (white, twice the screen's pixels).
    QImage chartImage() const;
    // The report as printed and previewed: A4, landscape for a wide table, the chart in it.
    void fillDocument(QTextDocument &doc) const;
    QPageLayout::Orientation orientation() const;

    // A group as the table and chart show it: a country's, school's or code's name.
    QString groupName(const QString &code) const;

private:
    void refresh();
    void updateGroupings();
    void updateChart();
    void preview();
    void print();
    void exportDialog(const QString &format);

    storage::Database &db_;
    Language language_;
    QComboBox *report_ = nullptr;
    QSpinBox *fy_ = nullptr;
    QLabel *era_ = nullptr;
    QComboBox *by_ = nullptr;
    QTableView *view_ = nullptr;
    TextTableModel *model_ = nullptr;
    QChartView *chart_ = nullptr;
    QLabel *definition_ = nullptr;
    reports::ReportTable table_;
};

} // namespace kakehashi::ui
