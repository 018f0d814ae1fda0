using System.Collections;
using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>
/// Each scenario runs once outside a run (the BCL's own Parallel.ForEachAsync/ForAsync on the thread pool) and in
/// every explored schedule of a run (the model): the task's status and exceptions, and what the bodies saw, must be
/// the same.
/// </summary>
public sealed class ParallelForEachAsyncOutcomeTests
{
    public static TheoryData<string> Scenarios => [.. ParallelAsyncScenarios.Names];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task A_loop_in_a_run_ends_as_the_same_loop_ends_on_dotnet(string scenario)
    {
        string onDotnet = await ParallelAsyncScenarios.Run(scenario);
        var inRun = new List<string>();

        var result = ConcurrencyTest.Explore(async () => inRun.Add(await ParallelAsyncScenarios.Run(scenario)), new ExplorationOptions { Iterations = 200, Seed = 5 });

        Assert.True(result.Bug is null, result.Bug?.ToString());
        Assert.NotEmpty(inRun);
        Assert.All(inRun, outcome => Assert.Equal(onDotnet, outcome));
    }

    [Fact]
    public async Task The_scenarios_pin_what_dotnet_10_was_measured_to_do()
    {
        // Measured on .NET 10.0.12 (a console program, call by call); the theory above compares the model with it.
        Assert.Equal("Faulted [InvalidOperationException: boom, TaskCanceledException: A task was canceled.]", await ParallelAsyncScenarios.Run("a fault cancels a running body"));
        Assert.Equal("Canceled [] awaiting throws TaskCanceledException for the caller's token", await ParallelAsyncScenarios.Run("the caller cancels during the loop"));
    }
}

/// <summary>Loops written against ParallelCalls, which outside a run are the BCL calls themselves.</summary>
internal static class ParallelAsyncScenarios
{
    private static readonly Dictionary<string, Func<Task<string>>> All = new()
    {
        ["a fault cancels a running body"] = FaultCancelsRunningBody,
        ["the caller cancels during the loop"] = CallerCancels,
        ["a fault, then the caller cancels"] = FaultThenCallerCancels,
        ["an already cancelled token"] = AlreadyCancelled,
        ["null arguments"] = NullArguments,
        ["GetEnumerator throws"] = () => Outcome(ParallelCalls.ForEachAsync(new Source(getEnumeratorThrows: true), Nothing, "S.cs:1")),
        ["GetEnumerator returns null"] = async () => await Outcome(ParallelCalls.ForEachAsync(new Source(nullEnumerator: true), Nothing, "S.cs:1"))
            + await Outcome(ParallelCalls.ForEachAsync(new NullAsyncSource(), Nothing, "S.cs:2")),
        ["MoveNext throws"] = () => Outcome(ParallelCalls.ForEachAsync(MoveNextThrows(), Nothing, "S.cs:1")),
        ["Dispose throws after a body threw"] = () => Outcome(ParallelCalls.ForEachAsync(new Source(disposeThrows: true), One, (_, _) => throw new FormatException("body"), "S.cs:1")),
        ["a callback on the loop's token throws"] = () => Outcome(ParallelCalls.ForEachAsync([1], One, (_, token) =>
        {
            token.Register(() => throw new ArithmeticException("callback"));
            throw new FormatException("body");
        }, "S.cs:1")),
        ["the source is enumerated lazily"] = Lazily,
        ["an empty range"] = () => Task.FromResult(ReferenceEquals(ParallelCalls.ForAsync(3, 3, Nothing, "S.cs:1"), Task.CompletedTask) ? "Task.CompletedTask" : "another task"),
        ["a body that throws synchronously"] = () => Outcome(ParallelCalls.ForAsync(0L, 1L, (_, _) => throw new InvalidCastException("sync"), "S.cs:1")),
    };

    private static ParallelOptions One => new() { MaxDegreeOfParallelism = 1 };

    internal static IEnumerable<string> Names => All.Keys;

    internal static Task<string> Run(string name) => All[name]();

    private static ValueTask Nothing<T>(T item, CancellationToken token) => default;

    private static async Task<string> Outcome(Task loop)
    {
        try
        {
            await loop;
        }
        catch (Exception)
        {
            // The task's own state is the outcome.
        }

        return $"{loop.Status} [{string.Join(", ", loop.Exception?.InnerExceptions.Select(e => e.GetType().Name + ": " + e.Message) ?? [])}]";
    }

    private static Task<string> FaultCancelsRunningBody()
    {
        var started = new TaskCompletionSource();
        return Outcome(ParallelCalls.ForEachAsync([1, 2], new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (item, token) =>
        {
            if (item == 1)
            {
                await started.Task;
                throw new InvalidOperationException("boom");
            }

            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        }, "Fault.cs:3"));
    }

