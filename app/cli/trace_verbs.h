// The trace verbs of pagelab-cli: replay, mrc, workload (trace_verbs.cpp).
#pragma once

#include <string>
#include <vector>

namespace pagelab::cli {

// Each takes the arguments after the verb and returns the exit status (0 ok, 1 a runtime
// error such as a malformed trace line, 2 bad usage).
int replayVerb(const std::vector<std::string>& args);
int mrcVerb(const std::vector<std::string>& args);
int workloadVerb(const std::vector<std::string>& args);

} // namespace pagelab::cli
