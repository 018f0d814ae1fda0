using System.Globalization;
using System.Runtime.CompilerServices;
using Harness.Hybrid;
using CallSite = Harness.Interception.CallSite;
using Harness.Scheduling;

namespace Harness.Time;

/// <summary>
/// The model of a BCL timer made in rewritten code inside a run (System.Threading.Timer, System.Timers.Timer): the
/// real instance the code holds is never armed; a <see cref="VirtualTimer"/> is armed instead, and each time it is
/// due the callback starts as a new controlled operation, as the thread pool runs it in .NET. So a slow callback
/// can still be running when the next one starts, and the strategy explores both orders.
/// </summary>
internal sealed class ControlledTimer
{
    private static readonly ConditionalWeakTable<object, ControlledTimer> Models = new();

    private readonly ControlledRuntime runtime;
    private readonly Action<object?> fire;
    private readonly Func<object?>? capture;
    private readonly Func<bool>? disposedElsewhere;
    private readonly string name;
    private readonly string? site;
    private readonly VirtualTimer timer;
    private List<Action>? whenIdle;
    private int running;
    private int fires;

    private ControlledTimer(ControlledRuntime runtime, string kind, string api, Delegate named, Action<object?> fire, Func<object?>? capture, Func<bool>? disposedElsewhere, string? site)
    {
        this.runtime = runtime;
        this.fire = fire;
        this.capture = capture;
        this.disposedElsewhere = disposedElsewhere;
        this.site = site;

        // Named once: a periodic timer in the tail fires thousands of times, and each fire is an operation.
        name = CallSite.OperationName(runtime, api, named, site);
        timer = runtime.CreateTimer(static self => ((ControlledTimer)self!).Due(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan, CallSite.Location(site));
        timer.Api = kind;
    }

    internal bool IsDisposed { get; private set; }

    /// <summary>
    /// Models <paramref name="instance"/>, a <paramref name="kind"/> ("System.Threading.Timer"), on the virtual clock of
    /// <paramref name="runtime"/>, unarmed.
    /// <paramref name="fire"/> runs once per due time, in an operation of its own named after <paramref name="named"/>,
    /// with what <paramref name="capture"/> returned when it came due (System.Timers.Timer's cookie);
    /// <paramref name="disposedElsewhere"/> says whether the instance was disposed by a call the rewriter did not
    /// redirect (a <c>using</c> calls Dispose through IDisposable), and is asked before each fire.
    /// </summary>
    internal static ControlledTimer Model(ControlledRuntime runtime, object instance, string kind, string api, Delegate named, Action<object?> fire, Func<object?>? capture, Func<bool>? disposedElsewhere, string? site)
    {
        var model = new ControlledTimer(runtime, kind, api, named, fire, capture, disposedElsewhere, site);
        Models.AddOrUpdate(instance, model);
        return model;
    }

    /// <summary>The model of <paramref name="instance"/>, or null for a real timer (made outside a run or in code not rewritten).</summary>
    internal static ControlledTimer? Of(object instance) => Models.TryGetValue(instance, out var model) ? model : null;

    /// <summary>Re-arms the timer; false once disposed, as Timer.Change returns.</summary>
    internal bool Change(TimeSpan dueTime, TimeSpan period)
    {
        // A Dispose through IDisposable (a using, or ITimer.Dispose) reached only the real timer.
        if (IsDisposed || (disposedElsewhere?.Invoke() == true && Dispose()))
        {
            return false;
        }

        timer.Change(dueTime, period);
        return true;
    }

    /// <summary>Stops the timer for good; false when it already was, as Timer.Dispose(WaitHandle) returns.</summary>
    internal bool Dispose()
    {
        if (IsDisposed)
        {
            return false;
        }

        IsDisposed = true;
        timer.Dispose();
        return true;
    }

    /// <summary>Runs <paramref name="then"/> once no callback is running (at once when none is).</summary>
    internal void WhenIdle(Action then)
    {
        if (running == 0)
        {
            then();
            return;
        }

        (whenIdle ??= []).Add(then);
    }

    private void Due()
    {
        if (IsDisposed || (disposedElsewhere?.Invoke() == true && Dispose()))
        {
            return;
        }

        var work = new Task(
            static due =>
            {
                var (self, captured) = ((ControlledTimer, object?))due!;
                self.RunCallback(captured);
            },
            (this, capture?.Invoke()));
        fires++;
        runtime.StartTimerCallback(fires == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} #{fires}"), CallSite.Location(site), work);
    }

    private void RunCallback(object? captured)
    {
        running++;
        try
        {
            fire(captured);
        }
#pragma warning disable CA1031 // .NET lets it end the process: here it is the iteration's verdict.
        catch (Exception exception) when (exception is not IterationAbandonedException)
#pragma warning restore CA1031
        {
            runtime.OnTimerCallbackThrew(exception);
        }
        finally
        {
            running--;
            if (running == 0 && whenIdle is { } waiting)
            {
                whenIdle = null;
                waiting.ForEach(then => then());
            }
        }
    }
}
