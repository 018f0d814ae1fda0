namespace Harness.Coyote.Tests.Engine;

public sealed class CoyoteVerdictFacts
{
    [Fact]
    public void Coyote_s_deadlock_report_is_a_Deadlock()
    {
        var verdict = CoyoteVerdict.From("Deadlock detected. Op(1) and Op(2) are waiting.");

        Assert.Equal((BugKind.Deadlock, "Deadlock detected. Op(1) and Op(2) are waiting."), (verdict.Kind, verdict.Summary));
    }

    [Fact]
    public void A_failed_invariant_is_an_AssertionFailure_with_its_message()
    {
        var verdict = CoyoteVerdict.From("Unhandled exception. Harness.InvariantViolationException: total is 5\n   at A.B()");

        Assert.Equal((BugKind.AssertionFailure, "total is 5", "   at A.B()"), (verdict.Kind, verdict.Summary, verdict.Details));
    }

    [Fact]
    public void Any_other_escaped_exception_is_an_UnhandledException_with_its_type()
    {
        var verdict = CoyoteVerdict.From("Unhandled exception. System.InvalidOperationException: no\n   at A.B()");

        Assert.Equal((BugKind.UnhandledException, "System.InvalidOperationException: no"), (verdict.Kind, verdict.Summary));
    }

    [Fact]
    public void Coyote_s_step_bound_is_StepBoundReached()
    {
        Assert.Equal(BugKind.StepBoundReached, CoyoteVerdict.From("Scheduling steps bound of 10000 reached.").Kind);
    }
}
