// Small vocabulary of the kernel: errno names, the top of user space, signal names.
#include "kernel/kernel.h"

namespace pagelab::kernel {

std::string_view err::name(int e)
{
    switch (e) {
    case 0: return "OK";
    case kEPERM: return "EPERM";
    case kENOENT: return "ENOENT";
    case kEBADF: return "EBADF";
    case kENOMEM: return "ENOMEM";
    case kEACCES: return "EACCES";
    case kEFAULT: return "EFAULT";
    case kEEXIST: return "EEXIST";
    case kENODEV: return "ENODEV";
    case kEINVAL: return "EINVAL";
    case kENOSPC: return "ENOSPC";
    case kEOVERFLOW: return "EOVERFLOW";
    default: return "EUNKNOWN";
    }
}

// TASK_SIZE_MAX (arch/x86/include/asm/page_64_types.h): one guard page below the top of the
// lower canonical half, so that no user object ends at the non-canonical hole. 32-bit and PAE
// kernels use the 3G/1G split (PAGE_OFFSET = 0xC0000000).
VAddr taskSizeMax(PagingMode mode)
{
    switch (mode) {
    case PagingMode::Bits32:
    case PagingMode::Pae: return 0xC000'0000ull;
    case PagingMode::Level4: return (u64 { 1 } << 47) - kPageSize;
    case PagingMode::Level5: return (u64 { 1 } << 56) - kPageSize;
    }
    return (u64 { 1 } << 47) - kPageSize;
}

std::string_view toString(Signal s)
{
    switch (s) {
    case Signal::None: return "none";
    case Signal::Segv: return "SIGSEGV";
    case Signal::Bus: return "SIGBUS";
    case Signal::Kill: return "SIGKILL";
    }
    return "?";
}

} // namespace pagelab::kernel
