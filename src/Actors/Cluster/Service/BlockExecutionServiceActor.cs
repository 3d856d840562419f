using Akka.Actor;
using Akka.Event;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// A node's block-execution service (ARCHITECTURE.md §6), at <see cref="BlockExecutionService.Path"/> on nodes with role
/// <see cref="BlockExecutionService.Role"/>: acknowledges each request, decodes its block, runs it on the local engine
/// (a bounded number of blocks at a time) and answers every requester of that id. Nothing a request carries can stop
/// it: an undecodable block is answered with <see cref="BlockFailure.Malformed"/>, an engine exception with
/// <see cref="BlockFailure.EngineFailure"/>.
/// </summary>
public sealed class BlockExecutionServiceActor : UntypedActor
{
    sealed record Finished(string RequestId, BlockExecutionResult Result);
    sealed record Crashed(string RequestId, Exception Error);

    readonly IBlockExecutor _executor;
    readonly ServiceLedger<IActorRef> _ledger;
    readonly CancellationTokenSource _stopping = new();
    readonly ILoggingAdapter _log = Context.GetLogger();

    public BlockExecutionServiceActor(IBlockExecutor executor, BlockExecutionServiceOptions options)
    {
        _executor = executor;
        _ledger = new ServiceLedger<IActorRef>(options);
    }

    public static Props Props(IBlockExecutor executor, BlockExecutionServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        var validated = (options ?? new BlockExecutionServiceOptions()).Validate();
        return Akka.Actor.Props.Create(() => new BlockExecutionServiceActor(executor, validated));
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ExecuteBlock m: HandleExecute(m); break;
            case Finished m: HandleFinished(m); break;
            case Crashed m: HandleCrashed(m); break;
            default: Unhandled(message); break;
        }
    }

    void HandleExecute(ExecuteBlock request)
    {
        if (string.IsNullOrEmpty(request.RequestId) || request.Block is null)
        {
            Sender.Tell(new BlockExecutionFailed(request.RequestId ?? "", BlockFailure.Malformed, "a request needs an id and a block"));
            return;
        }
        switch (_ledger.Admit(request.RequestId, request.Block, Sender, out var reply))
        {
            case Admission.Answered:
                Sender.Tell(reply);
                break;
            case Admission.Joined:
                Sender.Tell(new BlockAccepted(request.RequestId));
                break;
            case Admission.Queued:
                Sender.Tell(new BlockAccepted(request.RequestId));
                StartReady();
                break;
            case Admission.Busy:
                Sender.Tell(new BlockExecutionFailed(request.RequestId, BlockFailure.Busy,
                    $"node {Self.Path.Address} is busy: {_ledger.Running} running, {_ledger.Queued} queued"));
                break;
        }
    }

    void StartReady()
    {
        while (_ledger.TryStartNext(out var id, out var block))
        {
            BlockExecutionRequest request;
            try
            {
                request = BlockRequestCodec.Decode(block);
            }
            catch (Exception e)
            {
                // Untrusted bytes: whatever the decoder throws is the sender's problem, reported to it, never ours.
                Reply(id, new BlockExecutionFailed(id, BlockFailure.Malformed, $"undecodable block: {e.Message}"), remember: true);
                continue;
            }
            var token = _stopping.Token;
            // Off the actor's thread: the engine may run a block synchronously (adaptive serial mode), and the service
            // must keep acknowledging requests meanwhile.
            Task.Run(() => _executor.ExecuteAsync(request, token), token)
                .PipeTo(Self, success: result => new Finished(id, result), failure: error => new Crashed(id, error));
        }
    }

    void HandleFinished(Finished m)
    {
        Reply(m.RequestId, new BlockExecuted(m.RequestId, m.Result), remember: true);
        StartReady();
    }

    void HandleCrashed(Crashed m)
    {
        var error = m.Error is AggregateException a ? a.GetBaseException() : m.Error;
        _log.Warning("block request {0} failed in the engine: {1}", m.RequestId, error.Message);
        Reply(m.RequestId, new BlockExecutionFailed(m.RequestId, BlockFailure.EngineFailure, $"{error.GetType().Name}: {error.Message}"), remember: false);
        StartReady();
    }

    void Reply(string requestId, IBlockExecutionMessage reply, bool remember)
    {
        foreach (var requester in _ledger.Complete(requestId, reply, remember)) requester.Tell(reply);
    }

    protected override void PostStop()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
