using ParallelEvm.State;

namespace ParallelEvm.Vm.Workloads;

/// <summary>Collects the token balances a workload needs, then writes them and a matching totalSupply into the Token's storage.</summary>
sealed class TokenLedger
{
    readonly Dictionary<Address, UInt256> _balances = new();

    public void Credit(Address owner, UInt256 amount) => _balances[owner] = _balances.GetValueOrDefault(owner) + amount;

    public void WriteTo(InMemoryDb state, Address token)
    {
        var supply = UInt256.Zero;
        foreach (var (owner, balance) in _balances)
        {
            state.SetStorage(token, TokenAbi.BalanceSlot(owner), balance);
            supply += balance;
        }
        state.SetStorage(token, TokenAbi.TotalSupplySlot, supply);
    }
}
