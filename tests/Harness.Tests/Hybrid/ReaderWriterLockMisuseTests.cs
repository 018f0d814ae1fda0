using Harness.Interception;
using Rw = Harness.Interception.ReaderWriterLockSlimCalls;

namespace Harness.Tests.Hybrid;

public sealed class ReaderWriterLockMisuseTests
{
    // Each scenario runs once on .NET's own lock (outside a run the targets are the BCL) and once on the model.
    private static readonly (string Name, Action<ReaderWriterLockSlim> Run)[] Scenarios =
    [
        ("read twice", gate => { Rw.EnterReadLock(gate, "R.cs:1"); Rw.EnterReadLock(gate, "R.cs:2"); }),
        ("read under write", gate => { Rw.EnterWriteLock(gate, "R.cs:1"); Rw.EnterReadLock(gate, "R.cs:2"); }),
        ("write under read", gate => { Rw.EnterReadLock(gate, "R.cs:1"); Rw.EnterWriteLock(gate, "R.cs:2"); }),
        ("try write under read", gate => { Rw.EnterReadLock(gate, "R.cs:1"); Rw.TryEnterWriteLock(gate, 0, "R.cs:2"); }),
        ("write twice", gate => { Rw.EnterWriteLock(gate, "R.cs:1"); Rw.EnterWriteLock(gate, "R.cs:2"); }),
        ("upgradeable under read", gate => { Rw.EnterReadLock(gate, "R.cs:1"); Rw.EnterUpgradeableReadLock(gate, "R.cs:2"); }),
        ("upgradeable twice", gate => { Rw.EnterUpgradeableReadLock(gate, "R.cs:1"); Rw.EnterUpgradeableReadLock(gate, "R.cs:2"); }),
        ("upgradeable under write", gate => { Rw.EnterWriteLock(gate, "R.cs:1"); Rw.EnterUpgradeableReadLock(gate, "R.cs:2"); }),
        ("read under upgradeable", gate => { Rw.EnterUpgradeableReadLock(gate, "R.cs:1"); Rw.EnterReadLock(gate, "R.cs:2"); }),
        ("upgrade, leave the upgradeable first", gate => { Rw.EnterUpgradeableReadLock(gate, "R.cs:1"); Rw.EnterWriteLock(gate, "R.cs:2"); Rw.ExitUpgradeableReadLock(gate, "R.cs:3"); }),
        ("read under an upgraded write", gate => { Rw.EnterUpgradeableReadLock(gate, "R.cs:1"); Rw.EnterWriteLock(gate, "R.cs:2"); Rw.EnterReadLock(gate, "R.cs:3"); }),
        ("exit read not held", gate => Rw.ExitReadLock(gate, "R.cs:1")),
        ("exit write not held", gate => Rw.ExitWriteLock(gate, "R.cs:1")),
        ("exit upgradeable not held", gate => Rw.ExitUpgradeableReadLock(gate, "R.cs:1")),
        ("exit write holding read", gate => { Rw.EnterReadLock(gate, "R.cs:1"); Rw.ExitWriteLock(gate, "R.cs:2"); }),
        ("timeout -2", gate => Rw.TryEnterReadLock(gate, -2, "R.cs:1")),
        ("timeout -2 ms as a TimeSpan", gate => Rw.TryEnterWriteLock(gate, TimeSpan.FromMilliseconds(-2), "R.cs:1")),
    ];

    [Fact]
    public void Every_misuse_throws_what_dotnet_throws_and_every_allowed_nesting_is_allowed()
    {
        var expected = Scenarios.Select(scenario => Outcome(scenario.Run)).ToList();
        var modelled = new List<string>();
        var result = ConcurrencyTest.Explore(
            () =>
            {
                modelled.Clear();
                modelled.AddRange(Scenarios.Select(scenario => Outcome(scenario.Run)));
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(expected, modelled);
        Assert.Contains(expected, outcome => outcome.StartsWith("LockRecursionException", StringComparison.Ordinal));
        Assert.Contains(expected, outcome => outcome.StartsWith("SynchronizationLockException", StringComparison.Ordinal));
        Assert.Contains("ok held read, upgradeable; 1 reader(s)", expected);
    }

    [Fact]
    public void Timed_try_enters_wait_on_the_virtual_clock_and_a_writer_that_gave_up_lets_readers_in_again()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new ReaderWriterLockSlim();
                Rw.EnterReadLock(gate, "Holder.cs:4");
                var start = Controlled.Time.GetUtcNow();
                BlockingTaskCalls.Wait(Controlled.Run(() =>
                {
                    outcomes.Add(Rw.TryEnterWriteLock(gate, 250, "Taker.cs:8"));
                    outcomes.Add(Rw.TryEnterUpgradeableReadLock(gate, TimeSpan.FromSeconds(1), "Taker.cs:9"));
                    outcomes.Add(Rw.TryEnterReadLock(gate, 0, "Taker.cs:10"));
                    Rw.ExitReadLock(gate, "Taker.cs:11");
                    Rw.ExitUpgradeableReadLock(gate, "Taker.cs:12");
                    return Task.CompletedTask;
                }), "Holder.cs:14");
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                Rw.ExitReadLock(gate, "Holder.cs:16");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, true, true, TimeSpan.FromMilliseconds(250)], outcomes);
    }

    [Fact]
    public void Exiting_a_write_lock_after_an_await_throws_SynchronizationLockException_naming_where_it_was_taken()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new ReaderWriterLockSlim();
                Rw.EnterWriteLock(gate, "Index.cs:12");
                await Controlled.Yield();
                Rw.ExitWriteLock(gate, "Index.cs:14");
            },
            new ExplorationOptions { Iterations = 10, Seed = 11 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.IsType<SynchronizationLockException>(result.Bug!.Exception);
        Assert.StartsWith("in 'test' SynchronizationLockException was thrown at Index.cs:14: ReaderWriterLockSlim.ExitWriteLock on a lock taken at Index.cs:12 before an await", result.Bug.Summary, StringComparison.Ordinal);
    }

    private static string Outcome(Action<ReaderWriterLockSlim> scenario)
    {
        var gate = new ReaderWriterLockSlim();
        try
        {
            scenario(gate);
            var held = new[] { ("read", Rw.IsReadLockHeld(gate, "R.cs:9")), ("upgradeable", Rw.IsUpgradeableReadLockHeld(gate, "R.cs:9")), ("write", Rw.IsWriteLockHeld(gate, "R.cs:9")) };
            return $"ok held {string.Join(", ", held.Where(mode => mode.Item2).Select(mode => mode.Item1))}; {Rw.CurrentReadCount(gate, "R.cs:9")} reader(s)";
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }
}
