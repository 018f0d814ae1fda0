using System.Runtime.CompilerServices;
using Harness.Xunit;
using Xunit;

namespace Harness.Tests.Samples;

/// <summary>Facts whose failures must point at a line of this file, not at the assertion library or the harness.</summary>
public class UserLineFacts
{
    /// <summary>The line of the last marked call, so tests need not hard-code line numbers.</summary>
    public static int MarkedLine { get; private set; }

    [ConcurrencyFact(Iterations = 50)]
    public async Task An_xunit_equality_assertion_fails_on_a_lost_update()
    {
        var counter = new Counter();
        await Task.WhenAll(Controlled.Run(counter.AddUnguardedAsync, "first"), Controlled.Run(counter.AddUnguardedAsync, "second"));
        Assert.Equal(2, Mark(counter.Total));
    }

    [ConcurrencyFact(Iterations = 5)]
    public async Task Task_run_written_in_the_test_assembly_escapes()
    {
        await Task.Run(() => { });
    }

    private static T Mark<T>(T value, [CallerLineNumber] int line = 0)
    {
        MarkedLine = line;
        return value;
    }
}

/// <summary>A real-time delay written in the test assembly: the fix must not be "rewrite the test assembly".</summary>
public class RealDelayFacts
{
    [ConcurrencyFact(Iterations = 5)]
    public async Task Task_delay_written_in_the_test_assembly_waits_on_a_real_timer()
    {
        await Task.Delay(10);
    }
}
