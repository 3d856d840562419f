using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>
/// Hands out senders so that each sends <c>perSender</c> transactions, round-robin: with n senders, sender i gets
/// uses i, i + n, i + 2n… With one transaction per sender every use gets a distinct sender.
/// </summary>
sealed class SenderPool
{
    readonly Address[] _senders;
    int _next;

    public SenderPool(WorkloadBuilder builder, int uses, int perSender)
    {
        _senders = new Address[Math.Max(1, (uses + perSender - 1) / perSender)];
        for (int i = 0; i < _senders.Length; i++) _senders[i] = builder.NewAddress();
    }

    public Address Next() => _senders[_next++ % _senders.Length];
}
