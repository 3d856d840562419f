using ParallelEvm.State;

namespace ParallelEvm.Vm.Blocks;

/// <summary>
/// Prague's block-level system calls (same mechanism as EIP-4788, <see cref="SystemCall"/>): EIP-2935 stores the
/// parent hash before the transactions; after them, EIP-7002 and EIP-7251 dequeue the withdrawal and consolidation
/// requests, returned as the call's output. The history call is unchecked (no code: nothing happens); the two
/// request calls are checked: a missing contract or a failing call makes the block invalid.
/// </summary>
public static class PragueSystemCalls
{
    public static readonly Address HistoryStorage = Address.Parse("0x0000F90827F1C53a10cb7A02335B175320002935");
    public static readonly Address WithdrawalRequests = Address.Parse("0x00000961Ef480Eb55e80D19ad83579A64c007002");
    public static readonly Address ConsolidationRequests = Address.Parse("0x0000BBdDc7CE488642fb579F8B00f3a590007251");

    /// <summary>EIP-2935: the history contract records the parent hash (input: the 32-byte hash).</summary>
    public static TransactionResult? ProcessHistory(ForkRules rules, Hash256 parentHash, BlockEnv block, IStateReader state) =>
        SystemCall.Execute(rules, HistoryStorage, parentHash.ToArray(), block, state);

    /// <summary>EIP-7002 / EIP-7251: calls the queue contract with empty input; null (with the reason) when the block is invalid.</summary>
    public static TransactionResult? DequeueRequests(ForkRules rules, Address queue, BlockEnv block, IStateReader state, out string? error)
    {
        error = null;
        var result = SystemCall.Execute(rules, queue, [], block, state);
        if (result is null) error = $"system contract {queue} has no code (EIP-7685 requests)";
        else if (!result.Succeeded) error = $"system call to {queue} failed: {result.Status} {result.Error}";
        return error is null ? result : null;
    }
}
