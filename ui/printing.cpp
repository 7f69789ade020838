#include "printing.h"

#include "services/output.h"

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
    const std::optional<QString> error = services::writeOutput(file, [&](const QString &temporary) {
        printer.setOutputFileName(temporary);
        document.print(&printer);
    });
    printer.setOutputFileName(file);
    if (error) {
        QMessageBox::warning(parent, QCoreApplication::translate("kakehashi::ui", "Not printed"), *error);
        return false;
    }
    return true;
}

} // namespace kakehashi::ui
