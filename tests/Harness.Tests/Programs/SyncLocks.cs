using Harness.Interception;

namespace Harness.Tests.Programs;

/// <summary>Synchronous code with locks, as rewritten code calls them: a lock-ordering deadlock and a Monitor hand-off.</summary>
internal static class SyncLocks
{
    internal static async Task OppositeOrder()
    {
        object accounts = new(), ledger = new();
        await Task.WhenAll(
            Controlled.Run(() => TakeBoth(accounts, "Transfer.cs:5", ledger, "Transfer.cs:6"), "debit"),
            Controlled.Run(() => TakeBoth(ledger, "Transfer.cs:12", accounts, "Transfer.cs:13"), "credit"));
    }

    internal static async Task SameOrder()
    {
        object accounts = new(), ledger = new();
        await Task.WhenAll(
            Controlled.Run(() => TakeBoth(accounts, "Transfer.cs:5", ledger, "Transfer.cs:6"), "debit"),
            Controlled.Run(() => TakeBoth(accounts, "Transfer.cs:12", ledger, "Transfer.cs:13"), "credit"));
    }

    /// <summary>A consumer waits on a monitor until a producer sets the value and pulses.</summary>
    internal static async Task HandOff()
    {
        var box = new Box();
        var consumer = Controlled.Run(() => Task.FromResult(box.Take()), "consumer");
        await Controlled.Run(() => { box.Put(42); return Task.CompletedTask; }, "producer");
        Invariant.Assert(await consumer == 42, "the consumer got what the producer put");
    }

    /// <summary>A consumer waits for a pulse nobody sends.</summary>
    internal static async Task NobodyPulses()
    {
        var box = new Box();
        await Controlled.Run(() => Task.FromResult(box.Take()), "consumer");
    }

    internal static async Task LockObjectOrdering(bool opposite)
    {
        Lock first = new(), second = new();
        await Task.WhenAll(
            Controlled.Run(() => TakeBothScoped(first, second), "debit"),
            Controlled.Run(() => opposite ? TakeBothScoped(second, first) : TakeBothScoped(first, second), "credit"));
    }

    private static Task TakeBoth(object first, string firstSite, object second, string secondSite)
    {
        bool outer = false, inner = false;
        try
        {
            MonitorCalls.Enter(first, ref outer, firstSite);
            MonitorCalls.Enter(second, ref inner, secondSite);
        }
        finally
        {
            if (inner)
            {
                MonitorCalls.Exit(second, secondSite);
            }

            if (outer)
            {
                MonitorCalls.Exit(first, firstSite);
            }
        }

        return Task.CompletedTask;
    }

    private static Task TakeBothScoped(Lock first, Lock second)
    {
        var outer = LockCalls.EnterScope(first, "Scoped.cs:3");
        try
        {
            var inner = LockCalls.EnterScope(second, "Scoped.cs:4");
            LockCalls.DisposeScope(ref inner, "Scoped.cs:4");
        }
        finally
        {
            LockCalls.DisposeScope(ref outer, "Scoped.cs:3");
        }

        return Task.CompletedTask;
    }

    private sealed class Box
    {
        private readonly object gate = new();
        private int value;
        private bool full;

        internal void Put(int item)
        {
            MonitorCalls.Enter(gate, "Box.cs:10");
            value = item;
            full = true;
            MonitorCalls.Pulse(gate, "Box.cs:13");
            MonitorCalls.Exit(gate, "Box.cs:14");
        }

        internal int Take()
        {
            MonitorCalls.Enter(gate, "Box.cs:20");
            while (!full)
            {
                MonitorCalls.Wait(gate, "Box.cs:23");
            }

            int taken = value;
            MonitorCalls.Exit(gate, "Box.cs:26");
            return taken;
        }
    }
}
