#include "journal/event.h"

#include <type_traits>

namespace pagelab {

std::string_view toString(FaultReason r)
{
    switch (r) {
    case FaultReason::None: return "none";
    case FaultReason::NotPresent: return "not-present";
    case FaultReason::Reserved: return "reserved-bit";
    case FaultReason::UserAccessToSupervisor: return "user-access-to-supervisor-page";
    case FaultReason::WriteToReadOnly: return "write-to-read-only";
    case FaultReason::FetchFromNx: return "fetch-from-nx";
    case FaultReason::Smep: return "smep";
    case FaultReason::Smap: return "smap";
    case FaultReason::NonCanonical: return "non-canonical";
    }
    return "?";
}

std::string_view eventName(const EventData& e)
{
    return std::visit(
        [](const auto& x) -> std::string_view {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ev::TlbLookup>)
                return "TlbLookup";
            else if constexpr (std::is_same_v<T, ev::TlbFill>)
                return "TlbFill";
            else if constexpr (std::is_same_v<T, ev::TlbInvalidate>)
                return "TlbInvalidate";
            else if constexpr (std::is_same_v<T, ev::TlbFlush>)
                return "TlbFlush";
            else if constexpr (std::is_same_v<T, ev::WalkStart>)
                return "WalkStart";
            else if constexpr (std::is_same_v<T, ev::WalkRead>)
                return "WalkRead";
            else if constexpr (std::is_same_v<T, ev::AccessedSet>)
                return "AccessedSet";
            else if constexpr (std::is_same_v<T, ev::DirtySet>)
                return "DirtySet";
            else if constexpr (std::is_same_v<T, ev::PageFault>)
                return "PageFault";
            else if constexpr (std::is_same_v<T, ev::Translated>)
                return "Translated";
            else if constexpr (std::is_same_v<T, ev::Cr3Load>)
                return "Cr3Load";
            else if constexpr (std::is_same_v<T, ev::PteWrite>)
                return "PteWrite";
            else if constexpr (std::is_same_v<T, ev::FrameAllocated>)
                return "FrameAllocated";
            else if constexpr (std::is_same_v<T, ev::ProcessCreated>)
                return "ProcessCreated";
            else if constexpr (std::is_same_v<T, ev::ContextSwitch>)
                return "ContextSwitch";
            else if constexpr (std::is_same_v<T, ev::CpuConfig>)
                return "CpuConfig";
            else if constexpr (std::is_same_v<T, ev::VmaLookup>)
                return "VmaLookup";
            else if constexpr (std::is_same_v<T, ev::VmaChange>)
                return "VmaChange";
            else if constexpr (std::is_same_v<T, ev::ZeroFill>)
                return "ZeroFill";
            else if constexpr (std::is_same_v<T, ev::PageCacheLookup>)
                return "PageCacheLookup";
            else if constexpr (std::is_same_v<T, ev::FileRead>)
                return "FileRead";
            else if constexpr (std::is_same_v<T, ev::CowBreak>)
                return "CowBreak";
            else if constexpr (std::is_same_v<T, ev::SignalSent>)
                return "SignalSent";
            else if constexpr (std::is_same_v<T, ev::FrameFreed>)
                return "FrameFreed";
            else if constexpr (std::is_same_v<T, ev::Writeback>)
                return "Writeback";
            else if constexpr (std::is_same_v<T, ev::RemapPfn>)
                return "RemapPfn";
            else if constexpr (std::is_same_v<T, ev::ProcessForked>)
                return "ProcessForked";
            else if constexpr (std::is_same_v<T, ev::ProcessExited>)
                return "ProcessExited";
            else if constexpr (std::is_same_v<T, ev::FaultResolved>)
                return "FaultResolved";
            else if constexpr (std::is_same_v<T, ev::ReferencedCheck>)
                return "ReferencedCheck";
            else if constexpr (std::is_same_v<T, ev::Evict>)
                return "Evict";
            else if constexpr (std::is_same_v<T, ev::SwapOut>)
                return "SwapOut";
            else if constexpr (std::is_same_v<T, ev::SwapIn>)
                return "SwapIn";
            else if constexpr (std::is_same_v<T, ev::Discard>)
                return "Discard";
            else if constexpr (std::is_same_v<T, ev::OomKill>)
                return "OomKill";
            else if constexpr (std::is_same_v<T, ev::SwapCacheAdd>)
                return "SwapCacheAdd";
            else if constexpr (std::is_same_v<T, ev::SwapCacheHit>)
                return "SwapCacheHit";
            else if constexpr (std::is_same_v<T, ev::SwapCacheDelete>)
                return "SwapCacheDelete";
            else if constexpr (std::is_same_v<T, ev::AccessOkCheck>)
                return "AccessOkCheck";
            else if constexpr (std::is_same_v<T, ev::Stac>)
                return "Stac";
            else if constexpr (std::is_same_v<T, ev::Clac>)
                return "Clac";
            else if constexpr (std::is_same_v<T, ev::UaccessCopy>)
                return "UaccessCopy";
            else if constexpr (std::is_same_v<T, ev::ExtableFixup>)
                return "ExtableFixup";
            else if constexpr (std::is_same_v<T, ev::Oops>)
                return "Oops";
            else if constexpr (std::is_same_v<T, ev::TlbEntryRemoved>)
                return "TlbEntryRemoved";
            else if constexpr (std::is_same_v<T, ev::WalkInspected>)
                return "WalkInspected";
            else
                static_assert(sizeof(T) == 0, "every event kind needs a name");
        },
        e);
}

} // namespace pagelab
