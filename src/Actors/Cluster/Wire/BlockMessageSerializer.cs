using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Serialization;
using ParallelEvm.State;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// The Akka serializer of every <see cref="IBlockExecutionMessage"/> (ARCHITECTURE.md §6): RLP, a fixed manifest per
/// message type, and no type names read from the wire. An unknown manifest or malformed bytes throw
/// <see cref="SerializationException"/>; Akka.Remote then drops that one message and the connection stays up.
/// A request's block is carried as opaque bytes here and decoded by the node's service, so a malformed block gets
/// an error reply rather than silence.
/// </summary>
public sealed class BlockMessageSerializer : SerializerWithStringManifest
{
    /// <summary>Any id Akka and its plugins do not use (they keep the low ones).</summary>
    public const int SerializerId = 7411;

    public const string ExecuteManifest = "execute";
    public const string AcceptedManifest = "accepted";
    public const string ExecutedManifest = "executed";
    public const string FailedManifest = "failed";

    /// <summary>Bound on a request id, in UTF-8 bytes.</summary>
    public const int MaxRequestIdBytes = 256;

    public BlockMessageSerializer(ExtendedActorSystem system) : base(system) { }

    public override int Identifier => SerializerId;

    public override string Manifest(object o) => o switch
    {
        ExecuteBlock => ExecuteManifest,
        BlockAccepted => AcceptedManifest,
        BlockExecuted => ExecutedManifest,
        BlockExecutionFailed => FailedManifest,
        _ => throw new SerializationException($"{nameof(BlockMessageSerializer)} cannot serialize {o.GetType()}"),
    };

    public override byte[] ToBinary(object obj)
    {
        using var w = new RlpWriter(obj is ExecuteBlock e ? e.Block.Length + 512 : 1024);
        w.StartList();
        switch (obj)
        {
            case ExecuteBlock m:
                w.WriteText(m.RequestId);
                w.WriteBytes(m.Block);
                break;
            case BlockAccepted m:
                w.WriteText(m.RequestId);
                break;
            case BlockExecuted m:
                w.WriteText(m.RequestId);
                BlockResultCodec.Write(w, m.Result);
                break;
            case BlockExecutionFailed m:
                w.WriteText(m.RequestId);
                w.WriteULong((ulong)m.Kind);
                w.WriteText(m.Reason);
                break;
            default:
                throw new SerializationException($"{nameof(BlockMessageSerializer)} cannot serialize {obj.GetType()}");
        }
        w.EndList();
        return w.ToArray();
    }

    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (manifest is not (ExecuteManifest or AcceptedManifest or ExecutedManifest or FailedManifest))
            throw new SerializationException($"unknown manifest '{manifest}' for {nameof(BlockMessageSerializer)}");
        try
        {
            var outer = new RlpReader(bytes);
            var r = outer.ReadList();
            outer.EnsureEnd();
            int at = r.Position;
            var id = r.ReadText(MaxRequestIdBytes);
            if (id.Length == 0) throw new RlpException("empty request id", at);
            object message = manifest switch
            {
                ExecuteManifest => new ExecuteBlock(id, r.ReadByteArray()),
                AcceptedManifest => new BlockAccepted(id),
                ExecutedManifest => new BlockExecuted(id, BlockResultCodec.Read(ref r)),
                FailedManifest => new BlockExecutionFailed(id, ReadKind(ref r), r.ReadText(BlockResultCodec.MaxErrorBytes)),
                _ => throw new System.Diagnostics.UnreachableException(manifest),
            };
            r.EnsureEnd();
            return message;
        }
        catch (RlpException e)
        {
            throw new SerializationException($"malformed '{manifest}' message ({bytes.Length} bytes): {e.Message}", e);
        }
    }

    static BlockFailure ReadKind(ref RlpReader r)
    {
        int at = r.Position;
        ulong kind = r.ReadULong();
        if (!Enum.IsDefined(typeof(BlockFailure), (int)Math.Min(kind, int.MaxValue)))
            throw new RlpException($"unknown failure kind {kind}", at);
        return (BlockFailure)kind;
    }
}
