#pragma once
// What the command files beside cli_main.cpp share: exit codes, usage errors,
// stdout/stderr, and options taken out of the arguments one by one.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakehashi::cli {

enum Exit { Ok = 0, Refused = 1, Usage = 2, Auth = 3 };

// A usage error (exit 2); the caller prints the message.
struct BadUsage
{
    QString message;
};

// One line on stderr; control characters from names are shown as '?'.
void err(const QString &text);
void out(const QByteArray &bytes);

// Options taken out of the arguments one by one; what is left must be empty (done()).
class Options
{
public:
    explicit Options(QStringList args) : rest_(std::move(args)) {}

    // `--name VALUE` or `--name=VALUE` (or `alias VALUE`), taken out; nullopt when absent.
    std::optional<QString> take(const QString &name, const QString &alias = {});
    // The same, trimmed, and a usage error when absent or empty.
    QString required(const QString &name, const QString &what);
    // The value as given; a usage error ("missing --name") when absent.
    QString need(const QString &name);
    bool flag(const QString &name) { return rest_.removeAll(name) > 0; }
    // The next argument that is not an option; nullopt, or a usage error naming `what`.
    std::optional<QString> positional();
    QString positional(const QString &what);
    // A usage error for anything left over.
    void done() const;

private:
    QStringList rest_;
};

} // namespace kakehashi::cli
