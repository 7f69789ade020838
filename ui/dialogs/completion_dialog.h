#pragma once
// The completion report (実績報告) of a fiscal year for the fund (issue 14,
// item 5): choose the year, see its totals from the ledger (net of reversals),
// and save it as PDF, XLSX or CSV.
#include "language.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class CompletionDialog final : public QDialog
{
    Q_OBJECT

public:
    CompletionDialog(storage::Database &db, Language language, QString madeBy, QWidget *parent = nullptr);

    void setFiscalYear(int fy);
    // "FY2025: 2 internship(s), 6 day(s), ¥42,000 paid (ledger, net of reversals)".
    QString summary() const;
    // Writes the report; format pdf, xlsx or csv. Returns the refusal's message, empty when written.
    QString save(const QString &file, const QString &format);

private:
    void refresh();
    void saveDialog(const QString &format);

    storage::Database &db_;
    Language language_;
    QString madeBy_;
    QSpinBox *fy_ = nullptr;
    QLabel *era_ = nullptr;
    QLabel *summary_ = nullptr;
};

} // namespace kakehashi::ui
