namespace Harness.Tests.Programs;

/// <summary>Two transfers take two account gates in opposite order: the lock-ordering deadlock of pitfall P22.</summary>
internal static class LockOrdering
{
    internal static async Task OppositeOrder()
    {
        var accounts = new SemaphoreSlim(1, 1);
        var ledger = new SemaphoreSlim(1, 1);
        await Task.WhenAll(
            Controlled.Run(() => TakeBoth(accounts, ledger, "debit"), "debit"),
            Controlled.Run(() => TakeBoth(ledger, accounts, "credit"), "credit"));
    }

    internal static async Task SameOrder()
    {
        var accounts = new SemaphoreSlim(1, 1);
        var ledger = new SemaphoreSlim(1, 1);
        await Task.WhenAll(
            Controlled.Run(() => TakeBoth(accounts, ledger, "debit"), "debit"),
            Controlled.Run(() => TakeBoth(accounts, ledger, "credit"), "credit"));
    }

    private static async Task TakeBoth(SemaphoreSlim first, SemaphoreSlim second, string who)
    {
        await first.WaitAsync();
        try
        {
            await Task.Yield();
            await SourceLine.Mark(second.WaitAsync(), "second gate of " + who);
            second.Release();
        }
        finally
        {
            first.Release();
        }
    }
}
