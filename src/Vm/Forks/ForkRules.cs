using ParallelEvm.Vm.Evm;

namespace ParallelEvm.Vm;

/// <summary>
/// Everything a fork changes, as data: feature switches, fork-dependent gas prices and the opcode table.
/// Built once per fork; the interpreter reads fields and never asks "which fork?" itself.
/// </summary>
public sealed partial class ForkRules
{
    public SpecId Spec { get; }

    // ---- features ----
    public bool HasDelegateCall { get; }            // EIP-7 (Homestead)
    public bool FailsCreateOnDepositOutOfGas { get; } // EIP-2 (Homestead)
    public bool RejectsHighS { get; }               // EIP-2 (Homestead): s ≤ n/2 in transaction signatures
    public bool HasEip150GasRules { get; }          // EIP-150 (Tangerine Whistle): all but one 64th
    public bool ClearsEmptyAccounts { get; }        // EIP-158/161 (Spurious Dragon)
    public bool HasReplayProtection { get; }        // EIP-155 (Spurious Dragon)
    public int MaxCodeSize { get; }                 // EIP-170 (Spurious Dragon)
    public bool HasRevert { get; }                  // EIP-140, 211, 214 (Byzantium)
    public bool HasStatusReceipts { get; }          // EIP-658 (Byzantium)
    public bool HasEip1283Sstore { get; }           // Constantinople only (disabled again in Petersburg)
    public bool HasEip2200Sstore { get; }           // Istanbul
    public bool HasAccessLists { get; }             // EIP-2929/2930 (Berlin)
    public bool HasBaseFee { get; }                 // EIP-1559/3198 (London)
    public bool RejectsEfCode { get; }              // EIP-3541 (London)
    public bool IsMerged { get; }                   // EIP-3675/4399 (Paris): DIFFICULTY is PREVRANDAO, no rewards
    public bool WarmsCoinbase { get; }              // EIP-3651 (Shanghai)
    public int MaxInitCodeSize { get; }             // EIP-3860 (Shanghai)
    public bool HasWithdrawals { get; }             // EIP-4895 (Shanghai)
    public bool HasBlobs { get; }                   // EIP-4844 (Cancun)
    public bool HasBeaconRoot { get; }              // EIP-4788 (Cancun)
    public bool SelfDestructOnlyInCreatingTx { get; } // EIP-6780 (Cancun)
    public bool HasSetCode { get; }                 // EIP-7702 (Prague)
    public bool HasCalldataFloor { get; }           // EIP-7623 (Prague)
    public bool HasHistoryContract { get; }         // EIP-2935 (Prague)
    public long TxGasLimitCap { get; }              // EIP-7825 (Osaka)
    public bool HasBlobBaseFeeBound { get; }        // EIP-7918 (Osaka)
    public int MaxRlpBlockSize { get; }             // EIP-7934 (Osaka)

    // ---- fork-dependent prices ----
    public long TxDataNonZeroGas { get; }           // 68, 16 from EIP-2028
    public long TxCreateGas { get; }                // 0 in Frontier, 32000 from Homestead (EIP-2)
    public long ExpByteGas { get; }                 // 10, 50 from EIP-160
    public long SloadGas { get; }                   // pre-Berlin flat price
    public long BalanceGas { get; }
    public long ExtCodeSizeGas { get; }
    public long ExtCodeHashGas { get; }
    public long CallGas { get; }
    public long SelfDestructGas { get; }
    public long SstoreClearRefund { get; }          // 15000, 4800 from EIP-3529
    public long SelfDestructRefund { get; }         // 24000, 0 from EIP-3529
    public long MaxRefundQuotient { get; }          // 2, 5 from EIP-3529
    public ulong BlobTarget { get; }                // EIP-4844 / EIP-7691 blob schedule
    public ulong BlobMax { get; }
    public ulong BlobBaseFeeUpdateFraction { get; }
    /// <summary>Blobs one transaction may carry: the block maximum until EIP-7594 (Osaka) caps it at 6.</summary>
    public ulong MaxBlobsPerTx { get; }

