#include "printing.h"

#include "storage/output_file.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrinter>
#include <QTextDocument>

#include <optional>

namespace kakehashi::ui {

bool printDocument(QTextDocument &document, QPrinter &printer, QWidget *parent)
{
    const QString file = printer.outputFileName();
    if (file.isEmpty()) {
        document.print(&printer);
        return true;
    }
    try {
        storage::OutputFile out(file);
        printer.setOutputFileName(out.path());
        document.print(&printer);
        printer.setOutputFileName(file);
        out.commit();
        return true;
    } catch (const storage::OutputError &e) {
        printer.setOutputFileName(file);
        QMessageBox::warning(parent, QCoreApplication::translate("kakehashi::ui", "Not printed"), e.message());
        return false;
    }
}

} // namespace kakehashi::ui
