#pragma once
// One person's data (services::Privacy::disclosureJson) as an A4 PDF: a heading,
// the student's record first, each table's rows as field-value tables, the audit
// trail last; Japanese headings with `japanese`. Used by `kakehashi-cli disclose
// --format pdf` and the student form's "Export this person's data".
#include <QByteArray>
#include <QString>

namespace kakehashi::render {

void disclosurePdf(const QByteArray &json, const QString &file, bool japanese);

} // namespace kakehashi::render
