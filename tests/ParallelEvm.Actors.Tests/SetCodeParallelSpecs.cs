using CsCheck;
using ParallelEvm.Actors.Benchmarking;
using ParallelEvm.State;
using ParallelEvm.Vm;
using static ParallelEvm.Actors.Tests.SetCodeBlocks;

namespace ParallelEvm.Actors.Tests;

/// <summary>
/// EIP-7702 under Block-STM: Prague blocks where EOAs delegate to contracts, later transactions of the same block
/// run the delegated code, authorities re-delegate or clear, and some tuples are invalid. Parallel must equal serial,
/// and the serial outcome must be what the EIP says (so the blocks really exercise delegation).
/// </summary>
public class SetCodeParallelSpecs : EngineSpec
{
    static EngineOptions Options(int executors, int shards, int batch) => new()
    {
        Executors = executors, Shards = shards, MaxBatchSize = batch, Adaptive = false,
    };

    async Task<BlockExecutionResult> RunBoth(IReadOnlyList<Transaction> txs, EngineOptions options)
    {
        var request = Request(txs, PreState());
        var serial = SerialBlockExecutor.Execute(request);
        var parallel = await Engine(options).ExecuteAsync(request).WaitAsync(Bound);
        Assert.Null(serial.Error);
        Assert.All(serial.Results, r => Assert.True(r.IsValid, r.Error));
        Assert.Null(BlockComparison.FirstDifference(serial, parallel));
        Assert.False(parallel.Counters.FellBackToSerial); // Block-STM itself ran the block
        return serial;
    }

    static AccountChange Final(BlockExecutionResult result, Address address)
    {
        Assert.True(result.Diff.Accounts.TryGetValue(address, out var change), $"{address} unchanged");
        return change!;
    }

    static UInt256 Slot(AccountChange change, int slot) => change.Storage.TryGetValue(slot, out var v) ? v : UInt256.Zero;

