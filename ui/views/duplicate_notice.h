#pragma once
// A non-blocking warning under a student's or company's form (issue 15, item
// 4): while the record is typed, the stored records it is likely a duplicate of
// (services::Privacy::duplicatesOf: the same rules as `kakehashi-cli
// duplicates` and the import's warnings), each with its name and the reason.
// It never stops a save; hidden for other kinds and when there is none.
#include "domain/kinds.h"

#include <QLabel>
#include <QStringList>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class DuplicateNotice final : public QLabel
{
    Q_OBJECT

public:
    DuplicateNotice(storage::Database &db, const domain::Kind &kind, QWidget *parent = nullptr);
    // The form's texts, one per field of the kind. Returns the number of likely duplicates shown.
    int check(const QStringList &texts);
    QStringList others() const { return others_; } // the keys named, in order

private:
    storage::Database &db_;
    const domain::Kind &kind_;
    QStringList others_;
};

} // namespace kakehashi::ui
