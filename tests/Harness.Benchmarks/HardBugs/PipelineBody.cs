using Harness;

namespace Harness.Benchmarks.HardBugs;

/// <summary>
/// A two-stage pipeline of a hundred operations with one order violation: the test starts 50 producers and 50
/// consumers, then (after one await, as if it read a setting) creates the audit sink that one consumer writes
/// to. Each producer takes a few steps to make its item; its consumer waits for the item and hands it on. The bug
/// needs that one producer and its consumer to get through all their steps before the test body's one step after
/// its await: with a hundred operations ready, a uniform walk rarely lets one pair run that far ahead.
/// </summary>
internal static class PipelineBody
{
    private const int Pairs = 50;
    private const int ProducerSteps = 6;
    private const int Audited = 37;

    public static async Task RunAsync()
    {
        var items = new int?[Pairs];
        var output = new List<int>();
        List<int>? audit = null;

        async Task ProduceAsync(int slot)
        {
            for (int i = 0; i < ProducerSteps; i++)
            {
                await Task.Yield();
            }

            items[slot] = slot;
        }

        async Task ConsumeAsync(int slot)
        {
            while (items[slot] is null)
            {
                await Task.Yield();
            }

            output.Add(items[slot]!.Value);
            if (slot == Audited)
            {
                Invariant.Assert(audit is not null, "the audit sink exists before a consumer writes to it");
                audit!.Add(items[slot]!.Value);
            }
        }

        var operations = new List<Task>();
        for (int i = 0; i < Pairs; i++)
        {
            int slot = i;
            operations.Add(Controlled.Run(() => ProduceAsync(slot), "producer"));
            operations.Add(Controlled.Run(() => ConsumeAsync(slot), "consumer"));
        }

        await Task.Yield();
        audit = [];
        await Task.WhenAll(operations);
    }
}
