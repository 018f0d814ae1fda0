using Harness.Scheduling;
using Harness.Strategies;

namespace Harness.Exploration;

/// <summary>
/// Splits a long campaign between workers, each with its own strategy instance and scheduler thread, and still
/// reports exactly what one serial run would: iteration 0 runs first (it calibrates PCT), iterations a strategy
/// can run anywhere are pulled by the workers in increasing order, iterations that depend on the ones before
/// (the portfolio's exhaustive phase) run in order on the first instance. When a worker finds a bug, the others
/// finish only the iterations below it, so the bug reported is the one with the lowest index, as in a serial run.
/// A shard (<see cref="ExplorationOptions.ShardIndex"/>) pulls only its own indices of the spread iterations; it runs
/// iteration 0 and the in-order iterations itself, as every shard does, since the strategy's state after them (PCT's
/// calibration, whether the exhaustive phase covered everything) decides what the later iterations are.
/// </summary>
internal sealed class ParallelSearch(SearchLoop loop, Func<ISchedulingStrategy> create, int workers, int iterationLimit, int shardIndex = 0, int shardCount = 1)
{
    // Workers may run a few iterations past the failing one before they hear of it; the report counts only the
    // steps up to it, as a serial run would. An int per iteration: a step count never exceeds MaxSteps.
    private readonly int[] stepsByIteration = new int[iterationLimit];
    private readonly Lock gate = new();
    private (int Index, IterationOutcome Bug)? firstBug;
    private int lowestBugIndex = int.MaxValue;
    private int iterationsRun;

    internal SearchOutcome Run(IParallelStrategy main)
    {
        int next = 0;
        if (RunInOrder(main, () => next == 0 ? next++ : -1))
        {
            return Outcome();
        }

        int firstIterationSteps = stepsByIteration[0];
        int lastRun = 0;
        int from = 1;
        while (from < iterationLimit && !main.IsExhausted && !loop.OutOfTime)
        {
            int to = from;
            bool anywhere = main.RunsAnywhere(from);
            while (to < iterationLimit && main.RunsAnywhere(to) == anywhere)
            {
                to++;
            }

            int cursor = from;
            bool found = anywhere
                ? RunSpread(from, to, firstIterationSteps)
                : RunInOrder(main, () => cursor < to && !main.IsExhausted ? cursor++ : -1);
            lastRun = anywhere ? to - 1 : cursor - 1;
            if (found)
            {
                break;
            }

            from = to;
        }

        return firstBug is null ? new SearchOutcome(null, lastRun + 1, StepsUpTo(lastRun)) { Ran = iterationsRun } : Outcome();
    }

    private SearchOutcome Outcome()
    {
        var (index, bug) = firstBug!.Value;
        return new SearchOutcome(bug, index + 1, StepsUpTo(index)) { Ran = iterationsRun };
    }

    private long StepsUpTo(int lastIndex)
    {
        long sum = 0;
        foreach (int steps in stepsByIteration.AsSpan(0, lastIndex + 1))
        {
            sum += steps;
        }

        return sum;
    }

    private bool RunInOrder(ISchedulingStrategy strategy, Func<int> nextIndex)
    {
        if (loop.Run(strategy, nextIndex, Ran) is { } bug)
        {
            Found(bug);
            return true;
        }

        return false;
    }

    /// <summary>Runs iterations [from, to) on the workers; true when one of them failed.</summary>
    private bool RunSpread(int from, int to, int firstIterationSteps)
    {
        // A shard's first index at or after from; the shared counter then steps by the shard count.
        int next = from + (((shardIndex - from) % shardCount) + shardCount) % shardCount;
        int Pull()
        {
            int index = Interlocked.Add(ref next, shardCount) - shardCount;
            return index < to && index < Volatile.Read(ref lowestBugIndex) ? index : -1;
        }

        Exception? failure = null;
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            try
            {
                var strategy = create();
                ((IParallelStrategy)strategy).Calibrate(firstIterationSteps);
                if (loop.Run(strategy, Pull, Ran) is { } bug)
                {
                    Found(bug);
                }
            }
#pragma warning disable CA1031 // Re-thrown on the caller's thread below, as a serial run would throw it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref failure, e, null);
                Volatile.Write(ref lowestBugIndex, -1);
            }
        })
        { IsBackground = true, Name = "harness worker" }).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return firstBug is not null;
    }

    private void Ran(int index, int steps)
    {
        stepsByIteration[index] = steps;
        Interlocked.Increment(ref iterationsRun);
    }

    private void Found((int Index, IterationOutcome Bug) bug)
    {
        lock (gate)
        {
            if (bug.Index < lowestBugIndex)
            {
                firstBug = bug;
                Volatile.Write(ref lowestBugIndex, bug.Index);
            }
        }
    }
}
