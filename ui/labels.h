#pragma once
// The names people read for the kinds of record and their fields, in the ui's
// language (the files and the command line keep the codes of FORMATS.md §1).
#include <QString>

namespace kakehashi::domain {
struct Kind;
}

namespace kakehashi::ui {

// "Students" / 留学生
QString kindLabel(const domain::Kind &kind);
// "student" / 留学生, for "New student"
QString recordLabel(const domain::Kind &kind);
// "Family name" / 姓
QString fieldLabel(const domain::Kind &kind, int field);

} // namespace kakehashi::ui
