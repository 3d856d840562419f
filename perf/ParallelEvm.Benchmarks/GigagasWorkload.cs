namespace ParallelEvm.Benchmarks;

/// <summary>The three 1-gigagas blocks of the classic "gigagas" benchmark (and of <c>shared/bench-blocks</c>).</summary>
public enum GigagasWorkload
{
    /// <summary>Plain ETH transfers between distinct accounts: 47,620 × 21,000 gas.</summary>
    Raw,
    /// <summary>ERC-20 <c>transfer</c> calls on one token, distinct senders and recipients.</summary>
    Erc20,
    /// <summary>Swaps, each on its own constant-product pair.</summary>
    Amm,
}
