// Handlers of reclaim and swap: swapon, swapoff, reclaim (issue 4).
#include "machine/interpreter.h"

namespace pagelab {

const std::vector<std::pair<std::string, CommandHandler>>& reclaimCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {};
    return table;
}

} // namespace pagelab
