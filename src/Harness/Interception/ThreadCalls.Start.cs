using Harness.Hybrid;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for dedicated threads: <c>new Thread(...)</c>, <see cref="Thread.Start()"/> and
/// <see cref="Thread.UnsafeStart()"/>. Inside a harness run a started thread's body runs as a controlled operation
/// named by <see cref="Thread.Name"/> (else "thread at File.cs:42", or the method group's name), and the real Thread
/// is never started; an exception escaping the body is a bug at that step, as in .NET it ends the process. Outside a
/// run each call is exactly the <see cref="Thread"/> member.
/// </summary>
public static partial class ThreadCalls
{
    /// <summary>Stands in for <see cref="Thread(ThreadStart)"/>.</summary>
    /// <param name="start">The thread's body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The unstarted thread.</returns>
    public static Thread Create(ThreadStart start, string site) => Register(new Thread(start), start);

    /// <summary>Stands in for <see cref="Thread(ThreadStart, int)"/>.</summary>
    /// <param name="start">The thread's body.</param>
    /// <param name="maxStackSize">The stack size, or 0 for the default.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The unstarted thread.</returns>
    public static Thread Create(ThreadStart start, int maxStackSize, string site) => Register(new Thread(start, maxStackSize), start);

    /// <summary>Stands in for <see cref="Thread(ParameterizedThreadStart)"/>.</summary>
    /// <param name="start">The thread's body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The unstarted thread.</returns>
    public static Thread Create(ParameterizedThreadStart start, string site) => Register(new Thread(start), start);

    /// <summary>Stands in for <see cref="Thread(ParameterizedThreadStart, int)"/>.</summary>
    /// <param name="start">The thread's body.</param>
    /// <param name="maxStackSize">The stack size, or 0 for the default.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The unstarted thread.</returns>
    public static Thread Create(ParameterizedThreadStart start, int maxStackSize, string site) => Register(new Thread(start, maxStackSize), start);

    /// <summary>Stands in for <see cref="Thread.Start()"/>.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="site">The call site.</param>
    public static void Start(Thread thread, string site) => Start(thread, null, withArgument: false, unsafeStart: false, site);

    /// <summary>Stands in for <see cref="Thread.Start(object)"/>.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="parameter">The argument of a ParameterizedThreadStart body.</param>
    /// <param name="site">The call site.</param>
    public static void Start(Thread thread, object? parameter, string site) => Start(thread, parameter, withArgument: true, unsafeStart: false, site);

    /// <summary>Stands in for <see cref="Thread.UnsafeStart()"/>: the body runs without the caller's ExecutionContext.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="site">The call site.</param>
    public static void UnsafeStart(Thread thread, string site) => Start(thread, null, withArgument: false, unsafeStart: true, site);

    /// <summary>Stands in for <see cref="Thread.UnsafeStart(object)"/>: the body runs without the caller's ExecutionContext.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="parameter">The argument of a ParameterizedThreadStart body.</param>
    /// <param name="site">The call site.</param>
    public static void UnsafeStart(Thread thread, object? parameter, string site) => Start(thread, parameter, withArgument: true, unsafeStart: true, site);

    /// <summary>
    /// Stands in for the <see cref="Thread.CurrentThread"/> getter: inside the body of a thread started in a run it is
    /// that Thread (its Name, ManagedThreadId, IsBackground), not the harness thread the body runs on; anywhere else it
    /// is the real current thread.
    /// </summary>
    /// <param name="site">The call site.</param>
    /// <returns>The thread whose code is running.</returns>
    public static Thread CurrentThread(string site)
    {
        _ = site;
        return SyncPoints.Active() is { RunningOperation: { } operation } runtime && runtime.ThreadOf(operation) is { } thread
            ? thread
            : Thread.CurrentThread;
    }

    private static Thread Register(Thread thread, Delegate start)
    {
        ControlledThread.Register(thread, start);
        return thread;
    }

    private static void Start(Thread thread, object? parameter, bool withArgument, bool unsafeStart, string site)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var model = ControlledThread.Of(thread);
        if (ControlledRuntime.Active is not { } runtime)
        {
            StartForReal(thread, model, parameter, withArgument, unsafeStart);
            return;
        }

        if (model is null)
        {
            throw new NotSupportedException(NotModelled(unsafeStart ? "UnsafeStart" : "Start", site));
        }

        // .NET's order: a started thread has dropped its delegate, so only an unstarted one checks the parameter.
        if (model.Started)
        {
            throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
        }

        if (withArgument && model.Start is ThreadStart)
        {
            throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
        }

        string name = string.IsNullOrEmpty(thread.Name)
            ? CallSite.OperationName(runtime, "thread", model.Start, site)
            : CallSite.OperationName(runtime, thread.Name, null, null);
        // A Task captures the ExecutionContext when it is made: UnsafeStart makes it with the flow suppressed.
        Task body;
        if (unsafeStart && !ExecutionContext.IsFlowSuppressed())
        {
            using (ExecutionContext.SuppressFlow())
            {
                body = new Task(() => RunBody(runtime, model.Start, parameter), TaskCreationOptions.DenyChildAttach);
            }
        }
        else
        {
            body = new Task(() => RunBody(runtime, model.Start, parameter), TaskCreationOptions.DenyChildAttach);
        }

        model.StartedIn(runtime, runtime.StartThread(name, CallSite.Location(site), body, thread));
    }

    private static void StartForReal(Thread thread, ControlledThread? model, object? parameter, bool withArgument, bool unsafeStart)
    {
        if (model is { Body: not null })
        {
            throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
        }

        switch ((withArgument, unsafeStart))
        {
            case (false, false): thread.Start(); break;
            case (true, false): thread.Start(parameter); break;
            case (false, true): thread.UnsafeStart(); break;
            default: thread.UnsafeStart(parameter); break;
        }

        model?.StartedForReal();
    }

    private static void RunBody(ControlledRuntime runtime, Delegate start, object? parameter)
    {
        try
        {
            if (start is ThreadStart plain)
            {
                plain();
            }
            else
            {
                ((ParameterizedThreadStart)start)(parameter);
            }
        }
#pragma warning disable CA1031 // .NET lets it end the process: here it is the iteration's verdict.
        catch (Exception exception) when (exception is not IterationAbandonedException)
#pragma warning restore CA1031
        {
            runtime.OnThreadThrew(exception);
        }
    }

    internal static string NotModelled(string call, string site) =>
        $"Thread.{call} at {site} starts a thread created by code the build does not rewrite: the harness does not know its body, so the thread would run for real, unexplored and unobserved. Fix: create the thread in an assembly named in \"Assemblies\" in coyote.json (or the test's own code), or by hand with Harness.Interception.ThreadCalls.Create; or start the work with Task.Run.";
}
