// Handlers of reclaim and swap: swapon, swapoff, reclaim (issue 4), and the views of them:
// `show swap`, `show lru`, the `swap` array of `show stats` and swap(NAME).FIELD in expect.
#include "machine/interpreter.h"

#include "journal/message.h"

namespace pagelab {

namespace {

// SWAP_CLUSTER_MAX: what one pass of shrink_inactive_list tries to free.
constexpr u64 kDefaultReclaimPages = 32;

std::string errnoName(int e)
{
    return e == 16 ? "EBUSY" : std::string(kernel::err::name(e));
}

std::string timeText(u64 ns)
{
    if (ns >= 1000000 && ns % 1000000 == 0)
        return std::to_string(ns / 1000000) + " ms";
    if (ns >= 1000 && ns % 1000 == 0)
        return std::to_string(ns / 1000) + " us";
    return std::to_string(ns) + " ns";
}

bool fail(CommandContext& c, const std::string& head, const kernel::SysResult& r, const char* why)
{
    c.result.ret = r.ok() ? 0 : -static_cast<i64>(r.error);
    if (!r.ok())
        c.say(txt::kSyscallFailedWhy, { head, "-" + errnoName(r.error), msg(why) });
    return !r.ok();
}

void cmdSwapon(CommandContext& c)
{
    const std::string& name = c.cmd.args.at(0).word;
    const auto* size = c.cmd.option("size");
    const u64 pages = size->number / kPageSize; // a swap file is used in whole pages
    std::optional<int> prio;
    if (const auto* v = c.cmd.option("prio"))
        prio = static_cast<int>(std::max<i64>(std::min<i64>(v->sign, 1 << 20), -(1 << 20)));
    const u64 latency = c.cmd.has("latency") ? c.cmd.option("latency")->number : 0;
    const kernel::SysResult r = c.kernel.swapon(name, pages, prio, latency);
    if (fail(c, "swapon " + name, r,
            r.error == 16                        ? txt::kWhySwapBusy
                : pages == 0                     ? txt::kWhySwapTooSmall
                : r.error == kernel::err::kEPERM ? txt::kWhyTooManySwapAreas
                                                 : txt::kWhyBadPriority))
        return;
    const kernel::SwapArea* a = c.kernel.swapSpace().find(name);
    c.say(prio ? txt::kSwaponDone : txt::kSwaponDoneDefault,
        { name, dec(a->size), std::to_string(a->prio), timeText(a->latencyNs) });
}

void cmdSwapoff(CommandContext& c)
{
    const std::string& name = c.cmd.args.at(0).word;
    const kernel::SwapArea* a = c.kernel.swapSpace().find(name);
    const u64 used = a ? a->used : 0;
    const kernel::SysResult r = c.kernel.swapoff(name);
    if (fail(c, "swapoff " + name, r,
            r.error == kernel::err::kEINVAL ? txt::kWhyNoSwapArea : txt::kWhySwapoffNoMemory))
        return;
    c.say(txt::kSwapoffDone, { name, dec(used) });
}

void cmdReclaim(CommandContext& c)
{
    const u64 want = c.cmd.has("pages") ? c.cmd.option("pages")->number : kDefaultReclaimPages;
    const u64 freed = c.kernel.reclaimPages(want);
    c.result.ret = static_cast<i64>(freed);
    c.say(txt::kReclaimed,
        { dec(freed), dec(want), std::string(kernel::toString(c.kernel.policy().kind())),
            dec(c.machine.frames().freeFrames()) });
    c.extra.field("freed", freed);
}

} // namespace

void swapStatsJson(CommandContext& c)
{
    c.extra.key("swap").beginArray();
    for (const kernel::SwapArea* a : c.kernel.swapSpace().areas())
        c.extra.beginObject()
            .field("name", a->name)
            .field("prio", static_cast<i64>(a->prio))
            .field("used", a->used)
            .field("size", a->size)
            .field("outs", a->outs)
            .field("ins", a->ins)
            .endObject();
    c.extra.endArray();
}

void showSwap(CommandContext& c)
{
    const auto areas = c.kernel.swapSpace().areas();
    if (areas.empty())
        c.say(txt::kNoSwapAreas);
    for (const kernel::SwapArea* a : areas)
        c.say(txt::kSwapAreaLine,
            { a->name, std::to_string(a->prio), dec(a->used), dec(a->size), dec(a->outs), dec(a->ins),
                timeText(a->latencyNs) });
    c.extra.key("swap").beginArray();
    for (const kernel::SwapArea* a : areas)
        c.extra.beginObject()
            .field("name", a->name)
            .field("prio", static_cast<i64>(a->prio))
            .field("size", a->size)
            .field("used", a->used)
            .field("outs", a->outs)
            .field("ins", a->ins)
            .field("latency_ns", a->latencyNs)
            .endObject();
    c.extra.endArray();
}

void showLru(CommandContext& c)
{
    kernel::Kernel& k = c.kernel;
    const auto order = k.lruOrder();
    const auto active = k.lruActive();
    const std::string policy(kernel::toString(k.policy().kind()));
    auto line = [&](const std::vector<Pfn>& pfns) -> MessageArg {
        std::string s;
        for (Pfn p : pfns)
            s += (s.empty() ? "" : " ") + std::to_string(p);
        if (s.empty())
            return msg(txt::kEmptyList);
        return s;
    };
    c.say(txt::kLruOrder, { policy, dec(order.size()), line(order) });
    if (k.policy().kind() == kernel::PolicyKind::Linux)
        c.say(txt::kActiveList, { line(active) });
    auto& j = c.extra;
    j.key("lru").beginObject().field("policy", policy);
    j.key("order").beginArray();
    for (Pfn p : order)
        j.beginObject().field("pfn", p).field("kind", frameKind(k, p)).endObject();
    j.endArray();
    j.key("active").beginArray();
    for (Pfn p : active)
        j.value(p);
    j.endArray();
    j.endObject();
}

std::optional<i64> swapField(CommandContext& c, const std::string& name, const std::string& field)
{
    const kernel::SwapArea* a = c.kernel.swapSpace().find(name);
    if (!a)
        return std::nullopt;
    if (field == "used")
        return static_cast<i64>(a->used);
    if (field == "size")
        return static_cast<i64>(a->size);
    if (field == "prio")
        return a->prio;
    if (field == "outs")
        return static_cast<i64>(a->outs);
    if (field == "ins")
        return static_cast<i64>(a->ins);
    return std::nullopt;
}

const std::vector<std::pair<std::string, CommandHandler>>& reclaimCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {
        { "swapon", cmdSwapon },
        { "swapoff", cmdSwapoff },
        { "reclaim", cmdReclaim },
    };
    return table;
}

} // namespace pagelab
