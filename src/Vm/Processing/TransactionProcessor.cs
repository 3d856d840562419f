using ParallelEvm.State;

namespace ParallelEvm.Vm;

/// <summary>Executes one transaction against a state reader and returns its receipt data and write set.</summary>
public sealed class TransactionProcessor
{
    public TransactionProcessor(ForkRules rules) => Rules = rules;

    public ForkRules Rules { get; }

    public TransactionResult Execute(Transaction tx, BlockEnv block, IStateReader state) =>
        throw new NotImplementedException("interpreter not written yet");
}
