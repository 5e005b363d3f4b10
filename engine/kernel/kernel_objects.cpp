// Files with a page cache, POSIX shm objects (tmpfs), device memory mapped by a driver with
// remap_pfn_range, and writeback (msync, sync).
#include "kernel/kernel.h"

#include "hw/paging_entry.h"

#include <algorithm>
#include <stdexcept>

namespace pagelab::kernel {

namespace {

void fillPattern(std::vector<u8>& bytes, const std::vector<u8>& fill)
{
    if (fill.empty())
        return; // zeros
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = fill[i % fill.size()];
}

} // namespace

File* Kernel::findFile(std::string_view name)
{
    for (auto& f : files_)
        if (f->name == name)
            return f.get();
    return nullptr;
}

ShmObject* Kernel::findShm(std::string_view name)
{
    // An unlinked object is gone from the name space (it lives on while mapped).
    for (auto& s : shms_)
        if (!s->unlinked && s->name == name)
            return s.get();
    return nullptr;
}

Device* Kernel::findDevice(std::string_view name)
{
    for (auto& d : devices_)
        if (d->name == name)
            return d.get();
    return nullptr;
}

File* Kernel::fileById(u32 id)
{
    for (auto& f : files_)
        if (f->id == id)
            return f.get();
    return nullptr;
}

ShmObject* Kernel::shmById(u32 id)
{
    for (auto& s : shms_)
        if (s->id == id)
            return s.get();
    return nullptr;
}

Device* Kernel::deviceById(u32 id)
{
    for (auto& d : devices_)
        if (d->id == id)
            return d.get();
    return nullptr;
}

SysResult Kernel::createFile(const std::string& name, u64 size, const std::vector<u8>& fill)
{
    if (name.empty())
        return { err::kEINVAL };
    if (findFile(name))
        return { err::kEEXIST }; // open(O_CREAT | O_EXCL)
    auto f = std::make_unique<File>();
    f->id = nextObjectId_++;
    f->name = name;
    f->size = size;
    f->disk.assign(size, 0);
    fillPattern(f->disk, fill);
    files_.push_back(std::move(f));
    return {};
}

SysResult Kernel::shmOpen(const std::string& name, u64 size)
{
    if (name.empty())
        return { err::kEINVAL };
    if (findShm(name))
        return { err::kEEXIST }; // shm_open(O_CREAT | O_EXCL), then ftruncate(size)
    auto s = std::make_unique<ShmObject>();
    s->id = nextObjectId_++;
    s->name = name;
    s->size = size;
    shms_.push_back(std::move(s));
    return {};
}

SysResult Kernel::shmUnlink(const std::string& name)
{
    ShmObject* s = findShm(name);
    if (!s)
        return { err::kENOENT };
    // The name goes now; the pages stay until the last mapping goes (the VMAs hold the file).
    s->unlinked = true;
    if (s->mappings == 0)
        freeShm(s->id);
    return {};
}

void Kernel::freeShm(u32 id)
{
    auto it = std::find_if(shms_.begin(), shms_.end(), [&](const auto& s) { return s->id == id; });
    if (it == shms_.end())
        return;
    for (const auto& [index, pfn] : (*it)->pages)
        putPage(pfn); // the object's reference; no PTE maps it any more
    shmFreeSwap(id);  // shmem_evict_inode -> shmem_undo_range: its pages in swap too
    shms_.erase(it);
}

void Kernel::refreshShmMappings()
{
    // A VMA holds its file (get_file in mmap, again in __split_vma and dup_mmap): count them.
    for (auto& s : shms_)
        s->mappings = 0;
    for (const auto& p : m_->processes()) {
        auto it = mms_.find(p->pid);
        if (it == mms_.end())
            continue;
        for (const auto& [start, v] : it->second->vmas)
            if (v.backing == Backing::Shm)
                if (ShmObject* s = shmById(v.object))
                    ++s->mappings;
    }
    std::vector<u32> dead;
    for (const auto& s : shms_)
        if (s->unlinked && s->mappings == 0)
            dead.push_back(s->id);
    for (u32 id : dead)
        freeShm(id);
}

Pfn Kernel::pageCacheGet(File& f, u64 index, bool& major)
{
    if (auto it = f.cache.find(index); it != f.cache.end()) {
        major = false;
        record(journal(), ev::PageCacheLookup { f.name, index, true, it->second });
        return it->second;
    }
    record(journal(), ev::PageCacheLookup { f.name, index, false, 0 });
    auto pfn = allocUserFrame(0, Backing::File, f.id, index);
    if (!pfn)
        throw std::runtime_error(
            "out of memory: no free frame for page " + std::to_string(index) + " of file '" + f.name + "'");
    // filemap_read_folio: the page from disk, zeros past the end of the file.
    const u64 from = index * kPageSize;
    if (from < f.size) {
        const u64 n = std::min(kPageSize, f.size - from);
        m_->memory().writeBytes(*pfn << kPageShift, std::span<const u8>(f.disk.data() + from, n));
    }
    getPage(*pfn); // the page cache's reference
    f.cache[index] = *pfn;
    major = true;
    record(journal(), ev::FileRead { f.name, index, *pfn });
    return *pfn;
}

Pfn Kernel::shmGetPage(ShmObject& s, u64 index, bool* major, u32 pid, VAddr va)
{
    if (major)
        *major = false;
    if (auto it = s.pages.find(index); it != s.pages.end()) {
        // Held off the policy until the fault has mapped it (Linux holds the folio locked),
        // so reclaim for a page table cannot evict it from under the fault.
        if (const PageMeta* meta = pageMeta(it->second); meta && !meta->locked) {
            lruRemove(it->second);
            pendingLru_.push_back(it->second);
        }
        return it->second;
    }
    // shmem_get_folio_gfp: a swap entry in the object's slot is read back (a major fault).
    const bool swapped = shmSwapSlot(s.id, index).has_value();
    auto pfn = swapped ? shmSwapIn(s, index, pid, va) : allocUserFrame(0, Backing::Shm, s.id, index);
    if (major)
        *major = swapped;
    if (!pfn)
        throw std::runtime_error(
            "out of memory: no free frame for page " + std::to_string(index) + " of shm '" + s.name + "'");
    getPage(*pfn); // the object's reference (tmpfs keeps the page)
    s.pages[index] = *pfn;
    return *pfn;
}

SysResult Kernel::createDevice(const std::string& name, Pfn pfn, u64 pages, const std::vector<u8>& fill)
{
    if (name.empty() || pages == 0)
        return { err::kEINVAL };
    if (findDevice(name))
        return { err::kEEXIST };
    // Device memory is a physical range outside RAM (a PCI BAR, a frame buffer), below the
    // highest physical address the paging mode can express.
    const int physBits = geometry(m_->cpu().mode).physBits;
    const Pfn limit = Pfn { 1 } << (physBits - kPageShift);
    if (pfn < m_->memory().frameCount() || pfn >= limit || pages > limit - pfn)
        return { err::kEINVAL };
    for (const auto& d : devices_)
        if (pfn < d->pfn + d->pages && d->pfn < pfn + pages)
            return { err::kEINVAL }; // overlapping resources (request_mem_region would refuse)
    auto d = std::make_unique<Device>();
    d->id = nextObjectId_++;
    d->name = name;
    d->pfn = pfn;
    d->pages = pages;
    d->contents.assign(pages * kPageSize, 0);
    fillPattern(d->contents, fill);
    devices_.push_back(std::move(d));
    return {};
}

SysResult Kernel::driverMmap(
    Process& p, const std::string& device, u64 len, std::optional<VAddr> at, u64 prot, u64 pgoff)
{
    Device* d = findDevice(device);
    if (!d)
        return { err::kENODEV };
    if (len == 0 || (prot & ~vm::kProtMask))
        return { err::kEINVAL };
    if (len > taskSizeMax(m_->cpu().mode))
        return { err::kENOMEM };
    const u64 rounded = (len + kPageMask) & ~kPageMask;
    if (pgoff >= d->pages)
        return { err::kEINVAL };              // nothing of the device at that offset
    auto where = pickAddress(p, rounded, at); // `at` is a hint, as mmap's addr without MAP_FIXED
    if (!where)
        return { err::kENOMEM };
    Vma v { *where, *where + rounded, prot | vm::SHARED | vm::IO | vm::PFNMAP | vm::DONTEXPAND | vm::DONTDUMP,
        Backing::Device, d->id, pgoff, d->name };
    mm(p).vmas.insert(v);
    record(journal(), ev::VmaChange { p.pid, "mmap", v.start, v.end, v.flags, v.label });
    // remap_pfn_range fills every PTE now. A mapping longer than the device window gets the
    // pages the device has; the rest of the VMA stays without PTEs, and as a VM_PFNMAP VMA has
    // no fault handler a touch there is SIGBUS (a driver could also refuse with -EINVAL).
    const u64 mapped = std::min(v.pages(), d->pages - pgoff);
    for (u64 i = 0; i < mapped; ++i) {
        if (!installPte(p, v.start + i * kPageSize, d->pfn + pgoff + i, v.flags, prot & vm::WRITE)) {
            unmapRange(p, v.start, v.end);
            return { err::kENOMEM }; // no frame for a page table
        }
    }
    record(journal(), ev::RemapPfn { p.pid, v.start, d->pfn + pgoff, mapped });
    return { 0, v.start };
}

void Kernel::collectDirty(Process& p, const Vma& v, VAddr start, VAddr end)
{
    File* f = fileById(v.object);
    if (!f)
        return;
    const PagingMode mode = m_->cpu().mode;
    // folio_mkclean -> page_vma_mkclean_one: the dirty bit moves from each PTE to the cached
    // page, and the PTE is write-protected as well as cleaned, so the next store faults
    // (wp_page_shared) and tells the kernel that the page is dirty again.
    forEachPte(p, start, end, [&](VAddr va, PAddr addr, u64 e) {
        if (!(e & pte::P) || !(e & pte::D))
            return;
        const PageMeta* meta = pageMeta(entryAddress(mode, e) >> kPageShift);
        if (!meta || meta->kind != Backing::File || meta->object != f->id)
            return; // a private COW copy, not the file's page
        f->dirty[meta->index] = true;
        m_->editor().writeEntry(addr, 1, e & ~(pte::D | pte::RW), mode);
        flushPte(p, va);
    });
}

void Kernel::writebackPage(File& f, u64 index)
{
    auto it = f.cache.find(index);
    f.dirty.erase(index);
    if (it == f.cache.end())
        return;
    // folio_clear_dirty_for_io -> folio_mkclean: every PTE that still maps the page writable
    // or dirty, in any process (collectDirty did the caller's), is cleaned and write-protected,
    // so a store through any shared mapping faults again. Reclaim unmapped the page already.
    const PagingMode mode = m_->cpu().mode;
    const unsigned bytes = geometry(mode).entryBytes;
    for (const auto& [pid, va] : rmapOf(it->second))
        for (const auto& p : m_->processes())
            if (p->pid == pid)
                if (const auto addr = pteAddress(*p, va, false)) {
                    const u64 e = m_->memory().read(*addr, bytes);
                    if ((e & pte::P) && (e & (pte::RW | pte::D))) {
                        m_->editor().writeEntry(*addr, 1, e & ~(pte::RW | pte::D), mode);
                        flushPte(*p, va);
                    }
                }
    // Only the bytes inside the file go to disk (a page past EOF is not written).
    const u64 from = index * kPageSize;
    if (from < f.size) {
        const u64 n = std::min(kPageSize, f.size - from);
        m_->memory().readBytes(it->second << kPageShift, std::span<u8>(f.disk.data() + from, n));
    }
    ++m_->stats().writebacks;
    record(journal(), ev::Writeback { f.name, index, it->second });
}

SysResult Kernel::msync(Process& p, VAddr addr, u64 len)
{
    if (addr & kPageMask)
        return { err::kEINVAL };
    const u64 rounded = (len + kPageMask) & ~kPageMask;
    if (len > ~u64 { 0 } - kPageMask || addr + rounded < addr)
        return { err::kENOMEM };
    const VAddr end = addr + rounded;
    Mm& mm = this->mm(p);
    // msync(MS_SYNC): vfs_fsync_range for each shared file VMA of the range. Like Linux it
    // syncs what is mapped and returns ENOMEM when the range has a hole.
    for (const Vma* v : mm.vmas.list()) {
        if (v->end <= addr || v->start >= end || v->backing != Backing::File || !(v->flags & vm::SHARED))
            continue;
        const VAddr s = std::max(v->start, addr);
        const VAddr e = std::min(v->end, end);
        collectDirty(p, *v, s, e);
        if (File* f = fileById(v->object)) {
            std::vector<u64> todo;
            for (const auto& [index, isDirty] : f->dirty)
                if (isDirty && index >= v->pgoffAt(s) && index < v->pgoffAt(s) + ((e - s) >> kPageShift))
                    todo.push_back(index);
            for (u64 index : todo)
                writebackPage(*f, index);
        }
    }
    if (rounded && !mm.vmas.fullyMapped(addr, end))
        return { err::kENOMEM };
    return { 0, addr };
}

u64 Kernel::sync()
{
    // ksys_sync: every dirty page of every file. Dirty bits still in PTEs are collected
    // first (what page_mkclean would do when writeback runs).
    for (const auto& p : m_->processes()) {
        auto it = mms_.find(p->pid);
        if (it == mms_.end())
            continue;
        for (const Vma* v : it->second->vmas.list())
            if (v->backing == Backing::File && (v->flags & vm::SHARED))
                collectDirty(*p, *v, v->start, v->end);
    }
    u64 written = 0;
    for (auto& f : files_) {
        std::vector<u64> todo;
        for (const auto& [index, isDirty] : f->dirty)
            if (isDirty)
                todo.push_back(index);
        for (u64 index : todo) {
            writebackPage(*f, index);
            ++written;
        }
    }
    return written;
}

} // namespace pagelab::kernel
