// Handlers of pinning: mlock, munlock, mlockall, munlockall (issue 4).
#include "machine/interpreter.h"

namespace pagelab {

const std::vector<std::pair<std::string, CommandHandler>>& mlockCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {};
    return table;
}

} // namespace pagelab
