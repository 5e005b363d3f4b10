#include "common/engine_message.h"

#include <QCoreApplication>

namespace pagelab::ui {

QString translatedMessage(const char* context, const Message& message)
{
    std::vector<std::string> args = message.args;
    for (std::size_t k = 0; k < message.parts.size() && k < message.partSlots.size(); ++k)
        if (message.partSlots[k] < args.size())
            args[message.partSlots[k]] = translatedMessage(context, message.parts[k]).toStdString();
    const QString templ = QCoreApplication::translate(context, message.key);
    return QString::fromStdString(substitute(templ.toStdString(), args));
}

} // namespace pagelab::ui
