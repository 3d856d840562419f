namespace ParallelEvm.Vm.Gas;

/// <summary>Gas constants, named after the yellow paper or the EIP that set them. Fork-varying ones live in ForkRules.</summary>
public static class GasCosts
{
    public const long Zero = 0, Base = 2, VeryLow = 3, Low = 5, Mid = 8, High = 10, JumpDest = 1;
    public const long Keccak256 = 30, Keccak256Word = 6;
    public const long Copy = 3; // per word copied (CALLDATACOPY, CODECOPY, RETURNDATACOPY, EXTCODECOPY, MCOPY)
    public const long Memory = 3, QuadCoeffDiv = 512;
    public const long Log = 375, LogTopic = 375, LogData = 8;
    public const long Create = 32000;
    public const long CodeDeposit = 200;
    public const long CallValueTransfer = 9000, CallStipend = 2300, NewAccount = 25000;
    public const long BlockHash = 20;
    public const long ExpBase = 10;
    public const long Transaction = 21000, TxCreate = 32000, TxDataZero = 4;
    public const long AccessListAddress = 2400, AccessListStorageKey = 1900; // EIP-2930
    public const long ColdAccountAccess = 2600, ColdSload = 2100, WarmStorageRead = 100; // EIP-2929
    public const long InitCodeWord = 2;   // EIP-3860
    public const long TransientStorage = 100; // EIP-1153: TLOAD/TSTORE cost a warm read
    public const long BlobHash = 3;        // EIP-4844
    public const long SelfDestructNewAccount = 25000; // EIP-150
    public const long SstoreSet = 20000, SstoreReset = 5000; // yellow paper; EIP-2929 lowers reset by the cold cost
    public const long SstoreSentry = 2300; // EIP-2200: SSTORE fails when gasleft is at most the stipend
    public const long PerAuthBaseCost = 12500, PerEmptyAccountCost = 25000; // EIP-7702
    public const long TotalCostFloorPerToken = 10; // EIP-7623
    public const ulong BlobGasPerBlob = 1 << 17;  // EIP-4844
}
