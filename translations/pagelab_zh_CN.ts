<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandMessage</name>
    <message>
        <source>machine: %1 paging, %2 frames (%3 KiB), TLB %4, PCID off, policy %5</source>
        <translation>machine：%1 分页，%2 个页框（%3 KiB），TLB %4，PCID 关闭，策略 %5</translation>
    </message>
    <message>
        <source>machine: %1 paging, %2 frames (%3 KiB), TLB %4, PCID on, policy %5</source>
        <translation>machine：%1 分页，%2 个页框（%3 KiB），TLB %4，PCID 开启，策略 %5</translation>
    </message>
    <message>
        <source>&apos;machine&apos; resets the whole simulation and must come before any other command of the scenario</source>
        <translation>&apos;machine&apos; 会重置整个模拟，必须放在场景中所有其他命令之前</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is part of the scenario language, but this version of PageLab does not run it yet</source>
        <translation>&apos;%1&apos; 属于场景语言，但此版本的 PageLab 尚不能执行它</translation>
    </message>
    <message>
        <source>expect failed: %1</source>
        <translation>expect 失败：%1</translation>
    </message>
    <message>
        <source>no process named &apos;%1&apos; (create one with: process NAME)</source>
        <translation>没有名为 &apos;%1&apos; 的进程（用 process NAME 创建一个）</translation>
    </message>
    <message>
        <source>no process named &apos;%1&apos;; processes: %2</source>
        <translation>没有名为 &apos;%1&apos; 的进程；现有进程：%2</translation>
    </message>
    <message>
        <source>a process named &apos;%1&apos; already exists</source>
        <translation>名为 &apos;%1&apos; 的进程已经存在</translation>
    </message>
    <message>
        <source>ram=%1 is not a whole number of 4 KiB frames</source>
        <translation>ram=%1 不是 4 KiB 页框的整数倍</translation>
    </message>
    <message>
        <source>policy=opt needs the future accesses, which the kernel cannot know; it is valid for trace and workload runs only (pagelab-cli replay/mrc --policy opt)</source>
        <translation>policy=opt 需要知道将来的访问，而内核无法知道；它只适用于 trace 和 workload 运行（pagelab-cli replay/mrc --policy opt）</translation>
    </message>
    <message>
        <source>nxe=1: 32-bit paging has no execute-disable bit (use paging=pae or higher)</source>
        <translation>nxe=1：32 位分页没有禁止执行位（请使用 paging=pae 或更高）</translation>
    </message>
    <message>
        <source>cpu: CR0.WP=%1 CR4.SMEP=%2 CR4.SMAP=%3 EFER.NXE=%4 CR4.PGE=%5 CR4.PSE=%6 EFLAGS.AC=%7</source>
        <translation>cpu：CR0.WP=%1 CR4.SMEP=%2 CR4.SMAP=%3 EFER.NXE=%4 CR4.PGE=%5 CR4.PSE=%6 EFLAGS.AC=%7</translation>
    </message>
    <message>
        <source>process %1: pid %2, top-level table in frame %3</source>
        <translation>进程 %1：pid %2，顶级页表在页框 %3</translation>
    </message>
    <message>
        <source>process %1: pid %2, top-level table in frame %3, PCID %4</source>
        <translation>进程 %1：pid %2，顶级页表在页框 %3，PCID %4</translation>
    </message>
    <message>
        <source>process %1: pid %2, top-level table in frame %3, %4 VMAs (text, data, heap, stack)</source>
        <translation>进程 %1：pid %2，顶级页表在页框 %3，%4 个 VMA（代码、数据、堆、栈）</translation>
    </message>
    <message>
        <source>process %1: pid %2, top-level table in frame %3, PCID %4, %5 VMAs (text, data, heap, stack)</source>
        <translation>进程 %1：pid %2，顶级页表在页框 %3，PCID %4，%5 个 VMA（代码、数据、堆、栈）</translation>
    </message>
    <message>
        <source>switch to %1: CR3 = %2</source>
        <translation>切换到 %1：CR3 = %2</translation>
    </message>
    <message>
        <source>(switched to %1 first)</source>
        <translation>（先切换到 %1）</translation>
    </message>
    <message>
        <source>user read</source>
        <translation>用户态读</translation>
    </message>
    <message>
        <source>user write</source>
        <translation>用户态写</translation>
    </message>
    <message>
        <source>user fetch</source>
        <translation>用户态取指</translation>
    </message>
    <message>
        <source>supervisor read</source>
        <translation>管理态读</translation>
    </message>
    <message>
        <source>supervisor write</source>
        <translation>管理态写</translation>
    </message>
    <message>
        <source>supervisor fetch</source>
        <translation>管理态取指</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): TLB miss, page walk -&gt; physical %4 (%5 page)</source>
        <translation>access %1 %2（%3）：TLB 未命中，页表遍历 -&gt; 物理地址 %4（%5 页）</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): TLB hit on an entry with D=0, page walk to set D -&gt; physical %4 (%5 page)</source>
        <translation>access %1 %2（%3）：TLB 命中一个 D=0 的表项，页表遍历以设置 D -&gt; 物理地址 %4（%5 页）</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): L1 TLB miss, STLB hit (copied into the L1 TLB) -&gt; physical %4 (%5 page)</source>
        <translation>access %1 %2（%3）：L1 TLB 未命中，STLB 命中（复制到 L1 TLB）-&gt; 物理地址 %4（%5 页）</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): TLB hit -&gt; physical %4 (%5 page)</source>
        <translation>access %1 %2（%3）：TLB 命中 -&gt; 物理地址 %4（%5 页）</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): general-protection fault: %4 is not canonical</source>
        <translation>access %1 %2（%3）：一般保护异常：%4 不是规范地址</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): page fault, error code %4 (%5), CR2 = %6</source>
        <translation>access %1 %2（%3）：缺页异常，错误码 %4（%5），CR2 = %6</translation>
    </message>
    <message>
        <source>%1 is not a canonical address: no page table maps it</source>
        <translation>%1 不是规范地址：没有页表映射它</translation>
    </message>
    <message>
        <source>%1 is beyond the 32-bit linear address space</source>
        <translation>%1 超出了 32 位线性地址空间</translation>
    </message>
    <message>
        <source>level=%1: %2 paging has levels 1 to %3</source>
        <translation>level=%1：%2 分页的级别为 1 到 %3</translation>
    </message>
    <message>
        <source>cannot reach the level %1 entry for %2: a large page maps it at a higher level, or no frame is free for a page table</source>
        <translation>无法到达 %2 的第 %1 级表项：一个大页在更高的级别映射了它，或者没有空闲页框可用于页表</translation>
    </message>
    <message>
        <source>pfn=%1 is beyond the %2-bit physical address space of a %3 entry (to set reserved bits on purpose, use entry=)</source>
        <translation>pfn=%1 超出了 %3 表项的 %2 位物理地址空间（若要有意设置保留位，请使用 entry=）</translation>
    </message>
    <message>
        <source>pte %1 %2 level %3: %4 -&gt; %5  %6</source>
        <translation>pte %1 %2 第 %3 级：%4 -&gt; %5  %6</translation>
    </message>
    <message>
        <source>page walk of %1 in %2 (%3):</source>
        <translation>%2 中 %1 的页表遍历（%3）：</translation>
    </message>
    <message>
        <source>  level %1 %2 [%3] at %4 = %5  %6</source>
        <translation>  第 %1 级 %2 [%3] 位于 %4 = %5  %6</translation>
    </message>
    <message>
        <source>  level %1 %2 [%3] at %4 = %5  %6  -&gt; frame %7</source>
        <translation>  第 %1 级 %2 [%3] 位于 %4 = %5  %6  -&gt; 页框 %7</translation>
    </message>
    <message>
        <source>invlpg runs on the CPU, which is running %1: switch to %2 first</source>
        <translation>invlpg 在 CPU 上执行，而 CPU 正在运行 %1：请先切换到 %2</translation>
    </message>
    <message>
        <source>invlpg runs on the CPU, which is running nothing: switch to %1 first</source>
        <translation>invlpg 在 CPU 上执行，而 CPU 没有在运行任何进程：请先切换到 %1</translation>
    </message>
    <message>
        <source>invlpg %1: %2 TLB entry removed</source>
        <translation>invlpg %1：移除了 %2 个 TLB 表项</translation>
    </message>
    <message>
        <source>invlpg %1: %2 TLB entries removed</source>
        <translation>invlpg %1：移除了 %2 个 TLB 表项</translation>
    </message>
    <message>
        <source>flush_tlb %1: %2 non-global TLB entries removed</source>
        <translation>flush_tlb %1：移除了 %2 个非全局 TLB 表项</translation>
    </message>
    <message>
        <source>flush_tlb: %1 TLB entries removed, global ones too</source>
        <translation>flush_tlb：移除了 %1 个 TLB 表项，包括全局表项</translation>
    </message>
    <message>
        <source>paging   %1</source>
        <translation>分页     %1</translation>
    </message>
    <message>
        <source>memory   %1 frames of 4 KiB, %2 free</source>
        <translation>内存     %1 个 4 KiB 页框，%2 个空闲</translation>
    </message>
    <message>
        <source>tlb      %1 entries, %2-way</source>
        <translation>TLB      %1 个表项，%2 路</translation>
    </message>
    <message>
        <source>tlb      %1 entries, %2-way; STLB %3 entries, %4-way</source>
        <translation>TLB      %1 个表项，%2 路；STLB %3 个表项，%4 路</translation>
    </message>
    <message>
        <source>cr3      %1</source>
        <translation>CR3      %1</translation>
    </message>
    <message>
        <source>cr3      %1 (PCID %2)</source>
        <translation>CR3      %1（PCID %2）</translation>
    </message>
    <message>
        <source>cr2      %1</source>
        <translation>CR2      %1</translation>
    </message>
    <message>
        <source>cpu      WP=%1 SMEP=%2 SMAP=%3 NXE=%4 PGE=%5 PSE=%6 AC=%7 PCIDE=%8</source>
        <translation>CPU      WP=%1 SMEP=%2 SMAP=%3 NXE=%4 PGE=%5 PSE=%6 AC=%7 PCIDE=%8</translation>
    </message>
    <message>
        <source>process  %1 pid %2</source>
        <translation>进程     %1 pid %2</translation>
    </message>
    <message>
        <source>process  %1 pid %2 (running)</source>
        <translation>进程     %1 pid %2（正在运行）</translation>
    </message>
    <message>
        <source>  %1 set %2 way %3: %4 -&gt; frame %5 %6 pcid %7%8</source>
        <translation>  %1 组 %2 路 %3：%4 -&gt; 页框 %5 %6 pcid %7%8</translation>
    </message>
    <message>
        <source>  %1: empty</source>
        <translation>  %1：空</translation>
    </message>
    <message>
        <source>TLB: %1 entries, %2-way, %3 set</source>
        <translation>TLB：%1 个表项，%2 路，%3 组</translation>
    </message>
    <message>
        <source>TLB: %1 entries, %2-way, %3 sets</source>
        <translation>TLB：%1 个表项，%2 路，%3 组</translation>
    </message>
    <message>
        <source>&apos;show %1&apos; needs page reclaim, which this version does not run yet</source>
        <translation>&apos;show %1&apos; 需要页面回收，而此版本尚不支持</translation>
    </message>
    <message>
        <source>unknown statistic &apos;stats.%1&apos;</source>
        <translation>未知的统计量 &apos;stats.%1&apos;</translation>
    </message>
    <message>
        <source>no process named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的进程</translation>
    </message>
    <message>
        <source>unknown entry field &apos;%1&apos; (a flag name, pfn or entry)</source>
        <translation>未知的表项字段 &apos;%1&apos;（应为标志名、pfn 或 entry）</translation>
    </message>
    <message>
        <source>frame %1 does not exist</source>
        <translation>页框 %1 不存在</translation>
    </message>
    <message>
        <source>unknown frame field &apos;%1&apos; (owner or use)</source>
        <translation>未知的页框字段 &apos;%1&apos;（应为 owner 或 use）</translation>
    </message>
    <message>
        <source>no swap area named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的交换区</translation>
    </message>
    <message>
        <source>unknown swap field &apos;%1&apos; (used, size, prio, outs or ins)</source>
        <translation>未知的交换区字段 &apos;%1&apos;（应为 used、size、prio、outs 或 ins）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>expect %1: cannot compare %2 with %3</source>
        <translation>expect %1：无法比较 %2 与 %3</translation>
    </message>
    <message>
        <source>expect %1: ok</source>
        <translation>expect %1：通过</translation>
    </message>
    <message>
        <source>%1 is false: left side is %2, right side is %3</source>
        <translation>%1 不成立：左边是 %2，右边是 %3</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1 个页框</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 个页框</translation>
    </message>
    <message>
        <source>%1 VMA</source>
        <translation>%1 个 VMA</translation>
    </message>
    <message>
        <source>%1 VMAs</source>
        <translation>%1 个 VMA</translation>
    </message>
    <message>
        <source>%1 page table</source>
        <translation>%1 个页表</translation>
    </message>
    <message>
        <source>%1 page tables</source>
        <translation>%1 个页表</translation>
    </message>
    <message>
        <source>%1 mapping</source>
        <translation>%1 个映射</translation>
    </message>
    <message>
        <source>%1 mappings</source>
        <translation>%1 个映射</translation>
    </message>
    <message>
        <source>%1 page fault</source>
        <translation>%1 次缺页异常</translation>
    </message>
    <message>
        <source>%1 page faults</source>
        <translation>%1 次缺页异常</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 is not page aligned</source>
        <translation>%1 没有按页对齐</translation>
    </message>
    <message>
        <source>the length is 0</source>
        <translation>长度为 0</translation>
    </message>
    <message>
        <source>the range goes past the end of user space (TASK_SIZE)</source>
        <translation>该范围超出了用户空间的末尾（TASK_SIZE）</translation>
    </message>
    <message>
        <source>invalid argument</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>no mapping at %1: part of the range is not mapped</source>
        <translation>%1 处没有映射：该范围有一部分未被映射</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the mapping&apos;s object does not allow it (a shared mapping of an object opened read-only)</source>
        <translation>映射的对象不允许这样做（以只读方式打开的对象的共享映射）</translation>
    </message>
    <message>
        <source>no frame for the child&apos;s page tables, even after reclaim and the OOM killer</source>
        <translation>即使经过回收和 OOM killer，仍没有页框可用于子进程的页表</translation>
    </message>
    <message>
        <source>no frame for the child&apos;s page tables, even after reclaim and the OOM killer; the OOM killer chose %1: SIGKILL on its return to user space</source>
        <translation>即使经过回收和 OOM killer，仍没有页框可用于子进程的页表；OOM killer 选中了 %1：它返回用户空间时收到 SIGKILL</translation>
    </message>
    <message>
        <source>at=%1 is not page aligned, which MAP_FIXED requires</source>
        <translation>at=%1 没有按页对齐，而 MAP_FIXED 要求对齐</translation>
    </message>
    <message>
        <source>offset= is not a multiple of the page size</source>
        <translation>offset= 不是页大小的整数倍</translation>
    </message>
    <message>
        <source>the range does not fit below the end of user space</source>
        <translation>该范围无法放在用户空间末尾之下</translation>
    </message>
    <message>
        <source>no free range of %1 bytes in the address space</source>
        <translation>地址空间中没有 %1 字节的空闲范围</translation>
    </message>
    <message>
        <source>offset + len overflows</source>
        <translation>offset + len 溢出</translation>
    </message>
    <message>
        <source>shm_open: no shared memory object named &apos;%1&apos;</source>
        <translation>shm_open：没有名为 &apos;%1&apos; 的共享内存对象</translation>
    </message>
    <message>
        <source>an object of that name exists</source>
        <translation>已存在同名对象</translation>
    </message>
    <message>
        <source>no object of that name</source>
        <translation>没有该名称的对象</translation>
    </message>
    <message>
        <source>the range asked for goes past the device&apos;s pages (pgoff + pages)</source>
        <translation>请求的范围超出了设备的页（pgoff + pages）</translation>
    </message>
    <message>
        <source>fork %1 -&gt; %2: pid %3, %4 copied; private writable pages are now copy-on-write in both</source>
        <translation>fork %1 -&gt; %2：pid %3，复制了 %4；私有可写页现在在两者中都是写时复制</translation>
    </message>
    <message>
        <source>exit %1: address space torn down, %2 freed</source>
        <translation>exit %1：地址空间已拆除，释放了 %2</translation>
    </message>
    <message>
        <source>no file named &apos;%1&apos; (create one with: file %1 size=SIZE)</source>
        <translation>没有名为 &apos;%1&apos; 的文件（用 file %1 size=SIZE 创建一个）</translation>
    </message>
    <message>
        <source>fixed needs at=ADDR: MAP_FIXED maps exactly there</source>
        <translation>fixed 需要 at=ADDR：MAP_FIXED 恰好映射在那里</translation>
    </message>
    <message>
        <source>mmap %1: %2-%3 %4 %5, %6%7</source>
        <translation>mmap %1：%2-%3 %4 %5，%6%7</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>file %1 at offset %2</source>
        <translation>文件 %1，偏移 %2</translation>
    </message>
    <message>
        <source>shm %1</source>
        <translation>shm %1</translation>
    </message>
    <message>
        <source>, populated</source>
        <translation>，已预先填充</translation>
    </message>
    <message>
        <source>, populated, locked</source>
        <translation>，已预先填充，已锁定</translation>
    </message>
    <message>
        <source>, populated, locked by mlockall(MCL_FUTURE)</source>
        <translation>，已预先填充，被 mlockall(MCL_FUTURE) 锁定</translation>
    </message>
    <message>
        <source> (no frames yet: the first access faults them in)</source>
        <translation>（还没有页框：第一次访问时通过缺页异常调入）</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>，已锁定</translation>
    </message>
    <message>
        <source>, locked (no frames yet: the first access faults them in)</source>
        <translation>，已锁定（还没有页框：第一次访问时通过缺页异常调入）</translation>
    </message>
    <message>
        <source>, locked by mlockall(MCL_FUTURE)</source>
        <translation>，被 mlockall(MCL_FUTURE) 锁定</translation>
    </message>
    <message>
        <source>, locked by mlockall(MCL_FUTURE) (no frames yet: the first access faults them in)</source>
        <translation>，被 mlockall(MCL_FUTURE) 锁定（还没有页框：第一次访问时通过缺页异常调入）</translation>
    </message>
    <message>
        <source>munmap %1 %2 %3: 0, %4 left</source>
        <translation>munmap %1 %2 %3：0，剩余 %4</translation>
    </message>
    <message>
        <source>munmap %1 %2 %3: 0, %4 left, %5 freed</source>
        <translation>munmap %1 %2 %3：0，剩余 %4，释放了 %5</translation>
    </message>
    <message>
        <source>mprotect %1 %2 %3 %4: 0, %5</source>
        <translation>mprotect %1 %2 %3 %4：0，%5</translation>
    </message>
    <message>
        <source>msync %1 %2 %3: 0, %4 written back</source>
        <translation>msync %1 %2 %3：0，写回了 %4</translation>
    </message>
    <message>
        <source>sync: %1 written back</source>
        <translation>sync：写回了 %1</translation>
    </message>
    <message>
        <source>a file named &apos;%1&apos; already exists</source>
        <translation>名为 &apos;%1&apos; 的文件已经存在</translation>
    </message>
    <message>
        <source>cannot create file &apos;%1&apos;: %2</source>
        <translation>无法创建文件 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>file %1: %2 bytes (%3) on disk, none in the page cache yet</source>
        <translation>文件 %1：磁盘上 %2 字节（%3），页缓存中还没有</translation>
    </message>
    <message>
        <source>shm_open %1: /dev/shm/%1, %2 bytes (%3), no frames until first touched</source>
        <translation>shm_open %1：/dev/shm/%1，%2 字节（%3），首次访问前没有页框</translation>
    </message>
    <message>
        <source>shm_unlink %1: 0, the name is gone; the object lives on while %2 still use it</source>
        <translation>shm_unlink %1：0，名称已删除；在 %2 仍在使用期间，对象继续存在</translation>
    </message>
    <message>
        <source>shm_unlink %1: 0, the name is gone and so is the object</source>
        <translation>shm_unlink %1：0，名称已删除，对象也随之删除</translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; already exists</source>
        <translation>名为 &apos;%1&apos; 的设备已经存在</translation>
    </message>
    <message>
        <source>pfn=%1 is RAM (frames 0 to %2): device memory must start at frame %3 or above</source>
        <translation>pfn=%1 属于 RAM（页框 0 到 %2）：设备内存必须从页框 %3 或更高处开始</translation>
    </message>
    <message>
        <source>pages=0: a device needs at least one page</source>
        <translation>pages=0：设备至少需要一个页</translation>
    </message>
    <message>
        <source>cannot create device &apos;%1&apos;: %2</source>
        <translation>无法创建设备 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>device %1: %2 of device memory at frames %3-%4 (physical %5, outside RAM)</source>
        <translation>设备 %1：%2 设备内存，位于页框 %3-%4（物理地址 %5，在 RAM 之外）</translation>
    </message>
    <message>
        <source>no device named &apos;%1&apos; (create one with: device %1 pfn=N pages=N)</source>
        <translation>没有名为 &apos;%1&apos; 的设备（用 device %1 pfn=N pages=N 创建一个）</translation>
    </message>
    <message>
        <source>driver_mmap %1 %2: %3-%4 %5s, remap_pfn_range filled %6 now (VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP)</source>
        <translation>driver_mmap %1 %2：%3-%4 %5s，remap_pfn_range 立即填充了 %6（VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP）</translation>
    </message>
    <message>
        <source>driver_mmap %1 %2: %3-%4 %5s, remap_pfn_range filled %6 now (VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP); past the device: %7 of the VMA, where an access is SIGBUS</source>
        <translation>driver_mmap %1 %2：%3-%4 %5s，remap_pfn_range 立即填充了 %6（VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP）；超出设备部分：VMA 中的 %7，访问会得到 SIGBUS</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1：%2%3</translation>
    </message>
    <message>
        <source>read %1 %2 (%3)</source>
        <translation>read %1 %2（%3）</translation>
    </message>
    <message>
        <source>read %1 %2 len %3</source>
        <translation>read %1 %2 len %3</translation>
    </message>
    <message>
        <source>write %1 %2 (%3)</source>
        <translation>write %1 %2（%3）</translation>
    </message>
    <message>
        <source>fetch %1 %2</source>
        <translation>fetch %1 %2</translation>
    </message>
    <message>
        <source>page fault at %1 (error code %2: %3) -&gt; </source>
        <translation>%1 处缺页异常（错误码 %2：%3）-&gt; </translation>
    </message>
    <message>
        <source>page fault at %1 (error code %2: %3) -&gt; %4 (minor fault), access retried: </source>
        <translation>%1 处缺页异常（错误码 %2：%3）-&gt; %4（次缺页），重新执行访问：</translation>
    </message>
    <message>
        <source>page fault at %1 (error code %2: %3) -&gt; %4 (major fault), access retried: </source>
        <translation>%1 处缺页异常（错误码 %2：%3）-&gt; %4（主缺页），重新执行访问：</translation>
    </message>
    <message>
        <source>general-protection fault (%1) -&gt; </source>
        <translation>一般保护异常（%1）-&gt; </translation>
    </message>
    <message>
        <source>%1 (SEGV_MAPERR: no VMA there)</source>
        <translation>%1（SEGV_MAPERR：那里没有 VMA）</translation>
    </message>
    <message>
        <source>%1 (SEGV_ACCERR: the VMA does not allow this access)</source>
        <translation>%1（SEGV_ACCERR：该 VMA 不允许这种访问）</translation>
    </message>
    <message>
        <source>%1 (BUS_ADRERR: no page behind this address)</source>
        <translation>%1（BUS_ADRERR：该地址背后没有页）</translation>
    </message>
    <message>
        <source>not resolved (%1), the access did not happen</source>
        <translation>未能处理（%1），访问没有发生</translation>
    </message>
    <message>
        <source>TLB hit -&gt; physical %1%2</source>
        <translation>TLB 命中 -&gt; 物理地址 %1%2</translation>
    </message>
    <message>
        <source>TLB miss, page walk -&gt; physical %1%2</source>
        <translation>TLB 未命中，页表遍历 -&gt; 物理地址 %1%2</translation>
    </message>
    <message>
        <source>, %1 bytes read</source>
        <translation>，读取了 %1 字节</translation>
    </message>
    <message>
        <source>read %1 %2 len 0: nothing to read, no access</source>
        <translation>read %1 %2 len 0：没有可读的内容，不进行访问</translation>
    </message>
    <message>
        <source>%1 does not fit in %2</source>
        <translation>%1 无法放入 %2</translation>
    </message>
    <message>
        <source>len=0 touches nothing</source>
        <translation>len=0 不会访问任何页</translation>
    </message>
    <message>
        <source>the range wraps around the end of the address space</source>
        <translation>该范围绕过了地址空间的末尾</translation>
    </message>
    <message>
        <source>touch covers %1 pages; at most 1048576 at once</source>
        <translation>touch 涉及 %1 页；一次最多 1048576 页</translation>
    </message>
    <message>
        <source>  %1: %2, %3</source>
        <translation>  %1：%2，%3</translation>
    </message>
    <message>
        <source>TLB hit</source>
        <translation>TLB 命中</translation>
    </message>
    <message>
        <source>TLB miss</source>
        <translation>TLB 未命中</translation>
    </message>
    <message>
        <source>fault (%1) -&gt; %2</source>
        <translation>缺页异常（%1）-&gt; %2</translation>
    </message>
    <message>
        <source>physical %1</source>
        <translation>物理地址 %1</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未能处理</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, read): %4 touched, %5</source>
        <translation>touch %1 %2（%3，读）：访问了 %4 页，%5</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, write): %4 touched, %5</source>
        <translation>touch %1 %2（%3，写）：访问了 %4 页，%5</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, read): %4 touched, %5, stopped by %6</source>
        <translation>touch %1 %2（%3，读）：访问了 %4 页，%5，被 %6 中止</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, write): %4 touched, %5, stopped by %6</source>
        <translation>touch %1 %2（%3，写）：访问了 %4 页，%5，被 %6 中止</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, read): %4 touched, %5, stopped: a fault was not resolved (%6)</source>
        <translation>touch %1 %2（%3，读）：访问了 %4 页，%5，中止：有一次缺页异常未能处理（%6）</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, write): %4 touched, %5, stopped: a fault was not resolved (%6)</source>
        <translation>touch %1 %2（%3，写）：访问了 %4 页，%5，中止：有一次缺页异常未能处理（%6）</translation>
    </message>
    <message>
        <source>%1: access_ok fails (the range reaches past TASK_SIZE_MAX), no access -&gt; ret %2</source>
        <translation>%1：access_ok 失败（范围超出 TASK_SIZE_MAX），不进行访问 -&gt; ret %2</translation>
    </message>
    <message>
        <source>%1: kernel-mode page fault at %2 (error code %3: %4) -&gt; resolved (%5)</source>
        <translation>%1：%2 处的内核态缺页异常（错误码 %3：%4）-&gt; 已处理（%5）</translation>
    </message>
    <message>
        <source>%1: kernel-mode page fault at %2 (error code %3: %4) -&gt; not resolvable (%5)</source>
        <translation>%1：%2 处的内核态缺页异常（错误码 %3：%4）-&gt; 无法处理（%5）</translation>
    </message>
    <message>
        <source>%1: the exception-table fixup returns %2</source>
        <translation>%1：异常表的修复代码返回 %2</translation>
    </message>
    <message>
        <source>%1: ret %2</source>
        <translation>%1：ret %2</translation>
    </message>
    <message>
        <source>access_ok %1 %2 %3: 1 (below TASK_SIZE_MAX %4; no mapping is checked)</source>
        <translation>access_ok %1 %2 %3：1（低于 TASK_SIZE_MAX %4；不检查任何映射）</translation>
    </message>
    <message>
        <source>access_ok %1 %2 %3: 0 (past TASK_SIZE_MAX %4; no mapping is checked)</source>
        <translation>access_ok %1 %2 %3：0（超出 TASK_SIZE_MAX %4；不检查任何映射）</translation>
    </message>
    <message>
        <source>  value = %1</source>
        <translation>  值 = %1</translation>
    </message>
    <message>
        <source>  no NUL within %1 bytes: the result is greater than n</source>
        <translation>  %1 字节内没有 NUL：结果大于 n</translation>
    </message>
    <message>
        <source>%1: kernel oops (the simulation goes on; Linux would kill the task):</source>
        <translation>%1：内核 oops（模拟继续进行；Linux 会杀死该任务）：</translation>
    </message>
    <message>
        <source>%1: no fault stopped it</source>
        <translation>%1：没有异常阻止它</translation>
    </message>
    <message>
        <source>%1: no fault stopped it = %2</source>
        <translation>%1：没有异常阻止它 = %2</translation>
    </message>
    <message>
        <source>a swap area of that name is in use</source>
        <translation>同名交换区正在使用中</translation>
    </message>
    <message>
        <source>size is less than one page</source>
        <translation>size 小于一页</translation>
    </message>
    <message>
        <source>too many swap areas</source>
        <translation>交换区太多</translation>
    </message>
    <message>
        <source>prio must be -1 (none) or 0..32767</source>
        <translation>prio 必须是 -1（无）或 0..32767</translation>
    </message>
    <message>
        <source>no swap area of that name</source>
        <translation>没有该名称的交换区</translation>
    </message>
    <message>
        <source>not enough memory to bring its pages back; the area stays</source>
        <translation>内存不足，无法把它的页取回；该交换区保留</translation>
    </message>
    <message>
        <source>swapon %1: 0, %2 pages, priority %3, latency %4</source>
        <translation>swapon %1：0，%2 页，优先级 %3，延迟 %4</translation>
    </message>
    <message>
        <source>swapon %1: 0, %2 pages, priority %3 (none given: the next default), latency %4</source>
        <translation>swapon %1：0，%2 页，优先级 %3（未指定：取下一个默认值），延迟 %4</translation>
    </message>
    <message>
        <source>swapoff %1: 0, %2 page(s) brought back into memory</source>
        <translation>swapoff %1：0，%2 页被取回内存</translation>
    </message>
    <message>
        <source>reclaim: %1 of %2 page(s) freed (%3 policy), %4 frames free</source>
        <translation>reclaim：释放了 %2 页中的 %1 页（%3 策略），%4 个页框空闲</translation>
    </message>
    <message>
        <source>no swap areas</source>
        <translation>没有交换区</translation>
    </message>
    <message>
        <source>%1  prio %2  %3/%4 pages used  outs %5  ins %6  latency %7</source>
        <translation>%1  优先级 %2  已用 %3/%4 页  换出 %5  换入 %6  延迟 %7</translation>
    </message>
    <message>
        <source>%1 policy, %2 evictable page(s), next victim first: %3</source>
        <translation>%1 策略，%2 个可淘汰页，下一个牺牲页在最前：%3</translation>
    </message>
    <message>
        <source>active list: %1</source>
        <translation>活跃链表：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 of %2 locked</source>
        <translation>进程 %2 有 %1被锁定</translation>
    </message>
    <message>
        <source>%1 of %2 locked, %3 faulted in</source>
        <translation>进程 %2 有 %1被锁定，%3通过缺页异常调入</translation>
    </message>
    <message>
        <source>%1: 0, %2</source>
        <translation>%1：0，%2</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1：%2；%3</translation>
    </message>
    <message>
        <source>%1: %2 (%3); %4</source>
        <translation>%1：%2（%3）；%4</translation>
    </message>
    <message>
        <source>a page of the range could not be faulted in</source>
        <translation>该范围中有一页无法通过缺页异常调入</translation>
    </message>
    <message>
        <source>MCL_ONFAULT needs MCL_CURRENT or MCL_FUTURE</source>
        <translation>MCL_ONFAULT 需要 MCL_CURRENT 或 MCL_FUTURE</translation>
    </message>
    <message>
        <source>later mappings of %1 are locked as their pages fault in</source>
        <translation>%1 之后的映射会在其页通过缺页异常调入时被锁定</translation>
    </message>
    <message>
        <source>later mappings of %1 are locked and faulted in at once</source>
        <translation>%1 之后的映射会被锁定并立即调入</translation>
    </message>
    <message>
        <source>%1: %2 references to %3 pages mapped at %4: %5</source>
        <translation>%1：对映射在 %4 的 %3 个页进行了 %2 次访问：%5</translation>
    </message>
    <message>
        <source>%1 page faults (%2 minor, %3 major), %4 TLB hits, %5 TLB misses, %6 evictions</source>
        <translation>%1 次缺页异常（%2 次次缺页，%3 次主缺页），%4 次 TLB 命中，%5 次 TLB 未命中，%6 次淘汰</translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation>%1 中止：%2</translation>
    </message>
    <message>
        <source>workload: %1</source>
        <translation>workload：%1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中有 %1</translation>
    </message>
    <message>
        <source>process %1: pid %2, CR3 %3, %4, rss %5 pages, %6 page-table frames</source>
        <translation>进程 %1：pid %2，CR3 %3，%4，rss %5 页，%6 个页表页框</translation>
    </message>
    <message>
        <source>process %1: pid %2, CR3 %3, %4, rss %5 pages, %6 page-table frames, running</source>
        <translation>进程 %1：pid %2，CR3 %3，%4，rss %5 页，%6 个页表页框，正在运行</translation>
    </message>
    <message>
        <source>process %1: pid %2, CR3 %3, PCID %4, %5, rss %6 pages, %7 page-table frames</source>
        <translation>进程 %1：pid %2，CR3 %3，PCID %4，%5，rss %6 页，%7 个页表页框</translation>
    </message>
    <message>
        <source>process %1: pid %2, CR3 %3, PCID %4, %5, rss %6 pages, %7 page-table frames, running</source>
        <translation>进程 %1：pid %2，CR3 %3，PCID %4，%5，rss %6 页，%7 个页表页框，正在运行</translation>
    </message>
    <message>
        <source>  frame %1: %2, %3%4</source>
        <translation>  页框 %1：%2，%3%4</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1（第 %2 级）</translation>
    </message>
    <message>
        <source>, %1, refs %2, mapped %3</source>
        <translation>，%1，引用 %2，映射 %3</translation>
    </message>
    <message>
        <source>, %1, refs %2, mapped %3, locked</source>
        <translation>，%1，引用 %2，映射 %3，已锁定</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>%1 of %2 frames in use</source>
        <translation>%2 个页框中有 %1 个在使用</translation>
    </message>
    <message>
        <source>%1 of %2 frames in use (first 4096 listed)</source>
        <translation>%2 个页框中有 %1 个在使用（列出前 4096 个）</translation>
    </message>
    <message>
        <source>  device %1: frames %2-%3 (device memory outside RAM)</source>
        <translation>  设备 %1：页框 %2-%3（RAM 之外的设备内存）</translation>
    </message>
    <message>
        <source>file %1: %2 bytes, %3 of %4 pages cached, %5 dirty</source>
        <translation>文件 %1：%2 字节，%4 页中有 %3 页在缓存中，%5 页为脏页</translation>
    </message>
    <message>
        <source>  page %1 in frame %2</source>
        <translation>  第 %1 页在页框 %2</translation>
    </message>
    <message>
        <source>  page %1 in frame %2 (dirty)</source>
        <translation>  第 %1 页在页框 %2（脏页）</translation>
    </message>
    <message>
        <source>shm %1: %2 bytes, %3 of %4 pages in memory, %5 mappings</source>
        <translation>shm %1：%2 字节，%4 页中有 %3 页在内存中，%5 个映射</translation>
    </message>
    <message>
        <source>shm %1: %2 bytes, %3 of %4 pages in memory, %5 mappings, unlinked</source>
        <translation>shm %1：%2 字节，%4 页中有 %3 页在内存中，%5 个映射，名称已删除（unlinked）</translation>
    </message>
    <message>
        <source>no files and no shared memory objects</source>
        <translation>没有文件，也没有共享内存对象</translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4</source>
        <translation>%1:%2:%3: 错误：%4</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>a name ([a-z_][a-z0-9_.]*)</source>
        <translation>名称（[a-z_][a-z0-9_.]*）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a size (a number with an optional K, M, G or T suffix)</source>
        <translation>大小（数字，可带后缀 K、M、G 或 T）</translation>
    </message>
    <message>
        <source>a time (a number with ns, us, ms or s)</source>
        <translation>时间（数字，带 ns、us、ms 或 s）</translation>
    </message>
    <message>
        <source>a string in double quotes</source>
        <translation>双引号中的字符串</translation>
    </message>
    <message>
        <source>bytes as hex pairs separated by &apos;:&apos; (de:ad:be:ef)</source>
        <translation>以 &apos;:&apos; 分隔的十六进制字节对（de:ad:be:ef）</translation>
    </message>
    <message>
        <source>a protection (none, or r, w, x combined in that order)</source>
        <translation>保护属性（none，或按 r、w、x 顺序组合）</translation>
    </message>
    <message>
        <source>a protection (none, or r, w, x combined in that order: r, rw, rx, rwx, ...)</source>
        <translation>保护属性（none，或按 r、w、x 顺序组合：r、rw、rx、rwx……）</translation>
    </message>
    <message>
        <source>a comma list of flags (p, rw, us, pwt, pcd, a, d, ps, g, nx)</source>
        <translation>以逗号分隔的标志列表（p、rw、us、pwt、pcd、a、d、ps、g、nx）</translation>
    </message>
    <message>
        <source>ENTRIES[:WAYS] such as 16:4</source>
        <translation>ENTRIES[:WAYS]，例如 16:4</translation>
    </message>
    <message>
        <source>one of a fixed list of words</source>
        <translation>固定单词列表中的一个</translation>
    </message>
    <message>
        <source>a number (optionally negative)</source>
        <translation>数字（可为负）</translation>
    </message>
    <message>
        <source>a decimal number such as 0.5</source>
        <translation>小数，例如 0.5</translation>
    </message>
    <message>
        <source>a file path</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <source>a file path (a &quot;string&quot;, or letters, digits and _ . / + ~ -)</source>
        <translation>文件路径（&quot;字符串&quot;，或字母、数字和 _ . / + ~ -）</translation>
    </message>
    <message>
        <source>number %1 does not fit in 64 bits</source>
        <translation>数字 %1 超出 64 位</translation>
    </message>
    <message>
        <source>size %1 does not fit in 64 bits</source>
        <translation>大小 %1 超出 64 位</translation>
    </message>
    <message>
        <source>time %1 does not fit in 64 bits</source>
        <translation>时间 %1 超出 64 位</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>数字 %1 超出范围</translation>
    </message>
    <message>
        <source>unknown flag %1 (expected a comma list of p, rw, us, pwt, pcd, a, d, ps, g, nx)</source>
        <translation>未知标志 %1（应为以逗号分隔的 p、rw、us、pwt、pcd、a、d、ps、g、nx 列表）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2</source>
        <translation>&apos;%1&apos; 必须是 %2 之一</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; must be one of %3</source>
        <translation>&apos;%2&apos; 的 %1 必须是 %3 之一</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2</source>
        <translation>&apos;%1&apos; 必须是 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at most %2</source>
        <translation>&apos;%1&apos; 最多为 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between 0 and %2</source>
        <translation>&apos;%1&apos; 必须在 0 和 %2 之间</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>expected a string in double quotes</source>
        <translation>应为双引号中的字符串</translation>
    </message>
    <message>
        <source>&apos;\x&apos; in a string needs two hex digits (\xNN)</source>
        <translation>字符串中的 &apos;\x&apos; 需要两个十六进制数字（\xNN）</translation>
    </message>
    <message>
        <source>unknown escape %1 in string (expected \n, \t, \\, \&quot;, \0 or \xNN)</source>
        <translation>字符串中有未知的转义 %1（应为 \n、\t、\\、\&quot;、\0 或 \xNN）</translation>
    </message>
    <message>
        <source>unterminated string (missing closing &apos;&quot;&apos;)</source>
        <translation>字符串未结束（缺少结尾的 &apos;&quot;&apos;）</translation>
    </message>
    <message>
        <source>expected a blank after the string, found %1</source>
        <translation>字符串之后应为空白，实际为 %1</translation>
    </message>
    <message>
        <source>unexpected &apos;&quot;&apos; after %1</source>
        <translation>%1 之后出现了意外的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>expected an option name before &apos;=&apos;, found %1</source>
        <translation>&apos;=&apos; 之前应为选项名，实际为 %1</translation>
    </message>
    <message>
        <source>missing value for option %1 (write %2=VALUE with no blank around &apos;=&apos;)</source>
        <translation>选项 %1 缺少值（写成 %2=VALUE，&apos;=&apos; 两侧不要有空白）</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>空命令</translation>
    </message>
    <message>
        <source>expected a command name, found %1</source>
        <translation>应为命令名，实际为 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an expression</source>
        <translation>&apos;%1&apos; 需要一个表达式</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>unknown command %1 (did you mean &apos;%2&apos;?)</source>
        <translation>未知命令 %1（您是指 &apos;%2&apos; 吗？）</translation>
    </message>
    <message>
        <source>%1 is a flag of &apos;%2&apos;: write it without &apos;=VALUE&apos;</source>
        <translation>%1 是 &apos;%2&apos; 的标志：请不带 &apos;=VALUE&apos; 书写</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (it takes no options)</source>
        <translation>&apos;%2&apos; 没有选项 %1（它不接受任何选项）</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (expected one of: %3)</source>
        <translation>&apos;%2&apos; 没有选项 %1（应为以下之一：%3）</translation>
    </message>
    <message>
        <source>duplicate option %1</source>
        <translation>重复的选项 %1</translation>
    </message>
    <message>
        <source>duplicate flag %1</source>
        <translation>重复的标志 %1</translation>
    </message>
    <message>
        <source>unexpected argument %1 for &apos;%2&apos; (usage: %3)</source>
        <translation>&apos;%2&apos; 的参数 %1 是多余的（用法：%3）</translation>
    </message>
    <message>
        <source>missing argument %1 for &apos;%2&apos; before the flag %3</source>
        <translation>&apos;%2&apos; 在标志 %3 之前缺少参数 %1</translation>
    </message>
    <message>
        <source>missing argument %1 for &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 缺少参数 %1</translation>
    </message>
    <message>
        <source>missing option %1=%2 for &apos;%3&apos;</source>
        <translation>&apos;%3&apos; 缺少选项 %1=%2</translation>
    </message>
    <message>
        <source>give only one of %1</source>
        <translation>只能给出其中之一：%1</translation>
    </message>
    <message>
        <source>give one of %1</source>
        <translation>请给出其中之一：%1</translation>
    </message>
    <message>
        <source>give at least one of %1</source>
        <translation>请至少给出其中之一：%1</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 需要 %2</translation>
    </message>
    <message>
        <source>%1 does not apply to a string</source>
        <translation>%1 不适用于字符串</translation>
    </message>
    <message>
        <source>unexpected argument %1 for &apos;%2&apos; (only %3 take a %4)</source>
        <translation>&apos;%2&apos; 的参数 %1 是多余的（只有 %3 接受 %4）</translation>
    </message>
    <message>
        <source>give either frames= or ram=, not both</source>
        <translation>请给出 frames= 或 ram=，不要同时给出</translation>
    </message>
    <message>
        <source>give either private or shared, not both</source>
        <translation>请给出 private 或 shared，不要同时给出</translation>
    </message>
    <message>
        <source>give only one of anon, file= and shm=</source>
        <translation>anon、file= 和 shm= 只能给出其中之一</translation>
    </message>
    <message>
        <source>offset= applies to a file mapping: give file=F too</source>
        <translation>offset= 用于文件映射：请同时给出 file=F</translation>
    </message>
    <message>
        <source>missing current, future or onfault for &apos;mlockall&apos;</source>
        <translation>&apos;mlockall&apos; 缺少 current、future 或 onfault</translation>
    </message>
    <message>
        <source>give either fill= or byte=, not both</source>
        <translation>请给出 fill= 或 byte=，不要同时给出</translation>
    </message>
    <message>
        <source>give either size= or len=, not both</source>
        <translation>请给出 size= 或 len=，不要同时给出</translation>
    </message>
    <message>
        <source>give one of VALUE, &quot;string&quot; or bytes=... for &apos;write&apos;</source>
        <translation>请为 &apos;write&apos; 给出 VALUE、&quot;string&quot; 或 bytes=... 之一</translation>
    </message>
    <message>
        <source>set= needs level=N: the level of the entry to change (1 = PTE)</source>
        <translation>set= 需要 level=N：要修改的表项所在的级别（1 = PTE）</translation>
    </message>
    <message>
        <source>clear= needs level=N: the level of the entry to change (1 = PTE)</source>
        <translation>clear= 需要 level=N：要修改的表项所在的级别（1 = PTE）</translation>
    </message>
    <message>
        <source>pfn= needs level=N: the level of the entry to change (1 = PTE)</source>
        <translation>pfn= 需要 level=N：要修改的表项所在的级别（1 = PTE）</translation>
    </message>
    <message>
        <source>entry= needs level=N: the level of the entry to change (1 = PTE)</source>
        <translation>entry= 需要 level=N：要修改的表项所在的级别（1 = PTE）</translation>
    </message>
    <message>
        <source>size= applies to a number VALUE, not to a string</source>
        <translation>size= 用于数值 VALUE，不适用于字符串</translation>
    </message>
    <message>
        <source>size= applies to a number VALUE, not to bytes=</source>
        <translation>size= 用于数值 VALUE，不适用于 bytes=</translation>
    </message>
    <message>
        <source>give either &quot;string&quot; or bytes=... for &apos;copy_to_user&apos;</source>
        <translation>请为 &apos;copy_to_user&apos; 给出 &quot;string&quot; 或 bytes=... 之一</translation>
    </message>
    <message>
        <source>&apos;=&apos; is not a comparison: use &apos;==&apos; (or !=, &lt;, &lt;=, &gt;, &gt;=)</source>
        <translation>&apos;=&apos; 不是比较运算符：请使用 &apos;==&apos;（或 !=、&lt;、&lt;=、&gt;、&gt;=）</translation>
    </message>
    <message>
        <source>expected &apos;!=&apos;, found &apos;!&apos;</source>
        <translation>应为 &apos;!=&apos;，实际为 &apos;!&apos;</translation>
    </message>
    <message>
        <source>missing expression after &apos;expect&apos; (e.g. expect ret == 0)</source>
        <translation>&apos;expect&apos; 之后缺少表达式（例如 expect ret == 0）</translation>
    </message>
    <message>
        <source>expected a comparison operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) after %1</source>
        <translation>%1 之后应为比较运算符（==、!=、&lt;、&lt;=、&gt;、&gt;=）</translation>
    </message>
    <message>
        <source>expected a comparison operator (==, !=, &lt;, &lt;=, &gt;, &gt;=), found %1</source>
        <translation>应为比较运算符（==、!=、&lt;、&lt;=、&gt;、&gt;=），实际为 %1</translation>
    </message>
    <message>
        <source>missing the right-hand side of the comparison after %1</source>
        <translation>%1 之后缺少比较的右侧</translation>
    </message>
    <message>
        <source>unexpected %1 after the expression</source>
        <translation>表达式之后出现了意外的 %1</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>行尾</translation>
    </message>
    <message>
        <source>expected %1 after %2, found %3</source>
        <translation>%2 之后应为 %1，实际为 %3</translation>
    </message>
    <message>
        <source>expected %1 (a number) after %2, found %3</source>
        <translation>%2 之后应为 %1（数字），实际为 %3</translation>
    </message>
    <message>
        <source>expected %1 ([a-z_][a-z0-9_.]*) after %2, found %3</source>
        <translation>%2 之后应为%1（[a-z_][a-z0-9_.]*），实际为 %3</translation>
    </message>
    <message>
        <source>a process NAME</source>
        <translation>进程名 NAME</translation>
    </message>
    <message>
        <source>a swap area NAME</source>
        <translation>交换区名 NAME</translation>
    </message>
    <message>
        <source>expected a field of %1(...) (one of %2), found %3</source>
        <translation>应为 %1(...) 的字段（%2 之一），实际为 %3</translation>
    </message>
    <message>
        <source>a number, a string, ret, value, data, signal, error_code, stats.KEY, pte(NAME, ADDR, LEVEL).FIELD, frame(N).FIELD or swap(NAME).FIELD</source>
        <translation>数字、字符串、ret、value、data、signal、error_code、stats.KEY、pte(NAME, ADDR, LEVEL).FIELD、frame(N).FIELD 或 swap(NAME).FIELD</translation>
    </message>
    <message>
        <source>expected stats.KEY such as stats.tlb_hits, found %1</source>
        <translation>应为 stats.KEY（例如 stats.tlb_hits），实际为 %1</translation>
    </message>
    <message>
        <source>unknown term %1 (expected %2)</source>
        <translation>未知的项 %1（应为%2）</translation>
    </message>
    <message>
        <source>unknown term %1 (did you mean &apos;%2&apos;?)</source>
        <translation>未知的项 %1（您是指 &apos;%2&apos; 吗？）</translation>
    </message>
    <message>
        <source>  out of memory: killed %1 (pid %2, %3 pages of memory, swap and page tables) to free a frame</source>
        <translation>  内存不足：杀死了 %1（pid %2，内存、交换区和页表共 %3 页）以释放一个页框</translation>
    </message>
    <message>
        <source>  (the TLB may still hold the old translation until invlpg or a CR3 load)</source>
        <translation>  （在 invlpg 或重新加载 CR3 之前，TLB 可能仍保存旧的转换）</translation>
    </message>
    <message>
        <source>  no NUL within %1 bytes: dst holds n bytes and is not terminated</source>
        <translation>  %1 字节内没有 NUL：dst 保存了 n 字节，且没有结尾的 NUL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>killed by the OOM killer: out of memory (%1); %2 (pid %3) had the highest badness, %4 pages of memory, swap and page tables</source>
        <translation>被 OOM killer 杀死：内存耗尽（%1）；%2（pid %3）的 badness 最高，占用 %4 页内存、交换空间和页表</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, read): %4 touched, %5, stopped by SIGKILL: %1 was %6</source>
        <translation>touch %1 %2（%3，读）：访问了 %4 页，%5，被 SIGKILL 中止：%1 %6</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, write): %4 touched, %5, stopped by SIGKILL: %1 was %6</source>
        <translation>touch %1 %2（%3，写）：访问了 %4 页，%5，被 SIGKILL 中止：%1 %6</translation>
    </message>
    <message>
        <source>reference %1 (page %2) failed: %3 got SIGKILL, %4</source>
        <translation>第 %1 次引用（页 %2）失败：%3 收到 SIGKILL，%4</translation>
    </message>
    <message>
        <source>reference %1 (page %2) failed: %3</source>
        <translation>第 %1 次引用（页 %2）失败：%3</translation>
    </message>
    <message>
        <source>reference %1 (page %2) failed: out of memory (%3)</source>
        <translation>第 %1 次引用（页 %2）失败：内存耗尽（%3）</translation>
    </message>
