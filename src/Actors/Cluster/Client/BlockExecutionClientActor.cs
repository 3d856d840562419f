using System.Diagnostics;
using Akka.Actor;
using Akka.Cluster;
using Akka.Routing;
using static Akka.Cluster.ClusterEvent;

namespace ParallelEvm.Actors.Cluster;

/// <summary>
/// The actor behind <see cref="BlockExecutionClient"/>: sends requests through the cluster-aware
/// <see cref="ExecutorRouter"/>, follows executor members (up, leaving, unreachable, removed) and feeds every event to
/// the <see cref="ClientLedger"/>, which decides what to send, retry or fail.
/// </summary>
sealed class BlockExecutionClientActor : UntypedActor, IWithTimers
{
    public sealed record Submit(string RequestId, byte[] Block, TaskCompletionSource<BlockExecutionResult> Completion);
    public sealed record Cancel(string RequestId, CancellationToken Token);
    /// <summary>Answered by the router with <see cref="Routees"/>: the executor services it routes to now.</summary>
    public sealed class CountExecutors
    {
        public static readonly CountExecutors Instance = new();
    }
    sealed class Tick
    {
        public static readonly Tick Instance = new();
    }

    readonly BlockExecutionClientOptions _options;
    readonly ClientLedger _ledger;
    readonly Akka.Cluster.Cluster _cluster = Akka.Cluster.Cluster.Get(Context.System);
    readonly Stopwatch _clock = Stopwatch.StartNew();
    IActorRef _router = ActorRefs.Nobody;

    public ITimerScheduler Timers { get; set; } = null!;

    public BlockExecutionClientActor(BlockExecutionClientOptions options, ClientCounters counters)
    {
        _options = options;
        _ledger = new ClientLedger(options, SendToExecutor, counters);
    }

    public static Props Props(BlockExecutionClientOptions options, ClientCounters counters) =>
        Akka.Actor.Props.Create(() => new BlockExecutionClientActor(options, counters));

    TimeSpan Now => _clock.Elapsed;

    protected override void PreStart()
    {
        _router = Context.ActorOf(ExecutorRouter.Props(), "executors");
        _cluster.Subscribe(Self, InitialStateAsEvents, typeof(IMemberEvent), typeof(IReachabilityEvent));
        // Timeouts are checked by a tick, not a timer per request: a tenth of the shortest timeout, at most a second.
        var shortest = Math.Min(_options.AcceptTimeout.Ticks, _options.AttemptTimeout.Ticks);
        var interval = TimeSpan.FromTicks(Math.Clamp(shortest / 10, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.TicksPerSecond));
        Timers.StartPeriodicTimer("tick", Tick.Instance, interval);
    }

    protected override void PostStop()
    {
        _cluster.Unsubscribe(Self);
        _ledger.FailAll("the client stopped");
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case Submit m: _ledger.Submit(m.RequestId, m.Block, m.Completion, Now); break;
            case Cancel m: _ledger.Cancel(m.RequestId, m.Token, Now); break;
            case BlockAccepted m: _ledger.Accepted(m.RequestId, SenderNode(), Now); break;
            case BlockExecuted m: _ledger.Executed(m.RequestId, m.Result, Now); break;
            case BlockExecutionFailed m: _ledger.Failed(m.RequestId, m.Kind, m.Reason, SenderNode(), Now); break;
            case Tick: _ledger.Tick(Now); break;
            case CountExecutors: _router.Forward(GetRoutees.Instance); break;
            case MemberUp m: HandleUp(m.Member); break;
            case ReachableMember m: HandleUp(m.Member); break;
            case UnreachableMember m: HandleGone(m.Member); break;
            case IMemberEvent m: HandleMemberChange(m.Member); break;
            case IReachabilityEvent: break;
            default: Unhandled(message); break;
        }
    }

    void HandleUp(Member member)
    {
        if (IsExecutor(member) && member.Status == MemberStatus.Up && _cluster.State.Unreachable.All(u => u.Address != member.Address))
            _ledger.ExecutorUp(member.Address, Now);
    }

    void HandleGone(Member member)
    {
        if (IsExecutor(member)) _ledger.ExecutorGone(member.Address, Now);
    }

    /// <summary>Leaving, exiting, down or removed: the node will not finish what it holds.</summary>
    void HandleMemberChange(Member member)
    {
        if (IsExecutor(member) && member.Status != MemberStatus.Up && member.Status != MemberStatus.Joining && member.Status != MemberStatus.WeaklyUp)
            _ledger.ExecutorGone(member.Address, Now);
    }

    static bool IsExecutor(Member member) => member.HasRole(BlockExecutionService.Role);

    Address SenderNode() => NodeAddress.Normalize(Sender.Path.Address, _cluster.SelfAddress);

    void SendToExecutor(ExecuteBlock request, IReadOnlyCollection<Address> avoid) =>
        _router.Tell(new AvoidNodes(request, avoid), Self);
}
