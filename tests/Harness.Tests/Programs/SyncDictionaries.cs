using System.Collections.Concurrent;
using Harness.Interception;

namespace Harness.Tests.Programs;

/// <summary>
/// Pitfalls P04/P16 in their synchronous form: two operations write one Dictionary, with the hooks the rewriter puts
/// before each collection call; the fixed forms take a lock or use a ConcurrentDictionary (not instrumented).
/// </summary>
internal static class SyncDictionaries
{
    internal static Task Unguarded()
    {
        var cache = new Dictionary<string, int>();
        return Both(
            key => Synchronously(() =>
            {
                SharedMemoryCalls.OnWrite(cache, "Dictionary", "Cache.cs:14");
                cache[key] = key.Length;
            }));
    }

    internal static Task Locked()
    {
        var cache = new Dictionary<string, int>();
        return Both(
            key => Synchronously(() =>
            {
                bool taken = false;
                MonitorCalls.Enter(cache, ref taken, "Cache.cs:25");
                SharedMemoryCalls.OnWrite(cache, "Dictionary", "Cache.cs:26");
                cache[key] = key.Length;
                MonitorCalls.Exit(cache, "Cache.cs:28");
            }));
    }

    internal static Task Concurrent()
    {
        var cache = new ConcurrentDictionary<string, int>();
        return Both(
            key => Synchronously(() =>
            {
                Controlled.Interleave();
                cache[key] = key.Length;
            }));
    }

    private static async Task Both(Func<string, Task> write) =>
        await Task.WhenAll(Controlled.Run(() => write("cardiology"), "cardiology"), Controlled.Run(() => write("oncology"), "oncology"));

    private static Task Synchronously(Action work)
    {
        work();
        return Task.CompletedTask;
    }
}