    public static TheoryData<int, int, int> Configurations => new()
    {
        { 1, 1, 1 }, { 2, 3, 2 }, { 4, 8, 1 }, { 3, 5, 16 }, { 4, 2, 4 },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Delegation_takes_effect_for_later_transactions_of_the_same_block(int executors, int shards, int batch)
    {
        var k0 = AuthorityAddresses[0];
        Transaction[] txs =
        [
            SetCode(Sender(0), 0, Counter, [Authorize(0, ChainId, Counter, 0)]),
            Call(Sender(1), 0, k0), Call(Sender(2), 0, k0), Call(Sender(3), 0, k0), Call(Sender(4), 0, k0),
        ];
        var serial = await RunBoth(txs, Options(executors, shards, batch));
        var authority = Final(serial, k0);
        Assert.Equal(Keccak256.Hash(DesignatorOf(Counter)), authority.Account!.Value.CodeHash);
        Assert.Equal(1UL, authority.Account!.Value.Nonce);
        Assert.Equal((UInt256)4, Slot(authority, 0)); // the counter ran in the authority's storage, once per call
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Re_delegation_and_clearing_within_one_block(int executors, int shards, int batch)
    {
        var k1 = AuthorityAddresses[1];
        Transaction[] txs =
        [
            SetCode(Sender(0), 0, Counter, [Authorize(1, ChainId, Counter, 0)]),
            Call(Sender(1), 0, k1),
            SetCode(Sender(2), 0, Counter, [Authorize(1, ChainId, Recorder, 1)]),
            Call(Sender(3), 0, k1, value: 5),
            SetCode(Sender(4), 0, Counter, [Authorize(1, ChainId, Address.Zero, 2)]),
            Call(Sender(5), 0, k1, value: 7),
        ];
        var serial = await RunBoth(txs, Options(executors, shards, batch));
        var authority = Final(serial, k1);
        Assert.Equal(Account.EmptyCodeHash, authority.Account!.Value.CodeHash); // address zero clears the delegation
        Assert.Equal(3UL, authority.Account!.Value.Nonce);
        Assert.Equal((UInt256)1, Slot(authority, 0));
        Assert.Equal(Sender(3).ToWord(), Slot(authority, 1));
        Assert.Equal((UInt256)5, Slot(authority, 2));
        Assert.Single(serial.Results[3].Logs); // the recorder ran
        Assert.Empty(serial.Results[5].Logs);  // no code any more: a plain transfer
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Invalid_tuples_are_skipped_and_valid_ones_in_the_same_list_apply(int executors, int shards, int batch)
    {
        Transaction[] txs =
        [
            SetCode(Sender(0), 0, Counter,
            [
                Authorize(2, WrongChainId, Counter, 0),
                Authorize(3, ChainId, Counter, 1),             // wrong nonce
                Authorize(4, ChainId, Counter, 0, highS: true), // malleable signature
                Authorize(5, 0, Recorder, 0),                  // chain id 0: valid on any chain
            ]),
            Call(Sender(1), 0, AuthorityAddresses[2]), Call(Sender(2), 0, AuthorityAddresses[3]),
            Call(Sender(3), 0, AuthorityAddresses[4]), Call(Sender(4), 0, AuthorityAddresses[5]),
        ];
        var serial = await RunBoth(txs, Options(executors, shards, batch));
        Assert.Equal(TransactionStatus.Success, serial.Results[0].Status);
        foreach (int skipped in new[] { 2, 3, 4 })
        {
            // Untouched, or touched without a delegation and without a nonce raise.
            if (!serial.Diff.Accounts.TryGetValue(AuthorityAddresses[skipped], out var change)) continue;
            Assert.Null(change.Code);
            Assert.Equal(Account.EmptyCodeHash, change.Account!.Value.CodeHash);
            Assert.Equal(0UL, change.Account!.Value.Nonce);
        }
        var k5 = Final(serial, AuthorityAddresses[5]);
        Assert.Equal(Keccak256.Hash(DesignatorOf(Recorder)), k5.Account!.Value.CodeHash);
        Assert.Equal(Sender(4).ToWord(), Slot(k5, 1));
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Self_sponsored_delegation_is_seen_by_extcodehash_and_nested_calls(int executors, int shards, int batch)
    {
        var k0 = AuthorityAddresses[0];
        Transaction[] txs =
        [
            Call(Sender(1), 0, Forwarder, data: AddressWord(k0)),  // before: no code
            SetCode(k0, 0, Counter, [Authorize(0, ChainId, Counter, 1)]), // the sender's nonce is raised first: tuple nonce 1
            Call(Sender(2), 0, Forwarder, data: AddressWord(k0)),  // after: the designator, and CALL runs the counter in k0
            Call(k0, 2, Counter),                                   // a delegated EOA may still send (EIP-7702 relaxes EIP-3607)
        ];
        var serial = await RunBoth(txs, Options(executors, shards, batch));
        var forwarder = Final(serial, Forwarder);
        Assert.Equal(Keccak256.Hash(DesignatorOf(Counter)).ToWord(), Slot(forwarder, 3));
        Assert.Equal((UInt256)23, Slot(forwarder, 4));
        Assert.Equal((UInt256)2, Slot(forwarder, 0));
        var authority = Final(serial, k0);
        Assert.Equal(3UL, authority.Account!.Value.Nonce);
        Assert.Equal((UInt256)1, Slot(authority, 0));
    }

    [Fact]
    public void Parallel_equals_serial_on_random_set_code_blocks()
    {
        var cases =
            from seed in Gen.Int[1, 1_000_000]
            from txs in Gen.Int[2, 40]
            from executors in Gen.Int[1, 4]
            from shards in Gen.Int[1, 8]
            from batch in Gen.Int[1, 16]
            select (seed, txs, executors, shards, batch);
        int totalValidTuples = 0;
        cases.Sample(c =>
        {
            var (txs, validTuples, delegations) = RandomBlock(c.seed, c.txs);
            totalValidTuples += validTuples;
            var request = Request(txs, PreState());
            var serial = SerialBlockExecutor.Execute(request);
            string where = $"seed {c.seed}, {c.txs} txs, {c.executors} executors, {c.shards} shards, batch {c.batch}";
            if (serial.Error is not null) throw new Xunit.Sdk.XunitException($"{where}: serial failed: {serial.Error}");
            if (serial.Results.FirstOrDefault(r => !r.IsValid) is { } invalid)
                throw new Xunit.Sdk.XunitException($"{where}: the generator's nonce model is wrong: {invalid.Error}");
            foreach (var (authority, target) in delegations)
            {
                var expected = target == Address.Zero ? Account.EmptyCodeHash : Keccak256.Hash(DesignatorOf(target));
                if (Final(serial, authority).Account!.Value.CodeHash != expected)
                    throw new Xunit.Sdk.XunitException($"{where}: serial left {authority} with other code than a delegation to {target}");
            }
            var parallel = Engine(Options(c.executors, c.shards, c.batch)).ExecuteAsync(request).WaitAsync(Bound).GetAwaiter().GetResult();
            if (parallel.Counters.FellBackToSerial) throw new Xunit.Sdk.XunitException($"{where}: the engine fell back to serial");
            if (BlockComparison.FirstDifference(serial, parallel) is { } difference)
                throw new Xunit.Sdk.XunitException($"{where} ({validTuples} valid tuples): {difference}");
        }, iter: 50, threads: 1);
        Assert.True(totalValidTuples > 50, $"only {totalValidTuples} valid tuples in 50 blocks: the generator barely delegates");
    }

    /// <summary>
    /// A random block with an exact nonce model: every transaction is valid, and each tuple is valid exactly when the
    /// model says so (chain id 0 or ours, the authority's current nonce — raised first when it is the sender —, low s).
    /// </summary>
    static (Transaction[] Txs, int ValidTuples, Dictionary<Address, Address> Delegations) RandomBlock(int seed, int count)
    {
        var random = new Random(seed);
        var nonces = new Dictionary<Address, ulong>();
        ulong Next(Address a) { nonces.TryGetValue(a, out var n); nonces[a] = n + 1; return n; }
        ulong Current(Address a) => nonces.TryGetValue(a, out var n) ? n : 0;
        Address AnySender() => random.Next(3) == 0 ? AuthorityAddresses[random.Next(Authorities)] : Sender(random.Next(Senders));
        Address AnyAuthority() => AuthorityAddresses[random.Next(Authorities)];

        var txs = new Transaction[count];
        var delegations = new Dictionary<Address, Address>(); // authority -> its last valid target
        int validTuples = 0;
        for (int i = 0; i < count; i++)
        {
            var sender = AnySender();
            ulong nonce = Next(sender);
            switch (random.Next(4))
            {
                case 0:
                case 1:
                    var tuples = new AuthorizationTuple[random.Next(1, 4)];
                    for (int t = 0; t < tuples.Length; t++)
                    {
                        int key = random.Next(Authorities);
                        var authority = AuthorityAddresses[key];
                        ulong chainId = random.Next(10) switch { < 7 => ChainId, < 9 => 0, _ => WrongChainId };
                        ulong current = Current(authority);
                        ulong tupleNonce = random.Next(8) switch { 0 => current + 1, 1 when current > 0 => current - 1, _ => current };
                        bool highS = random.Next(10) == 0;
                        var target = Targets[random.Next(Targets.Length)];
                        tuples[t] = Authorize(key, chainId, target, tupleNonce, highS);
                        if (chainId != WrongChainId && tupleNonce == current && !highS)
                        {
                            Next(authority);
                            delegations[authority] = target;
                            validTuples++;
                        }
                    }
                    var to = random.Next(2) == 0 ? AnyAuthority() : Forwarder;
                    txs[i] = SetCode(sender, nonce, to, tuples, AddressWord(AnyAuthority()));
                    break;
                case 2:
                    txs[i] = Call(sender, nonce, AnyAuthority(), value: (ulong)random.Next(2) * 1000, data: AddressWord(AnyAuthority()));
                    break;
                default:
                    txs[i] = Call(sender, nonce, Forwarder, data: AddressWord(AnyAuthority()));
                    break;
            }
        }
        return (txs, validTuples, delegations);
    }
}