    /// <summary>Static gas and stack shape per opcode; <see cref="OpInfo.Valid"/> false where this fork lacks it.</summary>
    public OpInfo[] Opcodes { get; }

    ForkRules(SpecId spec)
    {
        Spec = spec;
        bool at(SpecId s) => spec >= s;
        HasDelegateCall = at(SpecId.Homestead);
        FailsCreateOnDepositOutOfGas = at(SpecId.Homestead);
        RejectsHighS = at(SpecId.Homestead);
        HasEip150GasRules = at(SpecId.TangerineWhistle);
        ClearsEmptyAccounts = at(SpecId.SpuriousDragon);
        HasReplayProtection = at(SpecId.SpuriousDragon);
        MaxCodeSize = at(SpecId.SpuriousDragon) ? 24576 : int.MaxValue;
        HasRevert = at(SpecId.Byzantium);
        HasStatusReceipts = at(SpecId.Byzantium);
        HasEip1283Sstore = spec == SpecId.Constantinople;
        HasEip2200Sstore = at(SpecId.Istanbul);
        HasAccessLists = at(SpecId.Berlin);
        HasBaseFee = at(SpecId.London);
        RejectsEfCode = at(SpecId.London);
        IsMerged = at(SpecId.Paris);
        WarmsCoinbase = at(SpecId.Shanghai);
        MaxInitCodeSize = at(SpecId.Shanghai) ? 2 * 24576 : int.MaxValue;
        HasWithdrawals = at(SpecId.Shanghai);
        HasBlobs = at(SpecId.Cancun);
        HasBeaconRoot = at(SpecId.Cancun);
        SelfDestructOnlyInCreatingTx = at(SpecId.Cancun);
        HasSetCode = at(SpecId.Prague);
        HasCalldataFloor = at(SpecId.Prague);
        HasHistoryContract = at(SpecId.Prague);
        TxGasLimitCap = at(SpecId.Osaka) ? 1L << 24 : long.MaxValue;
        HasBlobBaseFeeBound = at(SpecId.Osaka);
        MaxRlpBlockSize = at(SpecId.Osaka) ? 10_485_760 - 2_097_152 : int.MaxValue; // MAX_BLOCK_SIZE − SAFETY_MARGIN

        TxDataNonZeroGas = at(SpecId.Istanbul) ? 16 : 68;
        TxCreateGas = at(SpecId.Homestead) ? 32000 : 0;
        ExpByteGas = at(SpecId.SpuriousDragon) ? 50 : 10;
        SloadGas = at(SpecId.Istanbul) ? 800 : at(SpecId.TangerineWhistle) ? 200 : 50;
        BalanceGas = at(SpecId.Istanbul) ? 700 : at(SpecId.TangerineWhistle) ? 400 : 20;
        ExtCodeSizeGas = at(SpecId.TangerineWhistle) ? 700 : 20;
        ExtCodeHashGas = at(SpecId.Istanbul) ? 700 : 400;
        CallGas = at(SpecId.TangerineWhistle) ? 700 : 40;
        SelfDestructGas = at(SpecId.TangerineWhistle) ? 5000 : 0;
        SstoreClearRefund = at(SpecId.London) ? 4800 : 15000;
        SelfDestructRefund = at(SpecId.London) ? 0 : 24000;
        MaxRefundQuotient = at(SpecId.London) ? 5 : 2;
        (BlobTarget, BlobMax, BlobBaseFeeUpdateFraction) = at(SpecId.Prague) ? (6UL, 9UL, 5007716UL) : (3UL, 6UL, 3338477UL);
        MaxBlobsPerTx = at(SpecId.Osaka) ? 6UL : BlobMax;

        Opcodes = OpcodeTable.Build(this);
    }

    static readonly ForkRules[] All = Enum.GetValues<SpecId>().Select(s => new ForkRules(s)).ToArray();

    public static ForkRules For(SpecId spec) => All[(int)spec];

    public override string ToString() => Spec.ToString();
}
