namespace ParallelEvm.Vm.Workloads;

/// <summary>Invalid transactions a workload can carry, for tests of how executors skip them. Each set flag adds one.</summary>
[Flags]
public enum InvalidTxKinds
{
    None = 0,
    /// <summary>A transaction from a workload sender whose nonce skips one past that sender's last valid nonce.</summary>
    NonceGap = 1,
    /// <summary>A transfer from an account funded with one wei less than gasLimit × maxFeePerGas + value.</summary>
    InsufficientBalance = 2,
}
