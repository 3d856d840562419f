using ParallelEvm.State;
using ParallelEvm.Vm.Tests.Precompiles;

namespace ParallelEvm.Vm.Tests.Blocks;

/// <summary>EIP-4788's beacon-root system call, with the contract bytecode the EIP deploys.</summary>
public sealed class SystemCallTests
{
    // EIP-4788 BEACON_ROOTS_ADDRESS runtime code (as deployed, and as the BlockchainTests pre-states carry it).
    const string BeaconRootsCode = "0x3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f359062001fff015500";
    const ulong HistoryBufferLength = 8191;

    static readonly Address Coinbase = Address.FromNumber(0xc0ffee);
    static readonly Hash256 Root = Hash256.Parse("0x2eb4839dfa16a924d223acb1c5bfcb4310a925f0b6bc85236905af6b4bb85a4a");

    static BlockEnv Env(ulong timestamp) => new()
    {
        Number = 1, Coinbase = Coinbase, Timestamp = timestamp, GasLimit = 1_000_000, BaseFee = 7, ExcessBlobGas = 0,
        ParentBeaconBlockRoot = Root,
    };

    [Fact]
    public void Stores_timestamp_and_root_in_the_ring_buffer()
    {
        var code = Hex.Bytes(BeaconRootsCode);
        var state = new InMemoryDb();
        state.SetAccount(SystemCall.BeaconRootsAddress, new Account(1, UInt256.Zero, state.AddCode(code, Keccak256.Hash(code))));
        state.SetAccount(Coinbase, Account.Empty); // an empty coinbase must not be touched (and so deleted) by the call
        ulong timestamp = 1_750_000_000;

        var result = SystemCall.ProcessBeaconRoot(ForkRules.For(SpecId.Cancun), Root, Env(timestamp), state);

        Assert.NotNull(result);
        Assert.Equal(TransactionStatus.Success, result.Status);
        var change = Assert.Single(result.Changes.Accounts);
        Assert.Equal(SystemCall.BeaconRootsAddress, change.Key);
        state.Apply(result.Changes);
        ulong index = timestamp % HistoryBufferLength;
        Assert.Equal(new UInt256(timestamp), state.GetStorage(SystemCall.BeaconRootsAddress, index));
        Assert.Equal(Root.ToWord(), state.GetStorage(SystemCall.BeaconRootsAddress, index + HistoryBufferLength));
        Assert.Null(state.GetAccount(SystemCall.SystemAddress));
        Assert.Equal(Account.Empty, state.GetAccount(Coinbase));
        Assert.Equal(1UL, state.GetAccount(SystemCall.BeaconRootsAddress)!.Value.Nonce);
    }

    [Fact]
    public void Without_contract_code_nothing_happens()
    {
        var state = new InMemoryDb();
        Assert.Null(SystemCall.ProcessBeaconRoot(ForkRules.For(SpecId.Cancun), Root, Env(12), state));
        Assert.Empty(state.Accounts);
    }
}