</context>
<context>
    <name>EventMessage</name>
    <message>
        <source>TLB hit (%1) for %2: page frame %3, %4 page</source>
        <translation>TLB 命中（%1）：%2 → 页框 %3，%4 页</translation>
    </message>
    <message>
        <source>TLB miss for %1 (PCID %2): the MMU must walk the page tables</source>
        <translation>%1 在 TLB 中未命中（PCID %2）：MMU 必须遍历页表</translation>
    </message>
    <message>
        <source>TLB %1 set %2 way %3 now holds %4 -&gt; frame %5 (%6 page)</source>
        <translation>TLB %1 组 %2 路 %3 现在保存 %4 -&gt; 页框 %5（%6 页）</translation>
    </message>
    <message>
        <source>TLB %1 set %2 way %3 now holds %4 -&gt; frame %5 (%6 page), evicting the least recently used entry for %7</source>
        <translation>TLB %1 组 %2 路 %3 现在保存 %4 -&gt; 页框 %5（%6 页），淘汰了最久未使用的 %7 的表项</translation>
    </message>
    <message>
        <source>INVLPG %1 removed %2 TLB entries</source>
        <translation>INVLPG %1 移除了 %2 个 TLB 表项</translation>
    </message>
    <message>
        <source>Loading CR3 removed %1 non-global TLB entries</source>
        <translation>加载 CR3 移除了 %1 个非全局 TLB 表项</translation>
    </message>
    <message>
        <source>Loading CR3 with the no-flush bit kept every TLB entry of PCID %1</source>
        <translation>以不刷新位加载 CR3，PCID %1 的所有 TLB 表项都保留</translation>
    </message>
    <message>
        <source>The whole TLB was flushed, global entries too: %1 entries removed</source>
        <translation>整个 TLB 被刷新，包括全局表项：移除了 %1 个表项</translation>
    </message>
    <message>
        <source>Page walk (%1) for a %2 %3 of %4, starting at the table at physical %5</source>
        <translation>页表遍历（%1）：%2 %3 %4，从物理地址 %5 处的页表开始</translation>
    </message>
    <message>
        <source>Level %1 entry %2 at physical %3 reads %4 [%5]</source>
        <translation>第 %1 级表项 %2（物理地址 %3）的值为 %4 [%5]</translation>
    </message>
    <message>
        <source>The CPU sets the Accessed bit in the level %1 entry at %2</source>
        <translation>CPU 置位 %2 处第 %1 级表项的 Accessed 位</translation>
    </message>
    <message>
        <source>The CPU sets the Dirty bit in the level %1 entry at %2</source>
        <translation>CPU 置位 %2 处第 %1 级表项的 Dirty 位</translation>
    </message>
    <message>
        <source>Page fault at %1: error code %2 (%3)</source>
        <translation>%1 处发生缺页异常：错误码 %2（%3）</translation>
    </message>
    <message>
        <source>General-protection fault: %1 is not a canonical address</source>
        <translation>一般保护异常：%1 不是规范地址</translation>
    </message>
    <message>
        <source>%1 translates to physical %2 (%3 page)</source>
        <translation>%1 翻译为物理地址 %2（%3 页）</translation>
    </message>
    <message>
        <source>CR3 changes from %1 to %2</source>
        <translation>CR3 从 %1 变为 %2</translation>
    </message>
    <message>
        <source>Level %1 entry at %2 changes from %3 to %4 [%5]</source>
        <translation>%2 处第 %1 级表项从 %3 变为 %4 [%5]</translation>
    </message>
    <message>
        <source>Frame %1 allocated for %2</source>
        <translation>为 %2 分配页框 %1</translation>
    </message>
    <message>
        <source>Process %1 (pid %2) gets its own address space: CR3 = %3</source>
        <translation>进程 %1（pid %2）获得自己的地址空间：CR3 = %3</translation>
    </message>
    <message>
        <source>Context switch to %1 (pid %2)</source>
        <translation>上下文切换到 %1（pid %2）</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现在为 %2</translation>
    </message>
    <message>
        <source>The fault handler finds the VMA %1-%2 (%3) of pid %4 around %5</source>
        <translation>缺页处理程序找到 pid %4 中包含 %5 的 VMA %1-%2（%3）</translation>
    </message>
    <message>
        <source>No VMA of pid %1 contains %2: the address is not mapped</source>
        <translation>pid %1 没有包含 %2 的 VMA：该地址未映射</translation>
    </message>
    <message>
        <source>%1: pid %2 VMA %3-%4 %5 %6</source>
        <translation>%1：pid %2 VMA %3-%4 %5 %6</translation>
    </message>
    <message>
        <source>First touch of anonymous memory at %1 (pid %2): frame %3 is zeroed and mapped</source>
        <translation>首次访问 %1 处的匿名内存（pid %2）：页框 %3 清零并映射</translation>
    </message>
    <message>
        <source>Page %2 of file %1 is in the page cache (frame %3)</source>
        <translation>文件 %1 的第 %2 页在页缓存中（页框 %3）</translation>
    </message>
    <message>
        <source>Page %2 of file %1 is not in the page cache</source>
        <translation>文件 %1 的第 %2 页不在页缓存中</translation>
    </message>
    <message>
        <source>Page %2 of file %1 is read from disk into frame %3 (a major fault)</source>
        <translation>文件 %1 的第 %2 页从磁盘读入页框 %3（主缺页）</translation>
    </message>
    <message>
        <source>Copy-on-write at %1 (pid %2): frame %3 is copied to frame %4, now private and writable</source>
        <translation>%1 处写时复制（pid %2）：页框 %3 复制到页框 %4，现为私有且可写</translation>
    </message>
    <message>
        <source>Copy-on-write at %1 (pid %2): frame %3 has no other mapper, so it is reused and made writable</source>
        <translation>%1 处写时复制（pid %2）：页框 %3 没有其他映射者，因此直接复用并设为可写</translation>
    </message>
    <message>
        <source>The kernel sends %1 (%2) to pid %3 for %4</source>
        <translation>内核因 %4 向 pid %3 发送 %1（%2）</translation>
    </message>
    <message>
        <source>Frame %1 is free again</source>
        <translation>页框 %1 重新空闲</translation>
    </message>
    <message>
        <source>Dirty page %2 of file %1 (frame %3) is written back to disk</source>
        <translation>文件 %1 的脏页 %2（页框 %3）写回磁盘</translation>
    </message>
    <message>
        <source>remap_pfn_range maps %4 device page(s) from frame %3 at %2 for pid %1</source>
        <translation>remap_pfn_range 为 pid %1 在 %2 处映射从页框 %3 开始的 %4 个设备页</translation>
    </message>
    <message>
        <source>fork: %3 (pid %2) is created as a copy of pid %1, sharing its pages copy-on-write</source>
        <translation>fork：%3（pid %2）作为 pid %1 的副本创建，以写时复制方式共享其页</translation>
    </message>
    <message>
        <source>%1 (pid %2) exits; %3 frames are freed</source>
        <translation>%1（pid %2）退出；释放 %3 个页框</translation>
    </message>
    <message>
        <source>The fault at %1 (pid %2) is resolved: %3%4</source>
        <translation>%1 处的缺页异常（pid %2）已处理：%3%4</translation>
    </message>
    <message>
        <source>%1: access_ok(%2, %3) for pid %4 %5</source>
        <translation>%1：pid %4 的 access_ok(%2, %3) %5</translation>
    </message>
    <message>
        <source>%1: STAC sets EFLAGS.AC, so SMAP lets the kernel touch user pages</source>
        <translation>%1：STAC 置位 EFLAGS.AC，SMAP 因此允许内核访问用户页</translation>
    </message>
    <message>
        <source>%1: CLAC clears EFLAGS.AC, so SMAP guards user pages again</source>
        <translation>%1：CLAC 清除 EFLAGS.AC，SMAP 重新保护用户页</translation>
    </message>
    <message>
        <source>%1 copies %2 bytes %3 user address %4 (pid %5)</source>
        <translation>%1 复制 %2 字节 %3 用户地址 %4（pid %5）</translation>
    </message>
    <message>
        <source>%1: the fault at %2 cannot be resolved; the exception table sends it to the fixup, and the routine returns %3</source>
        <translation>%1：%2 处的异常无法处理；异常表将其转到修复代码，例程返回 %3</translation>
    </message>
    <message>
        <source>Kernel oops (no exception-table entry for this access): %1</source>
        <translation>内核 oops（此访问没有异常表项）：%1</translation>
    </message>
    <message>
        <source>Reclaim finds frame %1 referenced: the accessed bit was set in %2 PTE(s) and is now cleared, without a TLB flush (x86 ptep_clear_flush_young)</source>
        <translation>回收发现页框 %1 被引用过：%2 个页表项的 Accessed 位曾置位，现已清除，不刷新 TLB（x86 ptep_clear_flush_young）</translation>
    </message>
    <message>
        <source>Reclaim finds frame %1 not referenced since it last looked</source>
        <translation>回收发现页框 %1 自上次检查以来未被引用</translation>
    </message>
    <message>
        <source>The %1 policy chooses frame %2 (%3 page) to evict</source>
        <translation>%1 策略选择淘汰页框 %2（%3 页）</translation>
    </message>
    <message>
        <source>Frame %1 is written to swap area %2, slot %3; %4 PTE(s) now hold that swap entry with P=0</source>
        <translation>页框 %1 写入交换区 %2 的槽 %3；%4 个页表项现在保存该交换项，P=0</translation>
    </message>
    <message>
        <source>Page %1 of pid %2 is read from swap area %3, slot %4, into frame %5 (%6 ns; a major fault)</source>
        <translation>pid %2 的页 %1 从交换区 %3 的槽 %4 换入页框 %5（%6 ns；主缺页）</translation>
    </message>
    <message>
        <source>Clean page %2 of file %1 (frame %3) is dropped from the page cache</source>
        <translation>文件 %1 的干净页 %2（页框 %3）从页缓存中丢弃</translation>
    </message>
    <message>
        <source>Page %2 of file %1 (frame %3), written back, is dropped from the page cache</source>
        <translation>文件 %1 的页 %2（页框 %3）写回后从页缓存中丢弃</translation>
    </message>
    <message>
        <source>Out of memory (%4): the OOM killer kills %1 (pid %2), badness %3</source>
        <translation>内存耗尽（%4）：OOM killer 杀死 %1（pid %2），badness %3</translation>
    </message>
    <message>
        <source>Frame %1 is clean in the swap cache: slot %3 of swap area %2 still holds its bytes, so nothing is written; %4 PTE(s) now hold that swap entry with P=0</source>
        <translation>页框 %1 在交换缓存中是干净的：交换区 %2 的槽 %3 仍保存其内容，因此无需写入；%4 个页表项现在保存该交换项，P=0</translation>
    </message>
    <message>
        <source>Frame %1 joins the swap cache as slot %3 of swap area %2</source>
        <translation>页框 %1 作为交换区 %2 的槽 %3 加入交换缓存</translation>
    </message>
    <message>
        <source>Page %1 of pid %2 is found in the swap cache (frame %3, slot %5 of swap area %4): mapped without I/O, a minor fault</source>
        <translation>pid %2 的页 %1 在交换缓存中找到（页框 %3，交换区 %4 的槽 %5）：无需 I/O 即映射，次缺页</translation>
    </message>
    <message>
        <source>Frame %1 leaves the swap cache (%4); slot %3 of swap area %2 is free again</source>
        <translation>页框 %1 离开交换缓存（%4）；交换区 %2 的槽 %3 重新空闲</translation>
    </message>
    <message>
        <source>Frame %1 leaves the swap cache (%4); slot %3 of swap area %2 stays, held by %5 swap PTE(s)</source>
        <translation>页框 %1 离开交换缓存（%4）；交换区 %2 的槽 %3 保留，被 %5 个交换页表项引用</translation>
    </message>
    <message>
        <source>TLB %1 set %2 way %3: the entry for %4 -&gt; frame %5 (%6 page, PCID %7) is removed</source>
        <translation>TLB %1 组 %2 路 %3：%4 -&gt; 页框 %5（%6 页，PCID %7）的表项被移除</translation>
    </message>
    <message>
        <source>TLB %1 set %2 way %3: the global entry for %4 -&gt; frame %5 (%6 page) is removed</source>
        <translation>TLB %1 组 %2 路 %3：%4 -&gt; 页框 %5（%6 页）的全局表项被移除</translation>
    </message>
    <message>
        <source>pte looks at the page walk (%1) of %2 in %3 (pid %4) from the table at physical %5: the TLB is not consulted and no Accessed or Dirty bit is set</source>
        <translation>pte 查看 %3（pid %4）中 %2 的页表遍历（%1），从物理地址 %5 处的页表开始：不查询 TLB，也不设置 Accessed 或 Dirty 位</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>user anonymous</source>
        <translation>用户匿名页</translation>
    </message>
    <message>
        <source>page cache, clean</source>
        <translation>页缓存，干净</translation>
    </message>
    <message>
        <source>page cache, dirty</source>
        <translation>页缓存，脏</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>locked (mlock)</source>
        <translation>锁定（mlock）</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Frames must be between 1 and %1.</source>
        <translation>页框数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Choose a trace file first.</source>
        <translation>请先选择跟踪文件。</translation>
    </message>
    <message>
        <source>At most %1 references, please.</source>
        <translation>最多 %1 个引用。</translation>
    </message>
    <message>
        <source>At most %1 pages, please.</source>
        <translation>最多 %1 页。</translation>
    </message>
    <message>
        <source>The trace has no references.</source>
        <translation>该跟踪没有引用。</translation>
    </message>
    <message>
        <source>%1: %2 faults with %3 frames, %4 with %5. </source>
        <translation>%1：%3 个页框时 %2 次缺页，%5 个时 %4 次。</translation>
    </message>
    <message>
        <source>LRU (exact, Mattson)</source>
        <translation>LRU（精确，Mattson）</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>OPT (Belady&apos;s MIN)</source>
        <translation>OPT（Belady 的 MIN）</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1/%2 步：%3</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>完成 ✓</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <source>Done when:</source>
        <translation>完成条件：</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Solution:</source>
        <translation>解答：</translation>
    </message>
    <message>
        <source>Points at:</source>
        <translation>指向：</translation>
    </message>
    <message>
        <source>This is the lesson&apos;s last step.</source>
        <translation>这是本课的最后一步。</translation>
    </message>
