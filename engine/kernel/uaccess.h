// The user-space access API (include/linux/uaccess.h, lib/usercopy.c, lib/strnlen_user.c,
// lib/strncpy_from_user.c, arch/x86/lib/usercopy_64.c): what one call returned and what it
// went through, and the kernel-side buffer the lesson syscalls copy to and from.
#pragma once

#include "hw/types.h"

#include <optional>
#include <string>
#include <vector>

namespace pagelab::kernel {

// getname(): PATH_MAX (include/uapi/linux/limits.h) and the errno it adds.
constexpr u64 kPathMax = 4096;
constexpr int kENAMETOOLONG = 36;

// The outcome of one uaccess routine run by the kernel for a process.
struct UaccessResult {
    i64 ret = 0;
    u64 value = 0;        // get_user: the value read (0 after a fault)
    std::vector<u8> data; // copy_from_user: the whole kernel buffer; strncpy_from_user: dst
    bool accessOk = true; // false: access_ok refused the range, nothing was touched
    bool fixup = false;   // an unresolvable fault went to the exception-table fixup
    // The first #PF the routine took (on a user address), and what the handler did with it.
    std::optional<u32> faultErrorCode;
    VAddr cr2 = 0;
    bool faultResolved = false;
    std::string faultKind; // "demand-zero", "cow-copy", "no-vma", ...
    // A kernel dereference with no exception-table entry that faulted beyond repair: the
    // oops text as page_fault_oops() prints it (kderef only).
    std::string oops;
};

// A character device with a kernel buffer (a "scull"-like driver): write() replaces its
// contents with copy_from_user, read() returns them with copy_to_user.
struct CharDevice {
    static constexpr u64 kCapacity = 4096;
    std::vector<u8> data;
};

} // namespace pagelab::kernel
