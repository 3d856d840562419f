using ParallelEvm.State;

namespace ParallelEvm.Vm.World;

enum JournalKind : byte
{
    Balance, Nonce, Code, Storage, TransientStorage, Touched, SelfDestructed, AccountReset,
    WarmAccount, WarmSlot, Refund, Log, AccountLoaded,
    /// <summary>A missing account came into existence; everything else changed later has its own entry.</summary>
    Existence,
}

/// <summary>One undo record. A struct in a list, so journaling allocates nothing per write.</summary>
readonly record struct JournalEntry(JournalKind Kind, Address Address, UInt256 Slot, UInt256 Previous, ulong PreviousNonce = 0, object? PreviousObject = null, bool PreviousFlag = false);
