#pragma once
// Printing through Qt's print dialog, which may print to a PDF file: that file
// is an output like any other (storage::OutputFile) — never the open database,
// written whole or not at all, readable by its owner only.
class QPrinter;
class QTextDocument;
class QWidget;

namespace kakehashi::ui {

// Prints the document; false (with a message to the user) when the chosen file is refused.
bool printDocument(QTextDocument &document, QPrinter &printer, QWidget *parent);

} // namespace kakehashi::ui