    private static async Task<string> CallerCancels()
    {
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var loop = ParallelCalls.ForEachAsync([1, 2], new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancel.Token }, async (item, token) =>
        {
            if (item == 1)
            {
                await started.Task;
                cancel.Cancel();
                return;
            }

            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        }, "Cancel.cs:3");
        string outcome = await Outcome(loop);
        var thrown = await Record.ExceptionAsync(() => loop);
        return outcome + $" awaiting throws {thrown?.GetType().Name} for {((thrown as OperationCanceledException)?.CancellationToken == cancel.Token ? "the caller's token" : "another token")}";
    }

    private static async Task<string> FaultThenCallerCancels()
    {
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var faulted = new TaskCompletionSource();
        return await Outcome(ParallelCalls.ForEachAsync([1, 2], new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancel.Token }, async (item, token) =>
        {
            if (item == 1)
            {
                await started.Task;
                faulted.SetResult();
                throw new InvalidOperationException("x");
            }

            started.SetResult();
            await faulted.Task;
            cancel.Cancel();
        }, "Cancel.cs:3"));
    }

    private static async Task<string> AlreadyCancelled()
    {
        var cancelled = new CancellationToken(true);
        int ran = 0;
        string outcome = await Outcome(ParallelCalls.ForEachAsync([1], cancelled, (_, _) => { ran++; return default; }, "C.cs:1"))
            + await Outcome(ParallelCalls.ForEachAsync(new NullAsyncSource(), new ParallelOptions { CancellationToken = cancelled }, Nothing, "C.cs:2"))
            + await Outcome(ParallelCalls.ForAsync(0, 3, cancelled, (_, _) => { ran++; return default; }, "C.cs:3"));
        return outcome + " ran " + ran;
    }

    private static Task<string> NullArguments()
    {
        Func<int, CancellationToken, ValueTask> body = Nothing;
        Func<int, CancellationToken, ValueTask> none = null!;
        var thrown = new[]
        {
            ThrownAtCall(() => ParallelCalls.ForEachAsync((int[])null!, none, "N.cs:1")),
            ThrownAtCall(() => ParallelCalls.ForEachAsync([1], none, "N.cs:2")),
            ThrownAtCall(() => ParallelCalls.ForEachAsync([1], (ParallelOptions)null!, body, "N.cs:3")),
            ThrownAtCall(() => ParallelCalls.ForEachAsync((IAsyncEnumerable<int>)null!, CancellationToken.None, body, "N.cs:4")),
            ThrownAtCall(() => ParallelCalls.ForAsync(0, 1, (ParallelOptions)null!, body, "N.cs:5")),
            ThrownAtCall(() => ParallelCalls.ForAsync(0, 1, none, "N.cs:6")),
        };
        return Task.FromResult(string.Join(", ", thrown.Select(e => e?.GetType().Name + " " + (e as ArgumentException)?.ParamName)));
    }

    // Only what the call itself throws: the task it returns is not awaited.
    private static Exception? ThrownAtCall(Func<Task> call)
    {
        try
        {
            call();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static async Task<string> Lazily()
    {
        var log = new List<string>();
        string outcome = await Outcome(ParallelCalls.ForEachAsync(Logged(log), One, async (item, _) =>
        {
            log.Add("body" + item);
            await Task.Yield();
        }, "Lazy.cs:3"));
        return outcome + " " + string.Join(" ", log);
    }

    private static IEnumerable<int> Logged(List<string> log)
    {
        for (int i = 0; i < 3; i++)
        {
            log.Add("next" + i);
            yield return i;
        }

        log.Add("end");
    }

    private static IEnumerable<int> MoveNextThrows()
    {
        yield return 1;
        throw new DivideByZeroException("next");
    }

    private sealed class Source(bool getEnumeratorThrows = false, bool nullEnumerator = false, bool disposeThrows = false) : IEnumerable<int>
    {
        public IEnumerator<int> GetEnumerator() =>
            getEnumeratorThrows ? throw new NotSupportedException("get") : nullEnumerator ? null! : new Counting(disposeThrows);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Counting(bool disposeThrows) : IEnumerator<int>
    {
        public int Current { get; private set; }

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++Current <= 2;

        public void Reset() => Current = 0;

        public void Dispose()
        {
            if (disposeThrows)
            {
                throw new TimeoutException("dispose");
            }
        }
    }

    private sealed class NullAsyncSource : IAsyncEnumerable<int>
    {
        public IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken cancellationToken = default) => null!;
    }
}
