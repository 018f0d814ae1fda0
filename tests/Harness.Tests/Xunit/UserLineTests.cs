using System.Globalization;
using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class UserLineTests
{
    [Fact]
    public void An_xunit_assertion_is_reported_at_the_users_line_with_its_own_message()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(UserLineFacts), nameof(UserLineFacts.An_xunit_equality_assertion_fails_on_a_lost_update));

        Assert.False(outcome.Passed);
        string line = string.Create(CultureInfo.InvariantCulture, $"UserLineFacts.cs:{UserLineFacts.MarkedLine}");
        Assert.Contains($"AssertionFailure: in 'test' an assertion failed at {line}: Assert.Equal() Failure", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Expected: 2", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("EqualityAsserts.cs", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_run_in_the_test_assembly_gets_a_fix_that_does_not_rewrite_the_test_assembly()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(UserLineFacts), nameof(UserLineFacts.Task_run_written_in_the_test_assembly_escapes));

        Assert.False(outcome.Passed);
        Assert.Contains("UncontrolledConcurrency", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: Harness.Tests.Samples is the test assembly, which the build never rewrites", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("call Controlled.Run instead of Task.Run", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("move this code into a library the test project references", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("add \"Harness.Tests.Samples\" to \"Assemblies\"", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_delay_in_the_test_assembly_gets_a_fix_that_does_not_rewrite_the_test_assembly()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(RealDelayFacts), nameof(RealDelayFacts.Task_delay_written_in_the_test_assembly_waits_on_a_real_timer));

        Assert.False(outcome.Passed);
        Assert.Contains("UncontrolledConcurrency", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Harness.Tests.Samples is the test assembly, which the build never rewrites", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("add \"Harness.Tests.Samples\" to \"Assemblies\"", outcome.Message, StringComparison.Ordinal);
    }
}