</context>
<context>
    <name>SwapTiersModel</name>
    <message>
        <source>swap-out</source>
        <translation>换出</translation>
    </message>
    <message>
        <source>swap-out (clean)</source>
        <translation>换出（干净）</translation>
    </message>
    <message>
        <source>swap-in</source>
        <translation>换入</translation>
    </message>
    <message>
        <source>swap cache</source>
        <translation>交换缓存</translation>
    </message>
    <message>
        <source>swap cache hit</source>
        <translation>交换缓存命中</translation>
    </message>
    <message>
        <source>leaves the swap cache</source>
        <translation>离开交换缓存</translation>
    </message>
</context>
<context>
    <name>ZoomLabel</name>
    <message>
        <source>Frame %1</source>
        <translation>页框 %1</translation>
    </message>
    <message>
        <source>Frame %1 (a page table)</source>
        <translation>页框 %1（页表）</translation>
    </message>
    <message>
        <source>Level %1 entry %2</source>
        <translation>第 %1 级表项 %2</translation>
    </message>
    <message>
        <source>Level %1 entry: A set</source>
        <translation>第 %1 级表项：A 置位</translation>
    </message>
    <message>
        <source>Level %1 entry: D set</source>
        <translation>第 %1 级表项：D 置位</translation>
    </message>
    <message>
        <source>Level %1 entry</source>
        <translation>第 %1 级表项</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>TLB set %1, way %2</source>
        <translation>TLB 组 %1，路 %2</translation>
    </message>
    <message>
        <source>TLB entry for %1</source>
        <translation>%1 的 TLB 表项</translation>
    </message>
    <message>
        <source>Swap area %1, slot %2</source>
        <translation>交换区 %1，槽 %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，地址 %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>页 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PageLab: how Linux manages memory, step by step.</source>
        <translation>PageLab：一步一步看 Linux 如何管理内存。</translation>
    </message>
    <message>
        <source>Run the scenario FILE to its end at start.</source>
        <translation>启动时将场景 FILE 运行到结束。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Open FILE (a scenario to step through, or a saved session).</source>
        <translation>打开 FILE（要逐步执行的场景，或已保存的会话）。</translation>
    </message>
    <message>
        <source>Open the lesson ID (e.g. page-walk) at start.</source>
        <translation>启动时打开课程 ID（例如 page-walk）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large type).</source>
        <translation>以演示模式启动（全屏，大字体）。</translation>
    </message>
