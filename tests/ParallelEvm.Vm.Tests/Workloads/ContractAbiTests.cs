using System.Runtime.CompilerServices;
using System.Text.Json;
using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Vm.Tests.Workloads;

/// <summary>
/// The C# view of the contracts (selectors, event topics, storage slots, embedded code) against what solc wrote to
/// contracts/build and against well-known ERC-20 values. Hashes marked js-sha3 were computed with the js-sha3 package
/// (a dependency of solcjs), an implementation independent of ours.
/// </summary>
public class ContractAbiTests
{
    /// <summary>contracts/build, found from this source file's path or, failing that, upwards from the working directory.</summary>
    static string BuildDir([CallerFilePath] string thisFile = "")
    {
        var fromSource = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", "../../../contracts/build"));
        if (Directory.Exists(fromSource)) return fromSource;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "contracts/build"))) return Path.Combine(dir.FullName, "contracts/build");
        throw new DirectoryNotFoundException($"contracts/build not found from {thisFile} or {Directory.GetCurrentDirectory()}");
    }

    static uint SolcSelector(string contract, string signature)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuildDir(), $"{contract}.selectors.json")));
        return Convert.ToUInt32(json.RootElement.GetProperty(signature).GetString(), 16);
    }

    static ulong SolcSlot(string contract, string label)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuildDir(), $"{contract}.layout.json")));
        return ulong.Parse(json.RootElement.EnumerateArray().Single(e => e.GetProperty("label").GetString() == label).GetProperty("slot").GetString()!);
    }

    [Fact]
    public void Erc20_selectors_are_the_standard_ones_and_match_solc()
    {
        // EIP-20 selectors as every wallet knows them.
        Assert.Equal(0xa9059cbbu, TokenAbi.TransferSelector);
        Assert.Equal(0x23b872ddu, TokenAbi.TransferFromSelector);
        Assert.Equal(0x095ea7b3u, TokenAbi.ApproveSelector);
        Assert.Equal(0x70a08231u, TokenAbi.BalanceOfSelector);
        Assert.Equal(SolcSelector("Token", "transfer(address,uint256)"), TokenAbi.TransferSelector);
        Assert.Equal(SolcSelector("Token", "transferFrom(address,address,uint256)"), TokenAbi.TransferFromSelector);
        Assert.Equal(SolcSelector("Token", "approve(address,uint256)"), TokenAbi.ApproveSelector);
        Assert.Equal(SolcSelector("Token", "balanceOf(address)"), TokenAbi.BalanceOfSelector);
    }

    [Fact]
    public void Pair_and_counter_selectors_match_solc()
    {
        Assert.Equal(SolcSelector("Pair", "swap(uint256,bool)"), PairAbi.SwapSelector);
        Assert.Equal(SolcSelector("Counter", "increment()"), CounterAbi.IncrementSelector);
    }

    [Fact]
    public void Event_topics_are_the_known_hashes()
    {
        Assert.Equal(Solidity.Topic("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"), TokenAbi.TransferEvent);
        Assert.Equal(Solidity.Topic("8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925"), TokenAbi.ApprovalEvent);
        Assert.Equal(Solidity.Topic("bfd50a04f1e6e4aee344f5d0e7f15d74d0dbb58cd1f711daa6463094ca9508cd"), PairAbi.SwapEvent); // js-sha3
    }

    [Fact]
    public void Storage_slots_follow_the_solc_layout()
    {
        Assert.Equal(SolcSlot("Token", "totalSupply"), (ulong)TokenAbi.TotalSupplySlot);
        Assert.Equal(SolcSlot("Pair", "reserve0"), (ulong)PairAbi.Reserve0Slot);
        Assert.Equal(SolcSlot("Pair", "reserve1"), (ulong)PairAbi.Reserve1Slot);
        Assert.Equal(SolcSlot("Counter", "count"), (ulong)CounterAbi.CountSlot);
        var owner = Address.Parse("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
        var spender = Address.Parse("0x1111111111111111111111111111111111111111");
        Assert.Equal(Solidity.MappingSlot(owner, SolcSlot("Token", "balanceOf")), TokenAbi.BalanceSlot(owner));
        Assert.Equal(Solidity.NestedMappingSlot(owner, spender, SolcSlot("Token", "allowance")), TokenAbi.AllowanceSlot(owner, spender));
        Assert.Equal(Solidity.MappingSlot(owner, SolcSlot("Pair", "balance0")), PairAbi.Balance0Slot(owner));
        Assert.Equal(Solidity.MappingSlot(owner, SolcSlot("Pair", "balance1")), PairAbi.Balance1Slot(owner));
    }

    [Fact]
    public void Mapping_slots_match_known_hashes()
    {
        // keccak256 of 64 zero bytes: mapping slot 0, key 0.
        Assert.Equal(UInt256.Parse("0xad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5"),
            SolidityStorage.MappingSlot(UInt256.Zero, UInt256.Zero));
        // js-sha3: key 0 at slot 1; an address key at slot 1; allowance[owner][spender] at slot 2.
        Assert.Equal(UInt256.Parse("0xa6eef7e35abe7026729641147f7915573c7e97b47efa546f5f6e3230263bcb49"),
            SolidityStorage.MappingSlot(UInt256.Zero, UInt256.One));
        var owner = Address.Parse("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
        Assert.Equal(UInt256.Parse("0xb931be0b3d1fb06daf0d92e2b8dfe49ead9172e102b3af1e07a10cc29003beb2"), TokenAbi.BalanceSlot(owner));
        Assert.Equal(UInt256.Parse("0x932f4807f60373d94459b2dedccd8d323ee5a0abc07e25fe540c0b027e7a629b"),
            TokenAbi.AllowanceSlot(owner, Address.Parse("0x1111111111111111111111111111111111111111")));
    }

    [Theory]
    [InlineData("Token")]
    [InlineData("Pair")]
    [InlineData("Counter")]
    public void Embedded_code_is_the_compiled_file(string name)
    {
        var code = name switch { "Token" => Contracts.Token, "Pair" => Contracts.Pair, _ => Contracts.Counter };
        var file = Convert.FromHexString(File.ReadAllText(Path.Combine(BuildDir(), $"{name}.bin-runtime")).Trim());
        Assert.Equal(file, code.ToArray());
        Assert.Equal(0x60, file[0]); // solc's runtime code starts with PUSH1 0x80 PUSH1 0x40 MSTORE
    }

    [Fact]
    public void Calldata_is_selector_then_padded_words()
    {
        var to = Address.Parse("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
        Assert.Equal(
            "a9059cbb" + "000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045"
                       + "0000000000000000000000000000000000000000000000000de0b6b3a7640000",
            Convert.ToHexStringLower(TokenAbi.Transfer(to, 1_000_000_000_000_000_000UL)));
        Assert.Equal(
            "2aea6605" + "0000000000000000000000000000000000000000000000000000000000000007"
                       + "0000000000000000000000000000000000000000000000000000000000000001",
            Convert.ToHexStringLower(PairAbi.Swap(7, zeroForOne: true)));
        Assert.Equal("d09de08a", Convert.ToHexStringLower(CounterAbi.Increment()));
    }
}
