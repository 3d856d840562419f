using System.Text;
using Akka.Actor;
using Akka.Routing;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// Submits blocks to the executor nodes of the cluster this actor system belongs to and awaits their results
/// (ARCHITECTURE.md §6). Each request has an id; a retry — when the node holding it leaves, does not answer within
/// <see cref="BlockExecutionClientOptions.AttemptTimeout"/>, is busy or fails — goes to another node under the same id,
/// and each id completes exactly once. As an <see cref="IBlockExecutor"/> it is the cluster behind the local API.
/// </summary>
public sealed class BlockExecutionClient : IBlockExecutor, IDisposable
{
    readonly IActorRef _actor;
    readonly ClientCounters _counters = new();

    /// <param name="system">A member (or would-be member) of the cluster, with remoting and clustering configured.</param>
    public BlockExecutionClient(ActorSystem system, BlockExecutionClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        Options = (options ?? new BlockExecutionClientOptions()).Validate();
        _actor = system.ActorOf(BlockExecutionClientActor.Props(Options, _counters));
    }

    public ExecutionMode Mode => ExecutionMode.Parallel;

    public BlockExecutionClientOptions Options { get; }

    public BlockExecutionClientStats Stats => _counters.Snapshot();

    /// <summary>A fresh request id (a GUID in 32 hex digits).</summary>
    public static string NewRequestId() => Guid.NewGuid().ToString("N");

    /// <summary>Executes the block on some executor node, under a fresh request id.</summary>
    public Task<BlockExecutionResult> ExecuteAsync(BlockExecutionRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(NewRequestId(), request, cancellationToken);

    /// <summary>Executes the block under <paramref name="requestId"/> (submitting the same id again after a restart is idempotent on a node that remembers it).</summary>
    /// <exception cref="ArgumentException">The id is empty or too long, or the base state is not an <see cref="ParallelEvm.State.InMemoryDb"/> witness.</exception>
    /// <exception cref="BlockExecutionClusterException">The task fails with it when a node cannot decode the block or every attempt failed.</exception>
    /// <exception cref="BlockExecutionTimeoutException">The task fails with it when no result came within <see cref="BlockExecutionClientOptions.Timeout"/>.</exception>
    public Task<BlockExecutionResult> ExecuteAsync(string requestId, BlockExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SubmitAsync(requestId, BlockRequestCodec.Encode(request), cancellationToken);
    }

    /// <summary>Sends an already encoded block (<see cref="BlockRequestCodec.Encode"/>) under <paramref name="requestId"/>.</summary>
    public Task<BlockExecutionResult> SubmitAsync(string requestId, byte[] encodedBlock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encodedBlock);
        ValidateRequestId(requestId);
        var completion = new TaskCompletionSource<BlockExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() => _actor.Tell(new BlockExecutionClientActor.Cancel(requestId, cancellationToken)));
            completion.Task.ContinueWith(_ => registration.Dispose(), TaskScheduler.Default);
        }
        _actor.Tell(new BlockExecutionClientActor.Submit(requestId, encodedBlock, completion));
        return completion.Task;
    }

    /// <summary>The executor nodes the client's router sends to right now (a node joins it shortly after it is up).</summary>
    public async Task<int> CountExecutorsAsync(CancellationToken cancellationToken = default)
    {
        var routees = await _actor.Ask<Routees>(BlockExecutionClientActor.CountExecutors.Instance, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        return routees.Members.Count();
    }

    static void ValidateRequestId(string requestId)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        if (requestId.Length == 0) throw new ArgumentException("a request id must not be empty", nameof(requestId));
        if (Encoding.UTF8.GetByteCount(requestId) > BlockMessageSerializer.MaxRequestIdBytes)
            throw new ArgumentException($"a request id must fit in {BlockMessageSerializer.MaxRequestIdBytes} UTF-8 bytes", nameof(requestId));
    }

    /// <summary>Stops the client; requests still open fail with <see cref="BlockExecutionClusterException"/>.</summary>
    public void Dispose() => _actor.Tell(PoisonPill.Instance);
}
