#include "hw/types.h"

namespace pagelab {

std::string_view toString(PagingMode m)
{
    switch (m) {
    case PagingMode::Bits32: return "32bit";
    case PagingMode::Pae: return "pae";
    case PagingMode::Level4: return "4level";
    case PagingMode::Level5: return "5level";
    }
    return "?";
}

std::string_view toString(AccessOp op)
{
    switch (op) {
    case AccessOp::Read: return "read";
    case AccessOp::Write: return "write";
    case AccessOp::Fetch: return "fetch";
    }
    return "?";
}

std::string_view toString(Privilege p)
{
    switch (p) {
    case Privilege::User: return "user";
    case Privilege::Supervisor: return "supervisor";
    }
    return "?";
}

std::string_view toString(PageSize s)
{
    switch (s) {
    case PageSize::Size4K: return "4K";
    case PageSize::Size2M: return "2M";
    case PageSize::Size4M: return "4M";
    case PageSize::Size1G: return "1G";
    }
    return "?";
}

} // namespace pagelab
