namespace ParallelEvm.State;

/// <summary>A value written to MVMemory: an account (or its absence), a storage word, or a storage reset.</summary>
public readonly record struct MvValue(Account? Account, UInt256 Word)
{
    public static MvValue OfAccount(Account? account) => new(account, default);
    public static MvValue OfWord(in UInt256 word) => new(null, word);
}