</context>
<context>
    <name>pagelab::ui</name>
    <message>
        <source>unmapped</source>
        <translation>未映射</translation>
    </message>
    <message>
        <source>not yet touched</source>
        <translation>尚未访问</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>驻留</translation>
    </message>
    <message>
        <source>swapped out</source>
        <translation>已换出</translation>
    </message>
    <message>
        <source>file-backed, clean</source>
        <translation>文件映射，干净</translation>
    </message>
    <message>
        <source>file-backed, dirty</source>
        <translation>文件映射，脏</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>device memory</source>
        <translation>设备内存</translation>
    </message>
    <message>
        <source>PROT_NONE (frame kept, not present)</source>
        <translation>PROT_NONE（保留页框，不存在）</translation>
    </message>
    <message>
        <source>There is nothing to export: the view is hidden or empty.</source>
        <translation>没有可导出的内容：视图被隐藏或为空。</translation>
    </message>
    <message>
        <source>Exported from PageLab</source>
        <translation>从 PageLab 导出</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
    <message>
        <source>%1: cannot write the image (is the suffix .png, .jpg or .svg?)</source>
        <translation>%1：无法写入图像（后缀是 .png、.jpg 或 .svg 吗？）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>page table</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>user page (anonymous)</source>
        <translation>用户页（匿名）</translation>
    </message>
    <message>
        <source>page cache, clean</source>
        <translation>页缓存，干净</translation>
    </message>
    <message>
        <source>page cache, dirty</source>
        <translation>页缓存，脏</translation>
    </message>
    <message>
        <source>shared memory (shm)</source>
        <translation>共享内存（shm）</translation>
    </message>
    <message>
        <source>user page shared by several mappers (copy-on-write)</source>
        <translation>多个映射者共享的用户页（写时复制）</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>access_ok refused the range (it reaches past TASK_SIZE_MAX): nothing was touched.</source>
        <translation>access_ok 拒绝了该范围（超出 TASK_SIZE_MAX）：没有访问任何内存。</translation>
    </message>
    <message>
        <source>1: the range lies below TASK_SIZE_MAX (no mapping is checked).</source>
        <translation>1：该范围位于 TASK_SIZE_MAX 之下（不检查映射）。</translation>
    </message>
    <message>
        <source>0: the range reaches past TASK_SIZE_MAX.</source>
        <translation>0：该范围超出 TASK_SIZE_MAX。</translation>
    </message>
    <message>
        <source>0 bytes not copied: all %1 bytes moved.</source>
        <translation>0 字节未复制：全部 %1 字节已传送。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes were NOT copied: the copy stopped at the first page that could not be made present.</source>
        <translation>%2 字节中有 %1 字节未复制：复制在第一个无法调入的页处停止。</translation>
    </message>
    <message>
        <source>0: the value moved.</source>
        <translation>0：值已传送。</translation>
    </message>
    <message>
        <source>-EFAULT (-14): the address cannot be accessed.</source>
        <translation>-EFAULT (-14)：无法访问该地址。</translation>
    </message>
    <message>
        <source>0: a fault stopped the scan.</source>
        <translation>0：一次异常中止了扫描。</translation>
    </message>
    <message>
        <source>%1 &gt; %2: no NUL within the %2 bytes allowed.</source>
        <translation>%1 &gt; %2：在允许的 %2 字节内没有 NUL。</translation>
    </message>
    <message>
        <source>%1: the string is %2 bytes long, plus its NUL.</source>
        <translation>%1：字符串长 %2 字节，另加其 NUL。</translation>
    </message>
    <message>
        <source>-EFAULT (-14): a fault stopped the copy.</source>
        <translation>-EFAULT (-14)：一次异常中止了复制。</translation>
    </message>
    <message>
        <source>%1: no NUL within %1 bytes, the copy is not terminated.</source>
        <translation>%1：%1 字节内没有 NUL，副本未以 NUL 结尾。</translation>
    </message>
    <message>
        <source>%1: the string&apos;s length without its NUL.</source>
        <translation>%1：不含 NUL 的字符串长度。</translation>
    </message>
    <message>
        <source>The routine returned %1.</source>
        <translation>例程返回 %1。</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::AddressSpaceDock</name>
    <message>
        <source>Address spaces</source>
        <translation>地址空间</translation>
    </message>
    <message>
        <source>Zoom in around the middle (or use the mouse wheel over a VMA)</source>
        <translation>以中间为中心放大（或在 VMA 上使用鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show every VMA of every process</source>
        <translation>显示所有进程的所有 VMA</translation>
    </message>
    <message>
        <source>Click a page for its details; right-click for commands.</source>
        <translation>单击页查看详情；右键单击执行命令。</translation>
    </message>
    <message>
        <source>not touched</source>
        <translation>未访问</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>驻留</translation>
    </message>
    <message>
        <source>swapped</source>
        <translation>已换出</translation>
    </message>
    <message>
        <source>file clean</source>
        <translation>文件干净</translation>
    </message>
    <message>
        <source>file dirty</source>
        <translation>文件脏</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>%1 (pid %2) has exited: the page it showed here is gone. Click a page for its details.</source>
        <translation>%1（PID %2）已退出：这里显示的页已不存在。点击一个页查看详情。</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::AddressSpaceView</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>No process yet: `process NAME layout=classic` creates one.</source>
        <translation>还没有进程：`process NAME layout=classic` 可创建一个。</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>CR3 %1</source>
        <translation>CR3 %1</translation>
    </message>
    <message>
        <source>anon</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>%1 (pid %2), CR3 %3</source>
        <translation>%1（pid %2），CR3 %3</translation>
    </message>
    <message>
        <source>No VMA here: an access is a segmentation fault.</source>
        <translation>此处没有 VMA：访问会导致段错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: </source>
        <translation>页 %1：</translation>
    </message>
    <message>
        <source>not yet touched (no PTE): the first access faults it in.</source>
        <translation>尚未访问（没有页表项）：首次访问会通过缺页异常调入。</translation>
    </message>
    <message>
        <source> to area %1</source>
        <translation>，位于交换区 %1</translation>
    </message>
    <message>
        <source>, frame %1</source>
        <translation>，页框 %1</translation>
    </message>
    <message>
        <source>, locked (mlock)</source>
        <translation>，锁定（mlock）</translation>
    </message>
    <message>
        <source>PTE %1</source>
        <translation>页表项 %1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Touch for writing</source>
        <translation>写访问</translation>
    </message>
    <message>
        <source>munlock the page</source>
        <translation>munlock 该页</translation>
    </message>
    <message>
        <source>mlock the page</source>
        <translation>mlock 该页</translation>
    </message>
    <message>
        <source>munmap the page</source>
        <translation>munmap 该页</translation>
    </message>
    <message>
        <source>invlpg</source>
        <translation>invlpg</translation>
    </message>
    <message>
        <source>Zoom to this VMA</source>
        <translation>缩放到此 VMA</translation>
    </message>
    <message>
        <source>killed (OOM), gone</source>
        <translation>已被杀死（OOM），已消失</translation>
    </message>
    <message>
        <source>killed (OOM)</source>
        <translation>已被杀死（OOM）</translation>
    </message>
    <message>
        <source>Killed by the OOM killer; the process is gone.</source>
        <translation>被 OOM killer 杀死；进程已消失。</translation>
    </message>
    <message>
        <source>Killed by the OOM killer: its memory is freed, the process goes next.</source>
        <translation>被 OOM killer 杀死：其内存已释放，进程随后消失。</translation>
    </message>
    <message>
        <source>%1 (pid %2) was killed by the OOM killer: out of memory (%3), and it had the highest badness, %4 pages of memory, swap and page tables.%5</source>
        <translation>%1（PID %2）被 OOM killer 杀死：内存耗尽（%3），它的 badness 最高，共 %4 页内存、交换区和页表。%5</translation>
    </message>
    <message>
        <source>The process is gone.</source>
        <translation>进程已消失。</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Fault and TLB rates</source>
        <translation>缺页与 TLB 比率</translation>
    </message>
    <message>
        <source>Miss-ratio curves</source>
        <translation>缺失率曲线</translation>
    </message>
    <message>
        <source>Memory and swap</source>
        <translation>内存与交换区</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::CommandProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the command: the machine stays as it was before it</source>
        <translation>停止该命令：机器保持在它之前的状态</translation>
    </message>
    <message>
        <source>%1 of %2 references</source>
        <translation>%1 / %2 次访存</translation>
    </message>
    <message>
        <source>Preparing %1: replaying the command before it</source>
        <translation>正在准备 %1：重放它之前的命令</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>正在运行 %1</translation>
    </message>
    <message>
        <source>Cancelling %1: restoring the state before it</source>
        <translation>正在取消 %1：恢复它之前的状态</translation>
    </message>
    <message>
        <source>%1 · %p%</source>
        <translation>%1 · %p%</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::ConsoleDock</name>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>What the machine says appears here.</source>
        <translation>机器的输出显示在这里。</translation>
    </message>
    <message>
        <source>Type a command and press Enter</source>
        <translation>输入命令并按 Enter</translation>
    </message>
    <message>
        <source>A command of the scenario language, e.g. process p. Up/Down: earlier commands. Tab: complete the command word.</source>
        <translation>场景语言的一条命令，例如 process p。上/下：之前的命令。Tab：补全命令词。</translation>
    </message>
    <message>
        <source>Cancelled: the machine is as it was before the command, which is not kept.</source>
        <translation>已取消：机器恢复到该命令之前的状态，该命令不予保留。</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::EventCaption</name>
    <message>
        <source>%1 · event %2 of %3</source>
        <translation>%1 · 事件 %2/%3</translation>
    </message>
    <message>
        <source>Space or PageDown: forward · PageUp: back · B: blank screen · Esc: leave</source>
        <translation>空格或 PageDown：前进 · PageUp：后退 · B：黑屏 · Esc：退出</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Filter events (e.g. TlbLookup, fault, 0x1000)</source>
        <translation>筛选事件（例如 TlbLookup、fault、0x1000）</translation>
    </message>
    <message>
        <source>Every step the machine takes appears here, in words.</source>
        <translation>机器的每一步都以文字显示在这里。</translation>
    </message>
    <message>
        <source>%1. %2 (%3): %4</source>
        <translation>%1. %2（%3）：%4</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::EventLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::FocusZoom</name>
    <message>
        <source>Magnified: %1</source>
        <translation>放大：%1</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::FrameGridView</name>
    <message>
        <source>Frames %1 to %2 (click to zoom in)</source>
        <translation>页框 %1 至 %2（单击放大）</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::FrameMapModel</name>
    <message>
        <source>Frame %1 (physical %2): </source>
        <translation>页框 %1（物理地址 %2）：</translation>
    </message>
    <message>
        <source>Owner: %1 (pid %2)</source>
        <translation>所有者：%1（pid %2）</translation>
    </message>
    <message>
        <source>Locked in memory (mlock): reclaim leaves it alone</source>
        <translation>锁定在内存中（mlock）：回收不会动它</translation>
    </message>
    <message>
        <source>In the swap cache: slot %1 of %2</source>
        <translation>在交换缓存中：%2 的槽 %1</translation>
    </message>
    <message>
        <source>Mapped by no one (held by the page cache or shm object)</source>
        <translation>无人映射（由页缓存或 shm 对象持有）</translation>
    </message>
    <message>
        <source>Mapped by %1 (pid %2) at %3</source>
        <translation>由 %1（pid %2）映射在 %3</translation>
    </message>
    <message>
        <source>Read through %1 at %2</source>
        <translation>通过 %1 在 %2 读</translation>
    </message>
    <message>
        <source>Write through %1 at %2</source>
        <translation>通过 %1 在 %2 写</translation>
    </message>
    <message>
        <source>munlock it in %1</source>
        <translation>在 %1 中 munlock</translation>
    </message>
    <message>
        <source>mlock it in %1</source>
        <translation>在 %1 中 mlock</translation>
    </message>
    <message>
        <source>munmap it from %1</source>
        <translation>从 %1 中 munmap</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::LessonBrowser</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::LessonLibrary</name>
    <message>
        <source> (and %1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::LessonListModel</name>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1 of 1 step</source>
        <translation>%1/1 步</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1/%2 步</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>No lesson is open. Pick one in the lesson browser on the welcome page, or in the Lessons menu.</source>
        <translation>没有打开的课程。请在欢迎页的课程浏览器或“课程”菜单中选择一个。</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>检查答案</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Run the solution: the views show what it does</source>
        <translation>运行答案：各视图显示它的效果</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>重新开始本步</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1/%2 步：%3</translation>
    </message>
    <message>
        <source>Several answers are right.</source>
        <translation>有多个正确答案。</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>不太对：答案是 %1。</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The machine is in the state the task asked for.</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;机器已处于任务要求的状态。</translation>
    </message>
    <message>
        <source>Not done yet: type commands in the console.</source>
        <translation>尚未完成：请在控制台中输入命令。</translation>
    </message>
    <message>
        <source>The answer is %1.</source>
        <translation>答案是 %1。</translation>
    </message>
    <message>
        <source>The explanation follows when the views have shown the answer.</source>
        <translation>视图展示出答案后，解释随即显示。</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::MainWindow</name>
    <message>
        <source>PageLab</source>
        <translation>PageLab</translation>
    </message>
    <message>
        <source>Ready: type a command in the console, or pick an example.</source>
        <translation>就绪：在控制台中输入命令，或选择一个示例。</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson &amp;browser</source>
        <translation>课程浏览器(&amp;B)</translation>
    </message>
    <message>
        <source>Show the lessons on the welcome page</source>
        <translation>在欢迎页显示课程</translation>
    </message>
    <message>
        <source>&amp;Reset progress…</source>
        <translation>重置进度(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>重置进度</translation>
    </message>
    <message>
        <source>Forget which steps of which lessons you have done?</source>
        <translation>忘记已完成的所有课程步骤？</translation>
    </message>
    <message>
        <source>error: there is no lesson &apos;%1&apos; in %2</source>
        <translation>错误：%2 中没有课程“%1”</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a scenario (.vms) to step through, or a saved session (.pagelab)</source>
        <translation>打开要逐步执行的场景（.vms）或已保存的会话（.pagelab）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;scenario…</source>
        <translation>另存为场景(&amp;C)…</translation>
    </message>
    <message>
        <source>Every command of this session as a scenario file</source>
        <translation>将本会话的所有命令保存为场景文件</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <source>The whole session, with the player&apos;s position, to open again later</source>
        <translation>保存整个会话及播放位置，以便以后再次打开</translation>
    </message>
    <message>
        <source>&amp;Export view</source>
        <translation>导出视图(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large type, for a projector (F5 again to leave)</source>
        <translation>全屏大字体，适合投影（再按 F5 退出）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PageLab</source>
        <translation>关于 PageLab(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>%1: error: cannot open the scenario: %2</source>
        <translation>%1：错误：无法打开场景：%2</translation>
    </message>
    <message>
        <source>%1: error: %2 bytes is more than the 16 MiB a scenario may have</source>
        <translation>%1：错误：%2 字节超过了场景允许的 16 MiB</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>%1 stopped with an error (see the console)</source>
        <translation>%1 因错误而停止（见控制台）</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n command(s) ready. Step (PageDown), Next (F10) or Run (F8).</source>
        <translation>
            <numerusform>已打开 %1：%n 条命令就绪。单步（PageDown）、下一条（F10）或运行（F8）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>PageLab files (*.vms *.pagelab);;Scenarios (*.vms);;Sessions (*.pagelab);;All files (*)</source>
        <translation>PageLab 文件 (*.vms *.pagelab);;场景 (*.vms);;会话 (*.pagelab);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>另存为场景</translation>
    </message>
    <message>
        <source>Scenarios (*.vms)</source>
        <translation>场景 (*.vms)</translation>
    </message>
    <message>
        <source># Saved by PageLab from a session
</source>
        <translation># 由 PageLab 从会话保存
</translation>
    </message>
    <message>
        <source>%1: error: cannot write the scenario: %2</source>
        <translation>%1：错误：无法写入场景：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>PageLab sessions (*.pagelab)</source>
        <translation>PageLab 会话 (*.pagelab)</translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation>会话已保存到 %1</translation>
    </message>
    <message>
        <source>The current session is unchanged.</source>
        <translation>当前会话未改变。</translation>
    </message>
    <message numerus="yes">
        <source>Restored the session from %1: %n command(s).</source>
        <translation>
            <numerusform>已从 %1 恢复会话：%n 条命令。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>About PageLab</source>
        <translation>关于 PageLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PageLab %1&lt;/h3&gt;&lt;p&gt;PageLab teaches how Linux manages memory: address spaces, x86 page tables and the TLB, page faults, and, in later versions, swap, sharing, pinning and the kernel&apos;s uaccess API.&lt;/p&gt;&lt;p&gt;Every step of the simulated machine is recorded and explained; the console speaks the PageLab scenario language.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PageLab %1&lt;/h3&gt;&lt;p&gt;PageLab 讲解 Linux 如何管理内存：地址空间、x86 页表与 TLB、缺页异常，以及在后续版本中的交换、共享、固定（pinning）和内核的 uaccess API。&lt;/p&gt;&lt;p&gt;模拟机器的每一步都被记录并解释；控制台使用 PageLab 场景语言。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&lt;p&gt;PageLab is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;PageLab is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;PageLab uses Qt (LGPL-3.0 / GPL) and QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;PageLab 是自由软件：您可以依据自由软件基金会发布的 GNU 通用公共许可证第 3 版或（由您选择）任何更新的版本，重新发布和/或修改它。&lt;/p&gt;&lt;p&gt;发布 PageLab 是希望它有用，但不提供任何担保；甚至不含适销性或特定用途适用性的默示担保。详情请参阅 GNU 通用公共许可证：&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;。（仅英文原文具有法律效力。）&lt;/p&gt;&lt;p&gt;PageLab 使用 Qt（LGPL-3.0 / GPL）和 QCustomPlot（GPL-3.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running %1 (the console shows its progress)</source>
        <translation>正在运行 %1（控制台显示进度）</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <source>%1 was not restored to its end (see the console)</source>
        <translation>%1 未能完整恢复（见控制台）</translation>
    </message>
    <message numerus="yes">
        <source>Restoring the session from %1: %n command(s); long ones run again in the background (Cancel stops there, the rest stays queued).</source>
        <translation>
            <numerusform>正在从 %1 恢复会话：%n 条命令；耗时的命令在后台重新运行（“取消”会在此停下，其余命令留在队列中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring %1 (the console shows its progress)</source>
        <translation>正在恢复 %1（控制台显示进度）</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
    <message>
        <source>The welcome page with the lesson browser (it steps aside while a lesson runs)</source>
        <translation>带有课程浏览器的欢迎页（课程进行时会让出位置）</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::MemoryChart</name>
    <message>
        <source>Every frame of RAM by what it holds, and the slots of each swap area in use.</source>
        <translation>按内容统计的每个内存页框，以及各交换区已用的槽。</translation>
    </message>
    <message>
        <source>RAM (%1 frames)</source>
        <translation>内存（%1 个页框）</translation>
    </message>
    <message>
        <source>swap %1 (%2 slots)</source>
        <translation>交换区 %1（%2 个槽）</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3</source>
        <translation>%1：%2 页，%3</translation>
    </message>
    <message>
        <source>swapped out</source>
        <translation>已换出</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Memory and swap</source>
        <translation>内存与交换区</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::MrcPanel</name>
    <message>
        <source>Belady&apos;s string 1 2 3 4 1 2 5 1 2 3 4 5</source>
        <translation>Belady 序列 1 2 3 4 1 2 5 1 2 3 4 5</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Trace file</source>
        <translation>跟踪文件</translation>
    </message>
    <message>
        <source>The reference string whose miss-ratio curves are computed.</source>
        <translation>要计算缺失率曲线的引用串。</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>references</source>
        <translation>引用数</translation>
    </message>
    <message>
        <source>theta</source>
        <translation>theta</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>trace file</source>
        <translation>跟踪文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>pages: a page number per line; addresses: a hex address per line; lackey: valgrind --tool=lackey --trace-mem=yes</source>
        <translation>pages：每行一个页号；addresses：每行一个十六进制地址；lackey：valgrind --tool=lackey --trace-mem=yes</translation>
    </message>
    <message>
        <source>The largest memory size, in frames, on the curve.</source>
        <translation>曲线上最大的内存大小（页框数）。</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops between chunks of the trace, inside the LRU pass and between two sizes; one simulation at one size runs to its end.</source>
        <translation>在跟踪的分块之间、LRU 遍历之中以及两个大小之间停止；单个大小的一次模拟会运行到结束。</translation>
    </message>
    <message>
        <source>Reference string</source>
        <translation>引用串</translation>
    </message>
    <message>
        <source>up to frames</source>
        <translation>最多页框数</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>页框</translation>
    </message>
    <message>
        <source>miss ratio (faults per reference)</source>
        <translation>缺失率（每次引用的缺页数）</translation>
    </message>
    <message>
        <source>Faults per reference against the number of frames. LRU and OPT never get worse with more frames; FIFO can (Belady&apos;s anomaly).</source>
        <translation>每次引用的缺页数与页框数的关系。LRU 和 OPT 在页框增多时不会变差；FIFO 可能变差（Belady 异常）。</translation>
    </message>
    <message>
        <source>Choose a reference string and press Compute.</source>
        <translation>选择一个引用串并按“计算”。</translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation>打开跟踪</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancelled: the curves shown are from the previous run.</source>
        <translation>已取消：显示的曲线来自上一次运行。</translation>
    </message>
    <message>
        <source>%1 references to %2 distinct pages, 1 to %3 frames.</source>
        <translation>%1 次引用，涉及 %2 个不同的页，1 至 %3 个页框。</translation>
    </message>
    <message>
        <source>Belady&apos;s anomaly: %1</source>
        <translation>Belady 异常：%1</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::Palette</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Colour-blind safe (Okabe–Ito)</source>
        <translation>色盲友好（Okabe–Ito）</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::PhysicalMemoryDock</name>
    <message>
        <source>Physical memory</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Back to the map of every frame</source>
        <translation>返回所有页框的总图</translation>
    </message>
    <message>
        <source>Click a frame for its details; right-click a user frame for commands.</source>
        <translation>单击页框查看详情；右键单击用户页框执行命令。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>cache clean</source>
        <translation>缓存干净</translation>
    </message>
    <message>
        <source>cache dirty</source>
        <translation>缓存脏</translation>
    </message>
    <message>
        <source>shared/shm</source>
        <translation>共享/shm</translation>
    </message>
    <message>
        <source>locked mark</source>
        <translation>锁定标记</translation>
    </message>
    <message>
        <source>(%1 frames per dot; click to zoom in)</source>
        <translation>（每点 %1 个页框；单击放大）</translation>
    </message>
    <message>
        <source>(frames from %1; wheel scrolls)</source>
        <translation>（从页框 %1 起；滚轮滚动）</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::Player</name>
    <message>
        <source>Still running %1: wait for it to finish or press Cancel, then type again.</source>
        <translation>%1 仍在运行：请等待它完成或按“取消”，然后再输入。</translation>
    </message>
    <message>
        <source>%1: cancelled before it started</source>
        <translation>%1：在开始前已取消</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to a fresh machine; every command waits to run again</source>
        <translation>回到全新的机器；所有命令等待重新运行</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>One event back, restoring the state exactly</source>
        <translation>后退一个事件，精确恢复状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One event forward</source>
        <translation>前进一个事件</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>To the end of this command, or the whole next one</source>
        <translation>执行到本命令结束，或执行下一整条命令</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Play events at the chosen speed; again to pause</source>
        <translation>按所选速度播放事件；再按一次暂停</translation>
    </message>
    <message>
        <source>Playback speed in events per second</source>
        <translation>播放速度（每秒事件数）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting</source>
        <translation>
            <numerusform>%n 条命令等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has run yet</source>
        <translation>尚未运行任何内容</translation>
    </message>
    <message>
        <source>Command %1 of %2 · event %3 of %4</source>
        <translation>命令 %1/%2 · 事件 %3/%4</translation>
    </message>
    <message>
        <source>Skip to end</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>Every waiting command at once, to the end of the last one</source>
        <translation>一次执行所有等待中的命令，直到最后一条结束</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The menus, views and lessons change language at the next start.</source>
        <translation>菜单、视图和课程将在下次启动时切换语言。</translation>
    </message>
    <message>
        <source>&amp;Animate typed commands event by event</source>
        <translation>逐个事件动画显示输入的命令(&amp;A)</translation>
    </message>
    <message>
        <source>Off: a typed command&apos;s result shows at once; Back still steps through its events.</source>
        <translation>关闭时：输入命令的结果立即显示；“后退”仍可逐个查看其事件。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>PageLab speaks the new language from its next start.</source>
        <translation>PageLab 将从下次启动起使用新语言。</translation>
    </message>
    <message>
        <source>The colours of every view and legend. The colour-blind-safe palette keeps page states apart under red-green and blue-yellow colour blindness.</source>
        <translation>所有视图和图例的颜色。色盲友好配色在红绿色盲和蓝黄色盲下仍能区分各种页状态。</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::PresenterWindow</name>
    <message>
        <source>PageLab: presenter view</source>
        <translation>PageLab：演讲者视图</translation>
    </message>
    <message>
        <source>The audience&apos;s screen is blank (B or period to show it)</source>
        <translation>观众屏幕已黑屏（按 B 或句点恢复）</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>本步骤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Elapsed %1:%2:%3</source>
        <translation>已用时间 %1:%2:%3</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>本步骤没有备注。</translation>
    </message>
    <message>
        <source>No lesson is open</source>
        <translation>没有打开的课程</translation>
    </message>
    <message>
        <source>The next press runs the next command.</source>
        <translation>下一次按键运行下一条命令。</translation>
    </message>
    <message>
        <source>The next press shows event %1 of %2.</source>
        <translation>下一次按键显示事件 %1/%2。</translation>
    </message>
    <message>
        <source>The next press reveals the quiz&apos;s answer.</source>
        <translation>下一次按键揭晓测验答案。</translation>
    </message>
    <message>
        <source>The next press runs the task&apos;s solution.</source>
        <translation>下一次按键运行任务的解答。</translation>
    </message>
    <message>
        <source>The next press opens the next step.</source>
        <translation>下一次按键打开下一步。</translation>
    </message>
    <message>
        <source>This is the end of the lesson.</source>
        <translation>课程到此结束。</translation>
    </message>
    <message>
        <source>Nothing is left to play.</source>
        <translation>没有可播放的内容了。</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::RatesPlot</name>
    <message>
        <source>page faults per access</source>
        <translation>每次访问的缺页数</translation>
    </message>
    <message>
        <source>major faults per access</source>
        <translation>每次访问的主缺页数</translation>
    </message>
    <message>
        <source>TLB hit ratio</source>
        <translation>TLB 命中率</translation>
    </message>
    <message>
        <source>swap-ins (right axis)</source>
        <translation>换入次数（右轴）</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>ratio per window</source>
        <translation>每窗口比率</translation>
    </message>
    <message>
        <source>swap-ins</source>
        <translation>换入次数</translation>
    </message>
    <message>
        <source>Each point is the window since the previous command (along a long trace or workload, since the previous point of its run): page faults and major faults per memory access the program made, the share of TLB lookups that hit, and swap-ins.</source>
        <translation>每个点是自上一条命令以来的窗口（对于很长的 trace 或 workload，是自其运行中的上一个点以来）：程序每次内存访问的缺页异常数和主缺页数、TLB 查找的命中比例，以及换入次数。</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::SessionFile</name>
    <message>
        <source>%1: error: cannot write the session: %2</source>
        <translation>%1：错误：无法写入会话：%2</translation>
    </message>
    <message>
        <source>%1: error: cannot open the session: %2</source>
        <translation>%1：错误：无法打开会话：%2</translation>
    </message>
    <message>
        <source>%1: error: %2 bytes is more than a session file may have (64 MiB)</source>
        <translation>%1：错误：%2 字节超过了会话文件允许的大小（64 MiB）</translation>
    </message>
    <message>
        <source>%1: error: not a session file: %2</source>
        <translation>%1：错误：不是会话文件：%2</translation>
    </message>
    <message>
        <source>%1:1:1: error: not a PageLab session (no &quot;format&quot;: &quot;pagelab-session&quot;)</source>
        <translation>%1:1:1：错误：不是 PageLab 会话（缺少 &quot;format&quot;: &quot;pagelab-session&quot;）</translation>
    </message>
    <message>
        <source>%1:1:1: error: session format version %2; this PageLab reads version %3</source>
        <translation>%1:1:1：错误：会话格式版本为 %2；此 PageLab 读取版本 %3</translation>
    </message>
    <message>
        <source>%1: error: command %2 of the session does not parse: %3</source>
        <translation>%1：错误：会话的第 %2 条命令无法解析：%3</translation>
    </message>
    <message>
        <source>%1: error: command %2 of the session is not one command</source>
        <translation>%1：错误：会话的第 %2 条命令不是单条命令</translation>
    </message>
    <message>
        <source>%1: error: the cursor (position %2 of %3 commands) is outside the session</source>
        <translation>%1：错误：光标（%3 条命令中的位置 %2）超出会话范围</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::SwapTiersDock</name>
    <message>
        <source>Swap tiers</source>
        <translation>交换区层级</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::SwapTiersWidget</name>
    <message>
        <source>Swap area %1: priority %2, %3 slots, %4 used, %5 free. Each swap-in costs %6; %7 swap-ins so far cost %8.</source>
        <translation>交换区 %1：优先级 %2，%3 个槽，已用 %4，空闲 %5。每次换入耗时 %6；迄今 %7 次换入共耗时 %8。</translation>
    </message>
    <message>
        <source>Areas of equal priority take pages in turn (round-robin).</source>
        <translation>优先级相同的交换区轮流接收页（轮转）。</translation>
    </message>
    <message>
        <source>swapoff is emptying it: no new pages go here.</source>
        <translation>swapoff 正在清空它：不再有新页写入。</translation>
    </message>
    <message>
        <source>Slots %1-%2 of %3: %4 of %5 used</source>
        <translation>%3 的槽 %1-%2：已用 %4/%5</translation>
    </message>
    <message>
        <source>Slot %1 of %2: free</source>
        <translation>%2 的槽 %1：空闲</translation>
    </message>
    <message>
        <source>%1 page 0x%2</source>
        <translation>%1 的页 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 of %2: used, %n PTE(s) hold its swap entry</source>
        <translation>
            <numerusform>%2 的槽 %1：已用，%n 个页表项保存其交换项</numerusform>
        </translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>由 %1 持有</translation>
    </message>
    <message>
        <source>in the swap cache: frame %1 holds a copy</source>
        <translation>在交换缓存中：页框 %1 保存一份副本</translation>
    </message>
    <message>
        <source>in the swap cache</source>
        <translation>在交换缓存中</translation>
    </message>
    <message>
        <source>Frame %1 in memory: %2</source>
        <translation>内存中的页框 %1：%2</translation>
    </message>
    <message>
        <source>Turn swap area %1 off (swapoff)</source>
        <translation>关闭交换区 %1（swapoff）</translation>
    </message>
    <message>
        <source>%1   priority %2</source>
        <translation>%1   优先级 %2</translation>
    </message>
    <message>
        <source>(round-robin with equal priority)</source>
        <translation>（同优先级轮转）</translation>
    </message>
    <message>
        <source>(being turned off)</source>
        <translation>（正在关闭）</translation>
    </message>
    <message>
        <source>%1 slots · %2 used · %3 free · %4 per swap-in · time in swap-in: %5 (%6 pages in, %7 out)</source>
        <translation>%1 个槽 · 已用 %2 · 空闲 %3 · 每次换入 %4 · 换入总耗时：%5（换入 %6 页，换出 %7 页）</translation>
    </message>
    <message>
        <source>memory
frame %1</source>
        <translation>内存
页框 %1</translation>
    </message>
    <message>
        <source>No swap area</source>
        <translation>没有交换区</translation>
    </message>
    <message>
        <source>When memory runs out, the kernel writes anonymous pages to swap areas, the highest priority first (equal priorities in turn), and reads them back on the next access (a major fault). Turn one on in the console:</source>
        <translation>内存不足时，内核把匿名页写入交换区，优先级最高的先用（同优先级轮流），并在下次访问时读回（主缺页）。在控制台中启用一个交换区：</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::TlbDock</name>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>Show the entries one PCID can use (global entries match every PCID)</source>
        <translation>显示某个 PCID 可用的表项（全局表项匹配所有 PCID）</translation>
    </message>
    <message>
        <source>All PCIDs</source>
        <translation>所有 PCID</translation>
    </message>
    <message>
        <source>PCID %1</source>
        <translation>PCID %1</translation>
    </message>
    <message>
        <source>Hits %1 (STLB %2) · misses %3 · hit rate %4%</source>
        <translation>命中 %1（STLB %2）· 未命中 %3 · 命中率 %4%</translation>
    </message>
    <message>
        <source>Invalidate this page (%1)</source>
        <translation>使此页失效（%1）</translation>
    </message>
    <message>
        <source>Flush the whole TLB (%1)</source>
        <translation>刷新整个 TLB（%1）</translation>
    </message>
    <message>
        <source>Flush this process&apos;s entries (%1)</source>
        <translation>刷新此进程的表项（%1）</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::TlbModel</name>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>STLB</source>
        <translation>STLB</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%1 组 %2</translation>
    </message>
    <message>
        <source>L1 set %1 and STLB set %2</source>
        <translation>L1 组 %1 和 STLB 组 %2</translation>
    </message>
    <message>
        <source>L1 set %1</source>
        <translation>L1 组 %1</translation>
    </message>
    <message>
        <source>Lookup %1 (PCID %2): hit in %3</source>
        <translation>查找 %1（PCID %2）：在 %3 中命中</translation>
    </message>
    <message>
        <source>Lookup %1 (PCID %2): miss in %3</source>
        <translation>查找 %1（PCID %2）：在 %3 中未命中</translation>
    </message>
    <message>
        <source>Fill %1 set %2 way %3 with page %4, evicting page %5</source>
        <translation>填充 %1 组 %2 路 %3：页 %4，淘汰页 %5</translation>
    </message>
    <message>
        <source>Fill %1 set %2 way %3 with page %4</source>
        <translation>填充 %1 组 %2 路 %3：页 %4</translation>
    </message>
    <message numerus="yes">
        <source>INVLPG %1 (PCID %2): %n entry(s) removed</source>
        <translation>
            <numerusform>INVLPG %1（PCID %2）：移除 %n 个表项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flush: every entry, global ones too: %n removed</source>
        <translation>
            <numerusform>刷新：所有表项，包括全局表项：移除 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>CR3 load without flush (PCID %1)</source>
        <translation>加载 CR3 不刷新（PCID %1）</translation>
    </message>
    <message numerus="yes">
        <source>CR3 load: non-global entries flushed: %n removed</source>
        <translation>
            <numerusform>加载 CR3：刷新非全局表项：移除 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 (G)</source>
        <translation>%1（G）</translation>
    </message>
    <message>
        <source>%1 set %2 way %3: empty</source>
        <translation>%1 组 %2 路 %3：空</translation>
    </message>
    <message>
        <source>%1 set %2 way %3: page %4 (%5) maps frame %6 for PCID %7%8; %9, %10%11%12. LRU rank %13 in its set (0 = most recently used).</source>
        <translation>%1 组 %2 路 %3：页 %4（%5）映射到页框 %6，PCID %7%8；%9，%10%11%12。在组内的 LRU 排名 %13（0 = 最近使用）。</translation>
    </message>
    <message>
        <source>, global</source>
        <translation>，全局</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>supervisor only</source>
        <translation>仅管理态</translation>
    </message>
    <message>
        <source>, no execute</source>
        <translation>，不可执行</translation>
    </message>
    <message>
        <source>, dirty</source>
        <translation>，脏</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>路</translation>
    </message>
    <message>
        <source>Virtual page</source>
        <translation>虚拟页</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>页框</translation>
    </message>
    <message>
        <source>PCID</source>
        <translation>PCID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>LRU</source>
        <translation>LRU</translation>
    </message>
    <message>
        <source>Remove %1 set %2 way %3: global page %4 (frame %5)</source>
        <translation>移除 %1 组 %2 路 %3：全局页 %4（页框 %5）</translation>
    </message>
    <message>
        <source>Remove %1 set %2 way %3: page %4 (frame %5, PCID %6)</source>
        <translation>移除 %1 组 %2 路 %3：页 %4（页框 %5，PCID %6）</translation>
    </message>
    <message>
        <source>%1 set %2 way %3 (%4)</source>
        <translation>%1 组 %2 路 %3（%4）</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::TranslationDock</name>
    <message>
        <source>Translation</source>
        <translation>地址翻译</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>hex, e.g. 0x401000: shows its fields</source>
        <translation>十六进制，例如 0x401000：显示其各字段</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Run `access` on this address in the running process</source>
        <translation>在当前进程中对此地址运行 `access`</translation>
    </message>
    <message>
        <source>Invalidate its TLB entry (%1)</source>
        <translation>使其 TLB 表项失效（%1）</translation>
    </message>
    <message>
        <source>Read it (%1)</source>
        <translation>读取（%1）</translation>
    </message>
    <message>
        <source>Write it (%1)</source>
        <translation>写入（%1）</translation>
    </message>
    <message>
        <source>Split an address into its fields without accessing it; Look up runs `pte` on it to see its walk with no side effect, Access runs `access` on it</source>
        <translation>将地址拆分为各字段而不访问它；“查询”会对它运行 `pte`，无副作用地显示其页表遍历，“访问”会对它运行 `access`</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Run `pte` on this address in the running process: the walk is read without the TLB and without setting Accessed or Dirty bits</source>
        <translation>在正在运行的进程中对此地址运行 `pte`：读取页表遍历时不经过 TLB，也不设置 Accessed 或 Dirty 位</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::TypeSizeActions</name>
    <message>
        <source>&amp;Larger type</source>
        <translation>放大字体(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller type</source>
        <translation>缩小字体(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal type size</source>
        <translation>默认字体大小(&amp;N)</translation>
    </message>
    <message>
        <source>Larger type in this mode (presentation mode keeps its own size)</source>
        <translation>在当前模式下放大字体（演示模式单独保存自己的大小）</translation>
    </message>
    <message>
        <source>Smaller type in this mode (presentation mode keeps its own size)</source>
        <translation>在当前模式下缩小字体（演示模式单独保存自己的大小）</translation>
    </message>
    <message>
        <source>The type size this mode starts with</source>
        <translation>当前模式的初始字体大小</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::UaccessDock</name>
    <message>
        <source>Kernel and user memory</source>
        <translation>内核与用户内存</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::UaccessWidget</name>
    <message>
        <source>resident</source>
        <translation>驻留</translation>
    </message>
    <message>
        <source>not present (a touch faults)</source>
        <translation>不存在（访问会触发缺页异常）</translation>
    </message>
    <message>
        <source>swapped out (a touch reads it back)</source>
        <translation>已换出（访问会将其读回）</translation>
    </message>
    <message>
        <source>no VMA: nothing can be mapped here</source>
        <translation>没有 VMA：此处无法映射任何内容</translation>
    </message>
    <message>
        <source>faulted in now (%1)</source>
        <translation>现已通过缺页调入（%1）</translation>
    </message>
    <message>
        <source>not reached: the routine stopped before it</source>
        <translation>未到达：例程在此之前已停止</translation>
    </message>
    <message>
        <source>%1 reads user memory of %2</source>
        <translation>%1 读取 %2 的用户内存</translation>
    </message>
    <message>
        <source>%1: kernel → user memory of %2</source>
        <translation>%1：内核 → %2 的用户内存</translation>
    </message>
    <message>
        <source>%1: user memory of %2 → kernel</source>
        <translation>%1：%2 的用户内存 → 内核</translation>
    </message>
    <message>
        <source>access_ok(%1, %2) passes</source>
        <translation>access_ok(%1, %2) 通过</translation>
    </message>
    <message>
        <source>access_ok(%1, %2) REFUSES: past TASK_SIZE_MAX</source>
        <translation>access_ok(%1, %2) 拒绝：超出 TASK_SIZE_MAX</translation>
    </message>
    <message>
        <source>Kernel buffer (%1 bytes)</source>
        <translation>内核缓冲区（%1 字节）</translation>
    </message>
    <message>
        <source>User buffer at %1</source>
        <translation>位于 %1 的用户缓冲区</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>页 %1：%2</translation>
    </message>
    <message>
        <source>… %1 bytes …</source>
        <translation>… %1 字节 …</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>protection violation</source>
        <translation>保护违例</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>#PF at %1, error code %2 (%3, supervisor %4).</source>
        <translation>%1 处 #PF，错误码 %2（%3，管理态%4）。</translation>
    </message>
    <message>
        <source>The fault handler runs…</source>
        <translation>缺页处理程序运行中…</translation>
    </message>
    <message>
        <source>The fault handler fixes it: %1, and the copy goes on.</source>
        <translation>缺页处理程序修复了它：%1，复制继续。</translation>
    </message>
    <message>
        <source>The fault handler cannot fix it (%1).</source>
        <translation>缺页处理程序无法修复它（%1）。</translation>
    </message>
    <message>
        <source>Exception table: the faulting instruction in %1 has a fixup entry, so instead of an oops the routine stops at %2 and returns %3.</source>
        <translation>异常表：%1 中出错的指令有修复表项，因此例程不会 oops，而是在 %2 处停止并返回 %3。</translation>
    </message>
    <message>
        <source>returns %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Step on to see what the routine returns.</source>
        <translation>继续单步以查看例程的返回值。</translation>
    </message>
    <message>
        <source>Kernel and user memory</source>
        <translation>内核与用户内存</translation>
    </message>
    <message>
        <source>The kernel never trusts a user pointer: it moves bytes with copy_to_user, copy_from_user, get_user, put_user ... which check the range (access_ok), take page faults like user code, and turn a fault that cannot be fixed into a short count or -EFAULT through the exception table. Run one in the console, for example:</source>
        <translation>内核从不信任用户指针：它用 copy_to_user、copy_from_user、get_user、put_user ... 传送字节，这些例程检查范围（access_ok），像用户代码一样触发缺页异常，并通过异常表把无法修复的异常变成不足的字节数或 -EFAULT。在控制台中运行一个，例如：</translation>
    </message>
    <message>
        <source>The first page fault the routine took on a user address, and what the fault handler did.</source>
        <translation>例程在用户地址上遇到的第一次缺页异常，以及缺页处理程序的处理。</translation>
    </message>
    <message>
        <source>The exception table (__ex_table) lists the instructions that may fault on user memory; the fixup makes the routine return instead of oopsing.</source>
        <translation>异常表（__ex_table）列出可能在用户内存上出错的指令；修复代码让例程返回而不是 oops。</translation>
    </message>
    <message>
        <source>What the routine returns to its caller.</source>
        <translation>例程返回给调用者的值。</translation>
    </message>
    <message>
        <source>User page %1: %2</source>
        <translation>用户页 %1：%2</translation>
    </message>
    <message>
        <source>The kernel&apos;s buffer: bytes %1 to %2</source>
        <translation>内核的缓冲区：字节 %1 至 %2</translation>
    </message>
    <message>
        <source>User memory %1 to %2 of %3</source>
        <translation>%3 的用户内存 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::WalkView</name>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>取指</translation>
    </message>
    <message>
        <source>32-bit paging</source>
        <translation>32 位分页</translation>
    </message>
    <message>
        <source>PAE paging</source>
        <translation>PAE 分页</translation>
    </message>
    <message>
        <source>4-level paging</source>
        <translation>4 级分页</translation>
    </message>
    <message>
        <source>5-level paging</source>
        <translation>5 级分页</translation>
    </message>
    <message>
        <source>No access yet. Run `access NAME ADDR` (or type an address above) to see its translation.</source>
        <translation>还没有访问。运行 `access NAME ADDR`（或在上方输入地址）查看其地址翻译。</translation>
    </message>
    <message>
        <source>Address %1 (typed; no access made)</source>
        <translation>地址 %1（输入的；未访问）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source> (user mode)</source>
        <translation>（用户态）</translation>
    </message>
    <message>
        <source> (supervisor mode)</source>
        <translation>（管理态）</translation>
    </message>
    <message>
        <source>Bits %1 of the address: the offset inside the page (%2)</source>
        <translation>地址的第 %1 位：页内偏移（%2）</translation>
    </message>
    <message>
        <source>Bits %1 of the address: the index into the %2 table (entry %3)</source>
        <translation>地址的第 %1 位：%2 表中的索引（表项 %3）</translation>
    </message>
    <message>
        <source>Last access: %1</source>
        <translation>最近一次访问：%1</translation>
    </message>
    <message>
        <source>L1 TLB</source>
        <translation>L1 TLB</translation>
    </message>
    <message>
        <source>second-level TLB</source>
        <translation>二级 TLB</translation>
    </message>
    <message>
        <source>hit in the %1 (PCID %2): page frame %3, %4 page: no walk</source>
        <translation>在 %1 中命中（PCID %2）：页框 %3，%4 页：无需遍历</translation>
    </message>
    <message>
        <source>miss in both TLB levels (PCID %1): the MMU walks the page tables</source>
        <translation>两级 TLB 均未命中（PCID %1）：MMU 遍历页表</translation>
    </message>
    <message>
        <source>miss (PCID %1): the MMU walks the page tables</source>
        <translation>未命中（PCID %1）：MMU 遍历页表</translation>
    </message>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>The TLB is looked up first; a hit ends the translation</source>
        <translation>先查找 TLB；命中即完成地址翻译</translation>
    </message>
    <message>
        <source>CR3</source>
        <translation>CR3</translation>
    </message>
    <message>
        <source>PDPT at %1 (its four entries are loaded in registers)</source>
        <translation>PDPT 位于 %1（其四个表项已载入寄存器）</translation>
    </message>
    <message>
        <source>top table (%1) at %2</source>
        <translation>顶级页表（%1）位于 %2</translation>
    </message>
    <message>
        <source>CR3 holds the physical address of the top paging table</source>
        <translation>CR3 保存顶级页表的物理地址</translation>
    </message>
    <message>
        <source>entry at %1 = %2</source>
        <translation>%1 处的表项 = %2</translation>
    </message>
    <message>
        <source>  · A set</source>
        <translation>  · A 已置位</translation>
    </message>
    <message>
        <source>  · D set</source>
        <translation>  · D 已置位</translation>
    </message>
    <message>
        <source>  · not present</source>
        <translation>  · 不存在</translation>
    </message>
    <message>
        <source>  · maps a 4 KiB page</source>
        <translation>  · 映射 4 KiB 页</translation>
    </message>
    <message>
        <source>  · maps a large page (PS=1)</source>
        <translation>  · 映射大页（PS=1）</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>页 %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>页表 %1</translation>
    </message>
    <message>
        <source>reserved bits set</source>
        <translation>保留位已置位</translation>
    </message>
    <message>
        <source>The %1 entry the walk read (index %2). Filled cells are bits that are set.</source>
        <translation>遍历读取的 %1 表项（索引 %2）。填充的格子表示已置位的位。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>physical address %1 (%2 page%3)</source>
        <translation>物理地址 %1（%2 页%3）</translation>
    </message>
    <message>
        <source>, from the TLB</source>
        <translation>，来自 TLB</translation>
    </message>
    <message>
        <source>The physical address the access uses</source>
        <translation>本次访问使用的物理地址</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>#GP (general protection): %1</source>
        <translation>#GP（一般保护）：%1</translation>
    </message>
    <message>
        <source>#PF at CR2=%1, error code %2 (%3)</source>
        <translation>#PF，CR2=%1，错误码 %2（%3）</translation>
    </message>
    <message>
        <source>P=1 protection</source>
        <translation>P=1 保护</translation>
    </message>
    <message>
        <source>P=0 not present</source>
        <translation>P=0 不存在</translation>
    </message>
    <message>
        <source>W=1 write</source>
        <translation>W=1 写</translation>
    </message>
    <message>
        <source>W=0 read</source>
        <translation>W=0 读</translation>
    </message>
    <message>
        <source>U=1 user</source>
        <translation>U=1 用户态</translation>
    </message>
    <message>
        <source>U=0 supervisor</source>
        <translation>U=0 管理态</translation>
    </message>
    <message>
        <source>RSVD=%1</source>
        <translation>RSVD=%1</translation>
    </message>
    <message>
        <source>I/D=%1</source>
        <translation>I/D=%1</translation>
    </message>
    <message>
        <source>The fault the MMU raised, with its error code decoded bit by bit</source>
        <translation>MMU 引发的异常，其错误码逐位解码</translation>
    </message>
    <message>
        <source>… (the walk goes on: step forward)</source>
        <translation>…（遍历仍在继续：请单步前进）</translation>
    </message>
    <message>
        <source>Look-up of %1 in %2 (pte: no access made)</source>
        <translation>在 %2 中查询 %1（pte：未进行访问）</translation>
    </message>
    <message>
        <source>Last look-up: %1</source>
        <translation>上次查询：%1</translation>
    </message>
    <message>
        <source>not consulted: `pte` reads the tables itself, so no Accessed or Dirty bit is set</source>
        <translation>未查询：`pte` 自己读取页表，因此不设置 Accessed 或 Dirty 位</translation>
    </message>
    <message>
        <source>An inspection with `pte NAME ADDR`: the same entries an access would read, with no side effect</source>
        <translation>用 `pte NAME ADDR` 进行的检查：与一次访问会读取的表项相同，但没有副作用</translation>
    </message>
    <message>
        <source>maps physical address %1 (no access made, so no rights checked)</source>
        <translation>映射到物理地址 %1（未进行访问，因此不检查权限）</translation>
    </message>
    <message>
        <source>no entry read: the address is not canonical</source>
        <translation>未读取任何表项：该地址不是规范地址</translation>
    </message>
    <message>
        <source>a reserved bit is set in the %1 entry: an access would fault</source>
        <translation>%1 表项中设置了保留位：访问会引发异常</translation>
    </message>
    <message>
        <source>the %1 entry is not present: an access would fault</source>
        <translation>%1 表项不存在：访问会引发异常</translation>
    </message>
    <message>
        <source>Where the walk ends, read without accessing the page</source>
        <translation>页表遍历的终点，读取时不访问该页</translation>
    </message>
    <message>
        <source>… (the access goes on: step forward)</source>
        <translation>…（访问仍在继续：请单步前进）</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::WelcomePage</name>
    <message>
        <source>a process with its own, empty address space</source>
        <translation>一个拥有自己空地址空间的进程</translation>
    </message>
    <message>
        <source>map one page: the kernel writes the page-table entries</source>
        <translation>映射一页：内核写入页表项</translation>
    </message>
    <message>
        <source>a read: TLB miss, page walk, translation</source>
        <translation>一次读：TLB 未命中、页表遍历、地址翻译</translation>
    </message>
    <message>
        <source>the same page again: a TLB hit</source>
        <translation>再次访问同一页：TLB 命中</translation>
    </message>
    <message>
        <source>a write sets the Dirty bit</source>
        <translation>写操作置位 Dirty 位</translation>
    </message>
    <message>
        <source>an unmapped address: a page fault</source>
        <translation>未映射的地址：缺页异常</translation>
    </message>
    <message>
        <source>the entry at every level of the walk</source>
        <translation>遍历中每一级的表项</translation>
    </message>
    <message>
        <source>what the TLB holds now</source>
        <translation>TLB 现在保存的内容</translation>
    </message>
    <message>
        <source>PageLab</source>
        <translation>PageLab</translation>
    </message>
    <message>
        <source>How Linux manages memory, shown step by step on a faithful model of an x86 machine.</source>
        <translation>在忠实的 x86 机器模型上，一步一步展示 Linux 如何管理内存。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>重置进度</translation>
    </message>
    <message>
        <source>Forget which lesson steps you have done</source>
        <translation>忘记已完成的课程步骤</translation>
    </message>
    <message>
        <source>Each lesson plays step by step in the lesson panel: it runs commands, asks you to predict what happens, and gives you tasks the machine checks. Alt+Right and Alt+Left move between steps.</source>
        <translation>每个课程都在课程面板中逐步进行：它运行命令、让你预测会发生什么，并给出由机器检查的任务。Alt+Right 和 Alt+Left 在步骤之间切换。</translation>
    </message>
    <message>
        <source>No lessons were found. Set PAGELAB_LESSONS_DIR to the lessons folder of PageLab&apos;s sources.</source>
        <translation>未找到课程。请将 PAGELAB_LESSONS_DIR 设为 PageLab 源码中的 lessons 文件夹。</translation>
    </message>
    <message>
        <source>What you can explore</source>
        <translation>你可以探索的内容</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Virtual address spaces: every process has its own page tables, found through CR3.&lt;/li&gt;&lt;li&gt;The page walk: how the MMU splits an address into table indexes, level by level, in 32-bit, PAE, 4-level and 5-level paging.&lt;/li&gt;&lt;li&gt;The TLB: hits, misses, sets and ways, PCIDs and global pages.&lt;/li&gt;&lt;li&gt;Page faults: the error code, CR2, and why the access was refused.&lt;/li&gt;&lt;li&gt;The Accessed and Dirty bits, and the rights each level grants.&lt;/li&gt;&lt;li&gt;The kernel: demand paging, copy-on-write after fork, mmap of files and shared memory, device memory, swap with priorities, page replacement, mlock and the OOM killer.&lt;/li&gt;&lt;li&gt;How the kernel reads and writes user memory: access_ok, get_user, put_user, copy_to_user, copy_from_user and friends, with their faults and -EFAULT.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;虚拟地址空间：每个进程都有自己的页表，通过 CR3 找到。&lt;/li&gt;&lt;li&gt;页表遍历：MMU 如何在 32 位、PAE、4 级和 5 级分页中逐级把地址拆分为页表索引。&lt;/li&gt;&lt;li&gt;TLB：命中、未命中、组与路、PCID 和全局页。&lt;/li&gt;&lt;li&gt;缺页异常：错误码、CR2，以及访问为何被拒绝。&lt;/li&gt;&lt;li&gt;Accessed 位和 Dirty 位，以及每一级授予的权限。&lt;/li&gt;&lt;li&gt;内核：按需分页、fork 之后的写时复制、文件和共享内存的 mmap、设备内存、带优先级的交换区、页面置换、mlock 和 OOM killer。&lt;/li&gt;&lt;li&gt;内核如何读写用户内存：access_ok、get_user、put_user、copy_to_user、copy_from_user 等，以及它们的异常和 -EFAULT。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Click a command to put it into the console below, then press Enter. Every step the machine takes appears in the event log.</source>
        <translation>单击一条命令将其放入下方控制台，然后按 Enter。机器的每一步都会显示在事件日志中。</translation>
    </message>
    <message>
        <source>Put this command into the console</source>
        <translation>将此命令放入控制台</translation>
    </message>
    <message>
        <source>Where to go next</source>
        <translation>下一步去哪里</translation>
    </message>
    <message>
        <source>The console speaks the scenario language described in &lt;i&gt;docs/scenario-language.md&lt;/i&gt;; File → Open… steps through a whole .vms file. The Lessons menu opens any lesson. Press F5 for presentation mode.</source>
        <translation>控制台使用 &lt;i&gt;docs/scenario-language.md&lt;/i&gt; 中描述的场景语言；“文件 → 打开…”可逐步执行整个 .vms 文件。“课程”菜单可打开任意课程。按 F5 进入演示模式。</translation>
    </message>
</context>
</TS>
