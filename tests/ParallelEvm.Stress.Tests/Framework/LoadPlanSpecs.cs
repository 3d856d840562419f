using ParallelEvm.Stress.Framework;

namespace ParallelEvm.Stress.Tests.Framework;

public class LoadPlanSpecs
{
    static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Inject_starts_rate_times_intervals_spread_evenly()
    {
        var plan = new LoadPlan([Simulation.Inject(10, S(1), S(3))]);
        Assert.Equal(30, plan.TotalInvocations);
        Assert.Equal(15, plan.InvocationsDueBy(S(1.5)));
        Assert.Equal(30, plan.InvocationsDueBy(S(99)));
    }

    [Fact]
    public void Inject_rate_is_per_interval_not_per_second()
    {
        var plan = new LoadPlan([Simulation.Inject(5, TimeSpan.FromMilliseconds(500), S(2))]);
        Assert.Equal(20, plan.TotalInvocations);
    }

    [Fact]
    public void Ramping_inject_goes_linearly_from_the_previous_rate()
    {
        // 0 → 10/s over 2 s is a triangle of area 10; then 10/s for 1 s; then 10 → 0/s over 2 s, another triangle.
        var plan = new LoadPlan([
            Simulation.RampingInject(10, S(1), S(2)),
            Simulation.Inject(10, S(1), S(1)),
            Simulation.RampingInject(0, S(1), S(2))]);
        Assert.Equal(2.5, plan.InvocationsDueBy(S(1)), 0);
        Assert.Equal(10, plan.InvocationsDueBy(S(2)));
        Assert.Equal(20, plan.InvocationsDueBy(S(3)));
        Assert.Equal(30, plan.TotalInvocations);
    }

    [Fact]
    public void Keep_constant_and_ramping_constant_give_the_copies_of_the_moment()
    {
        var plan = new LoadPlan([Simulation.KeepConstant(3, S(2)), Simulation.RampingConstant(5, S(2)), Simulation.Pause(S(1))]);
        Assert.Equal(3, plan.CopiesAt(S(0)));
        Assert.Equal(3, plan.CopiesAt(S(1.9)));
        Assert.Equal(4, plan.CopiesAt(S(3)));
        Assert.Equal(0, plan.CopiesAt(S(4.5)));
        Assert.Equal(0, plan.CopiesAt(S(5)));
        Assert.Equal(0, plan.TotalInvocations);
        Assert.Equal(S(5), plan.Duration);
    }

    [Fact]
    public void Ramping_constant_from_nothing_starts_at_zero_copies()
    {
        var plan = new LoadPlan([Simulation.RampingConstant(4, S(4))]);
        Assert.Equal(0, plan.CopiesAt(S(0)));
        Assert.Equal(2, plan.CopiesAt(S(2)));
        Assert.Equal(4, plan.CopiesAt(S(3.99)));
    }

    [Fact]
    public void Simulations_refuse_negative_counts_and_empty_durations()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulation.Inject(-1, S(1), S(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulation.KeepConstant(1, TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => new LoadPlan([]));
    }
}
