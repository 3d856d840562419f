using System.Runtime.Serialization;
using Akka.Actor;
using ParallelEvm.Actors;
using ParallelEvm.Actors.Cluster;
using ParallelEvm.Vm.Workloads;

namespace ParallelEvm.Cluster.Tests;

public sealed class BlockMessageSerializerSpecs : IDisposable
{
    readonly ActorSystem _system = ActorSystem.Create("wire-specs");
    readonly BlockMessageSerializer _serializer;

    public BlockMessageSerializerSpecs() => _serializer = new BlockMessageSerializer((ExtendedActorSystem)_system);

    public void Dispose() => _system.Terminate().Wait(TimeSpan.FromSeconds(10));

    static byte[] EncodedBlock()
    {
        var w = WorkloadGenerator.Create(WorkloadKind.Mixed, 20, seed: 3, conflictRate: 0.3);
        return BlockRequestCodec.Encode(new BlockExecutionRequest(w.Rules, w.Env, w.Txs, w.PreState));
    }

    T RoundTrip<T>(T message, string expectedManifest) where T : class
    {
        var manifest = _serializer.Manifest(message);
        Assert.Equal(expectedManifest, manifest);
        return Assert.IsType<T>(_serializer.FromBinary(_serializer.ToBinary(message), manifest));
    }

    [Fact]
    public void Execute_request_round_trips_its_id_and_block_bytes()
    {
        var block = EncodedBlock();
        var back = RoundTrip(new ExecuteBlock("block-20000000-ü", block), BlockMessageSerializer.ExecuteManifest);
        Assert.Equal("block-20000000-ü", back.RequestId);
        Assert.Equal(block, back.Block);
    }

    [Fact]
    public void Acknowledgement_round_trips()
    {
        Assert.Equal("a1", RoundTrip(new BlockAccepted("a1"), BlockMessageSerializer.AcceptedManifest).RequestId);
    }

    [Fact]
    public void Result_round_trips_with_logs_storage_code_deletions_and_counters()
    {
        var sent = SampleResults.Rich();
        var back = RoundTrip(new BlockExecuted("r1", sent), BlockMessageSerializer.ExecutedManifest);
        Assert.Equal("r1", back.RequestId);
        Assert.Null(ClusterResultComparison.FirstCodecDifference(sent, back.Result));
        Assert.Equal(4, back.Result.Results.Count);
        Assert.Equal(4, back.Result.Results[0].Logs[0].Topics.Length);
        Assert.Null(back.Result.Diff.Accounts[ParallelEvm.State.Address.Parse("0x00000000000000000000000000000000000000dd")].Account);
    }

    [Fact]
    public void Invalid_block_result_round_trips_its_error_and_failed_index()
    {
        var sent = SampleResults.Invalid();
        var back = RoundTrip(new BlockExecuted("r2", sent), BlockMessageSerializer.ExecutedManifest);
        Assert.Equal(sent.Error, back.Result.Error);
        Assert.Equal(7, back.Result.FailedTransaction);
        Assert.False(back.Result.Succeeded);
    }

    [Theory]
    [InlineData(BlockFailure.Malformed)]
    [InlineData(BlockFailure.Busy)]
    [InlineData(BlockFailure.EngineFailure)]
    public void Failure_round_trips_its_kind_and_reason(BlockFailure kind)
    {
        var back = RoundTrip(new BlockExecutionFailed("f1", kind, "RLP: item runs past the end at offset 12"), BlockMessageSerializer.FailedManifest);
        Assert.Equal(new BlockExecutionFailed("f1", kind, "RLP: item runs past the end at offset 12"), back);
    }

    [Fact]
    public void Unknown_manifest_is_rejected_with_a_serialization_error()
    {
        var bytes = _serializer.ToBinary(new BlockAccepted("a1"));
        var error = Assert.Throws<SerializationException>(() => _serializer.FromBinary(bytes, "System.Object, mscorlib"));
        Assert.Contains("unknown manifest", error.Message);
    }

    [Fact]
    public void Unknown_message_type_is_not_serialized()
    {
        Assert.Throws<SerializationException>(() => _serializer.ToBinary("a string"));
        Assert.Throws<SerializationException>(() => _serializer.Manifest(42));
    }

    public static TheoryData<string> Manifests() =>
        [BlockMessageSerializer.ExecuteManifest, BlockMessageSerializer.AcceptedManifest, BlockMessageSerializer.ExecutedManifest, BlockMessageSerializer.FailedManifest];

    object Sample(string manifest) => manifest switch
    {
        BlockMessageSerializer.ExecuteManifest => new ExecuteBlock("e", [0xc1, 0x01, 0x02, 0x03]),
        BlockMessageSerializer.AcceptedManifest => new BlockAccepted("accepted-id"),
        BlockMessageSerializer.ExecutedManifest => new BlockExecuted("x", SampleResults.Rich()),
        _ => new BlockExecutionFailed("f", BlockFailure.Busy, "busy"),
    };

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Every_truncation_is_rejected_with_a_serialization_error(string manifest)
    {
        var bytes = _serializer.ToBinary(Sample(manifest));
        for (int length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes[..length];
            Assert.Throws<SerializationException>(() => _serializer.FromBinary(truncated, manifest));
        }
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Trailing_bytes_are_rejected(string manifest)
    {
        byte[] bytes = [.. _serializer.ToBinary(Sample(manifest)), 0x00];
        Assert.Throws<SerializationException>(() => _serializer.FromBinary(bytes, manifest));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Any_single_byte_change_yields_a_message_or_a_serialization_error_never_another_exception(string manifest)
    {
        var bytes = _serializer.ToBinary(Sample(manifest));
        for (int i = 0; i < bytes.Length; i++)
        {
            foreach (byte replacement in new byte[] { 0x00, 0x7f, 0x80, 0xb8, 0xc0, 0xf8, 0xff, (byte)(bytes[i] ^ 0x01) })
            {
                var changed = (byte[])bytes.Clone();
                changed[i] = replacement;
                try
                {
                    Assert.IsAssignableFrom<IBlockExecutionMessage>(_serializer.FromBinary(changed, manifest));
                }
                catch (SerializationException) { }
            }
        }
    }

    [Fact]
    public void Bytes_of_one_message_type_under_another_manifest_are_rejected()
    {
        var accepted = _serializer.ToBinary(new BlockAccepted("a1"));
        Assert.Throws<SerializationException>(() => _serializer.FromBinary(accepted, BlockMessageSerializer.ExecutedManifest));
        Assert.Throws<SerializationException>(() => _serializer.FromBinary(accepted, BlockMessageSerializer.FailedManifest));
    }

    [Fact]
    public void Unknown_failure_kind_and_empty_request_id_are_rejected()
    {
        var failed = _serializer.ToBinary(new BlockExecutionFailed("f", BlockFailure.Busy, "x"));
        // [ "f", 2, "x" ] = c3 66 02 78: kind 2 → 9.
        Assert.Equal(new byte[] { 0xc3, 0x66, 0x02, 0x78 }, failed);
        Assert.Throws<SerializationException>(() => _serializer.FromBinary(new byte[] { 0xc3, 0x66, 0x09, 0x78 }, BlockMessageSerializer.FailedManifest));
        Assert.Throws<SerializationException>(() => _serializer.FromBinary(new byte[] { 0xc1, 0x80 }, BlockMessageSerializer.AcceptedManifest));
    }
}
