using ParallelEvm.State;
using ParallelEvm.Stress.Blocks;
using ParallelEvm.Vm;
using ParallelEvm.Vm.Signing;

namespace ParallelEvm.Stress.Tests.Blocks;

public class TransactionSignerSpecs
{
    [Fact]
    public void Private_key_one_signs_for_the_well_known_address_of_the_generator_point()
    {
        var key = new byte[32];
        key[31] = 1;
        // keccak256 of the generator G's coordinates, last 20 bytes: the address of private key 1, as every wallet derives it.
        Assert.Equal(Address.Parse("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"), TransactionSigner.FromPrivateKey(key).Address);
    }

    [Fact]
    public void A_signed_transaction_recovers_to_its_signer_under_eip_2()
    {
        var signer = new TransactionSigner("spec");
        var tx = signer.Sign(new Transaction
        {
            Type = TxType.DynamicFee,
            ChainId = 1,
            Nonce = 7,
            MaxFeePerGas = 20_000_000_000UL,
            MaxPriorityFeePerGas = 1_000_000_000UL,
            GasLimit = 21_000,
            To = Address.FromNumber(0xBEEF),
            Value = 5,
            Sender = signer.Address,
        });

        var decoded = TransactionRlp.Decode(TransactionRlp.Encode(tx));
        Assert.Equal(signer.Address, SenderRecovery.Recover(decoded, ForkRules.For(SpecId.Cancun), 1, out var error));
        Assert.Null(error);
    }
}
