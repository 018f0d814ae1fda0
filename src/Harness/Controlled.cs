using System.Runtime.CompilerServices;
using Harness.Hybrid;
using Harness.Scheduling;
using Harness.Time;

namespace Harness;

/// <summary>
/// Entry points for code that runs under the harness. Inside a harness run they are scheduling points of the
/// controlled scheduler; anywhere else they are exactly the BCL calls named below, so production code can call
/// them unconditionally.
/// </summary>
public static partial class Controlled
{
    /// <summary>
    /// The clock to pass wherever code takes a <see cref="TimeProvider"/> (Task.Delay, CancellationTokenSource,
    /// WaitAsync, PeriodicTimer). Inside a harness run it is the iteration's virtual clock, which starts at
    /// 2000-01-01T00:00:00Z and jumps to the next timer when nothing else can run; elsewhere it is
    /// <see cref="TimeProvider.System"/>. One instance for the whole process: safe to cache and inject.
    /// </summary>
    public static TimeProvider Time => ControlledTimeProvider.Instance;

    /// <summary>True while the calling code runs inside a harness iteration.</summary>
    public static bool IsActive => ControlledRuntime.Current is not null;

    /// <summary>
    /// Starts <paramref name="work"/> as a new controlled operation (Go's <c>go</c>). Inside a harness run the
    /// work starts at a later scheduling decision; elsewhere this is <see cref="Task.Run(Func{Task})"/>.
    /// </summary>
    /// <param name="work">The operation's body.</param>
    /// <param name="name">Name in traces and bug reports; defaults to the expression passed as <paramref name="work"/>.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>A task that completes when the work's task completes.</returns>
    public static Task Run(
        Func<Task> work,
        string? name = null,
        [CallerArgumentExpression(nameof(work))] string? expression = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (ControlledRuntime.Active is not { } runtime)
        {
            return Task.Run(work);
        }

        var operation = runtime.StartOperation(OperationNames.Choose(name, expression, runtime.Operations.Count), OperationNames.Site(file, line), work);
        return operation.Completion!;
    }

    /// <summary>Like <see cref="Run(Func{Task}, string?, string?, string, int)"/>, for work that returns a value.</summary>
    /// <typeparam name="T">The work's result type.</typeparam>
    /// <param name="work">The operation's body.</param>
    /// <param name="name">Name in traces and bug reports; defaults to the expression passed as <paramref name="work"/>.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<T> Run<T>(
        Func<Task<T>> work,
        string? name = null,
        [CallerArgumentExpression(nameof(work))] string? expression = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (ControlledRuntime.Active is not { } runtime)
        {
            return Task.Run(work);
        }

        runtime.StartOperation(OperationNames.Choose(name, expression, runtime.Operations.Count), OperationNames.Site(file, line), work, out var completion);
        return completion;
    }

    /// <summary>
    /// Gives other operations a chance to run (Go's <c>runtime.Gosched</c>). Inside a harness run this is a
    /// scheduling point; elsewhere it is <see cref="Task.Yield"/>.
    /// </summary>
    /// <returns>An awaitable that resumes at the next scheduling decision.</returns>
    public static YieldAwaitable Yield() => Task.Yield();

    /// <summary>
    /// A scheduling point inside synchronous code (no <c>await</c> needed): inside a harness run the calling
    /// operation's thread parks here and the strategy may run other operations before it goes on, so interleavings
    /// inside a synchronous section get explored. Elsewhere it does nothing.
    /// </summary>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public static void Interleave([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SyncPoints.Interleave("interleaves", SyncPoints.Site(file, line));

    /// <summary>
    /// Marks a read of shared state just before it happens: a scheduling point (as <see cref="Interleave"/>) and an
    /// access the data-race detector checks against other operations' writes. Elsewhere it does nothing.
    /// </summary>
    /// <param name="owner">The object holding the state (null for static state); accesses race only on the same owner and name.</param>
    /// <param name="name">The state's name in reports, e.g. <c>"Counter.total"</c>.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public static void BeforeRead(object? owner, string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SyncPoints.Access(owner, name, write: false, SyncPoints.Site(file, line));

    /// <summary>
    /// Marks a write of shared state just before it happens: a scheduling point and an access the data-race
    /// detector checks against other operations' reads and writes. Elsewhere it does nothing.
    /// </summary>
    /// <param name="owner">The object holding the state (null for static state); accesses race only on the same owner and name.</param>
    /// <param name="name">The state's name in reports, e.g. <c>"Counter.total"</c>.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public static void BeforeWrite(object? owner, string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SyncPoints.Access(owner, name, write: true, SyncPoints.Site(file, line));
}
