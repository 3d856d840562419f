using ParallelEvm.Actors.Graph;
using ParallelEvm.State;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Actors.Tests.Graph;

/// <summary>Decoding of EIP-20 calldata, against the selectors EIP-20 tooling publishes (keccak256 of the signature, first 4 bytes).</summary>
public class Erc20CallSpecs
{
    static readonly Address Holder = Address.Parse("0x00000000000000000000000000000000000000aa");
    static readonly Address Other = Address.Parse("0x1111111111111111111111111111111111111111");

    [Fact]
    public void Transfer_with_the_published_selector_a9059cbb_names_the_recipient()
    {
        var data = Convert.FromHexString(
            "a9059cbb" + "0000000000000000000000001111111111111111111111111111111111111111"
            + "0000000000000000000000000000000000000000000000000000000000000005");

        Assert.True(Erc20Call.TryDecode(data, out var call));
        Assert.Equal(new Erc20Call(Erc20Function.Transfer, Other, default), call);
    }

    [Fact]
    public void TransferFrom_23b872dd_and_approve_095ea7b3_decode_as_their_functions()
    {
        Assert.Equal(0x23b872ddu, TokenAbi.TransferFromSelector);
        Assert.Equal(0x095ea7b3u, TokenAbi.ApproveSelector);

        Assert.True(Erc20Call.TryDecode(TokenAbi.TransferFrom(Holder, Other, 7), out var from));
        Assert.Equal(new Erc20Call(Erc20Function.TransferFrom, Holder, Other), from);
        Assert.True(Erc20Call.TryDecode(TokenAbi.Approve(Other, 7), out var approve));
        Assert.Equal(new Erc20Call(Erc20Function.Approve, Other, default), approve);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a9059c")]                                                        // shorter than a selector
    [InlineData("a9059cbb00000000000000000000000011111111111111111111111111111111")] // arguments cut short
    [InlineData("a9059cbb" + "0100000000000000000000001111111111111111111111111111111111111111"
        + "0000000000000000000000000000000000000000000000000000000000000005")]       // dirty high bytes: not an ABI address
    [InlineData("70a08231" + "0000000000000000000000001111111111111111111111111111111111111111")] // balanceOf: not decoded
    public void Malformed_or_other_calldata_is_not_decoded(string hex)
    {
        Assert.False(Erc20Call.TryDecode(Convert.FromHexString(hex), out _));
    }
}
