// Handlers of the user-space access API (issue 5).
#include "machine/interpreter.h"

namespace pagelab {

const std::vector<std::pair<std::string, CommandHandler>>& uaccessCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {};
    return table;
}

} // namespace pagelab
