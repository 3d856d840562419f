namespace ParallelEvm.Vm.Workloads;

/// <summary>The shape of a synthetic block: which contracts its transactions call and how they depend on each other.</summary>
public enum WorkloadKind
{
    /// <summary>Plain ETH transfers; distinct senders, fresh recipients: no transaction depends on another.</summary>
    Raw,
    /// <summary>transfer() calls on one ERC-20 token; distinct senders and recipients, so only distinct balance slots are touched.</summary>
    Erc20,
    /// <summary>swap() calls, each on its own constant-product pair, from distinct senders.</summary>
    Amm,
    /// <summary>Every transaction calls increment() on one Counter: a fully dependent chain.</summary>
    Chain,
    /// <summary>ERC-20 transfers where the conflict rate decides how many send to one hot account or come from one shared sender.</summary>
    Mixed,
}
