#pragma once
// The base of the errors core reports to people: a message to show as it is.
#include <QString>

#include <stdexcept>

namespace kakehashi {

class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message) : std::runtime_error(message.toStdString()), message_(message) {}
    const QString &message() const { return message_; }

private:
    QString message_;
};

} // namespace kakehashi
