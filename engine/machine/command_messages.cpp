#include "machine/command_messages.h"

#include "script/script_messages.h"

namespace pagelab {

const std::vector<const char*>& commandMessageKeys()
{
    static const std::vector<const char*> keys = [] {
        using namespace txt;
        std::vector<const char*> k { kMachinePcidOff, kMachinePcidOn, kMachineNotFirst, kNotRunYet,
            kExpectFailed, kNoProcessYet, kNoProcess, kProcessExists, kRamNotWhole, kPolicyOpt, kNxeOn32Bit,
            kCpuState, kProcessCreated, kProcessCreatedPcid, kProcessCreatedClassic,
            kProcessCreatedPcidClassic, kOomKilledForTable, kSwitchTo, kSwitchedFirst, kUserRead, kUserWrite,
            kUserFetch, kSupervisorRead, kSupervisorWrite, kSupervisorFetch, kAccessTlbMiss,
            kAccessDirtyRewalk, kAccessStlbHit, kAccessTlbHit, kAccessGp, kAccessPageFault,
            kNotCanonicalNoTable, kBeyond32Bit, kLevelRange, kCannotReachLevel, kPfnBeyond, kPteChanged,
            kPteTlbMayHoldOld, kPageWalkOf, kWalkLevel, kWalkLevelFrame, kInvlpgNotRunning,
            kInvlpgNothingRunning, kInvlpgOne, kInvlpgMany, kFlushTlbProcess, kFlushTlbAll, kShowPaging,
            kShowMemory, kShowTlbGeometry, kShowTlbGeometryStlb, kShowCr3, kShowCr3Pcid, kShowCr2, kShowCpu,
            kShowProcess, kShowProcessRunning, kShowTlbEntry, kShowTlbLevelEmpty, kShowTlbOneSet,
            kShowTlbSets, kShowNeedsReclaim, kUnknownStat, kNoProcessNamed, kUnknownEntryField, kNoSuchFrame,
            kUnknownFrameField, kNoSwapArea, kUnknownSwapField, kNoValue, kExpectIncomparable, kExpectOk,
            kExpectFalse, kOneByte, kBytes, kOnePage, kPages, kOneFrame, kFrames, kOneVma, kVmas,
            kOnePageTable, kPageTables, kOneMapping, kMappings, kOnePageFault, kPageFaults, kHeadAndRest,
            kSyscallFailedWhy, kWhyNotAligned, kWhyLengthZero, kWhyPastTaskSize, kWhyInvalid, kWhyHole,
            kWhyOutOfMemory, kWhyReadOnlyObject, kWhyForkNoFrame, kWhyForkNoFrameParentKilled,
            kWhyFixedNotAligned, kWhyOffsetNotAligned, kWhyFixedPastEnd, kWhyNoFreeRange, kWhyOverflow,
            kWhyNoShmObject, kWhyShmExists, kWhyNoShmName, kWhyPastDevice, kForked, kExited, kNoFile,
            kFixedNeedsAt, kMapped, kMappedAnonymous, kMappedFile, kMappedShm, kFillPopulated,
            kFillPopulatedLocked, kFillPopulatedLockedFuture, kFillNone, kFillLocked, kFillLockedOnFault,
            kFillLockedFuture, kFillLockedFutureOnFault, kUnmapped, kUnmappedTables, kProtected, kSynced,
            kSyncAll, kFileExists, kCannotCreateFile, kFileCreated, kShmCreated, kShmUnlinkedInUse,
            kShmUnlinked, kDeviceExists, kDeviceInRam, kDeviceNoPages, kCannotCreateDevice, kDeviceCreated,
            kNoDevice, kDriverMapped, kDriverMappedPastDevice, kAccessReport, kReadHead, kReadLenHead,
            kWriteHead, kFetchHead, kFaultThen, kFaultMinorThen, kFaultMajorThen, kGpThen, kSegvMaperr,
            kSignalBecause, kOomKilledBy, kTouchedReadOomKilled, kTouchedWriteOomKilled, kSegvAccerr,
            kBusAdrerr, kNotResolvedNoAccess, kTlbHitPhysical, kTlbMissPhysical, kBytesRead, kReadNothing,
            kDoesNotFit, kTouchLenZero, kRangeWraps, kTouchTooMany, kTouchPage, kTlbHitWord, kTlbMissWord,
            kFaultTo, kPhysical, kNotResolved, kTouchedRead, kTouchedWrite, kTouchedReadSignal,
            kTouchedWriteSignal, kTouchedReadUnresolved, kTouchedWriteUnresolved, kAccessOkFails,
            kKernelFaultResolved, kKernelFaultUnresolvable, kFixupReturns, kUaccessRet, kAccessOkBelow,
            kAccessOkPast, kValueIs, kNoNulGreater, kNoNulUnterminated, kOopsHead, kNoFaultStopped,
            kNoFaultStoppedValue, kWhySwapBusy, kWhySwapTooSmall, kWhyTooManySwapAreas, kWhyBadPriority,
            kWhyNoSwapArea, kWhySwapoffNoMemory, kSwaponDone, kSwaponDoneDefault, kSwapoffDone, kReclaimed,
            kNoSwapAreas, kSwapAreaLine, kLruOrder, kActiveList, kEmptyList, kLockedOf, kLockedOfFaulted,
            kMlockDone, kMlockFailed, kMlockFailedWhy, kWhyNotFaultedIn, kWhyOnfaultAlone,
            kFutureLockedOnFault, kFutureLocked, kReplayed, kReplayCounts, kReplayStopped,
            kReplayRefOomKilled, kReplayRefSignal, kReplayRefNoMemory, kWorkloadInvalid, kVmasIn,
            kShowKernelProcess, kShowKernelProcessRunning, kShowKernelProcessPcid,
            kShowKernelProcessPcidRunning, kFrameLine, kFrameUseLevel, kFrameHolds, kFrameHoldsLocked,
            kOneTime, kTimes, kFramesInUse, kFramesInUseFirst, kDeviceFrames, kFileCached, kCachedPage,
            kCachedPageDirty, kShmResident, kShmResidentUnlinked, kNoObjects };
        const auto& script = script::scriptMessageKeys();
        k.insert(k.end(), script.begin(), script.end());
        return k;
    }();
    return keys;
}

} // namespace pagelab
