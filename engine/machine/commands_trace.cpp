// Handlers of traces and workloads: trace, workload (issue 4).
#include "machine/interpreter.h"

namespace pagelab {

const std::vector<std::pair<std::string, CommandHandler>>& traceCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {};
    return table;
}

} // namespace pagelab
