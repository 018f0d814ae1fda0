using System.Runtime.CompilerServices;
using System.Timers;
using Harness.Diagnostics;
using Harness.Hybrid;
using Harness.Scheduling;
using ElapsedTimer = System.Timers.Timer;

namespace Harness.Time;

/// <summary>
/// A <see cref="ElapsedTimer"/> made in rewritten code inside a run, with the BCL's own logic (Enabled, AutoReset,
/// Interval, the cookie that drops a callback queued before a Stop, handlers' exceptions swallowed) on a
/// <see cref="ControlledTimer"/>. The real instance the code holds keeps Interval and AutoReset and is never
/// enabled; its Disposed event tells the model about a Dispose made through IDisposable.
/// </summary>
internal sealed class ElapsedTimerModel
{
    private static readonly ConditionalWeakTable<ElapsedTimer, ElapsedTimerModel> Models = new();

    private readonly ElapsedTimer timer;
    private readonly ControlledRuntime runtime;
    private readonly ControlledTimer clock;
    private readonly string site;
    private ElapsedEventHandler? elapsed;
    private object? cookie;
    private bool disposed;

    private ElapsedTimerModel(ControlledRuntime runtime, ElapsedTimer timer, string site)
    {
        this.timer = timer;
        this.runtime = runtime;
        this.site = site;
        clock = ControlledTimer.Model(runtime, timer, "System.Timers.Timer", "Timer.Elapsed", static () => { }, Fire, () => cookie, null, site);
        timer.Disposed += (_, _) =>
        {
            Close();
            disposed = true;
        };
    }

    internal bool Enabled { get; private set; }

    internal static ElapsedTimerModel? Of(ElapsedTimer timer) => Models.TryGetValue(timer, out var model) ? model : null;

    internal static void Model(ControlledRuntime runtime, ElapsedTimer timer, string site) =>
        Models.AddOrUpdate(timer, new ElapsedTimerModel(runtime, timer, site));

    internal void AddElapsed(ElapsedEventHandler? handler) => elapsed += handler;

    internal void RemoveElapsed(ElapsedEventHandler? handler) => elapsed -= handler;

    /// <summary>The BCL's Enabled setter, including its quirk: enabling a disposed timer throws after Enabled turned true.</summary>
    internal void SetEnabled(bool value)
    {
        if (Enabled == value)
        {
            return;
        }

        Enabled = value;
        if (!value)
        {
            cookie = null;
            clock.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        if (cookie is null)
        {
            ObjectDisposedException.ThrowIf(disposed, timer);
            cookie = new object();
        }

        Arm();
    }

    /// <summary>After Interval or AutoReset changed: the countdown starts over, as the BCL's UpdateTimer does.</summary>
    internal void Rearm()
    {
        if (cookie is not null)
        {
            Arm();
        }
    }

    internal void Close()
    {
        Enabled = false;
        cookie = null;
        clock.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private void Arm()
    {
        var interval = TimeSpan.FromMilliseconds(Math.Ceiling(timer.Interval));
        clock.Change(interval, timer.AutoReset ? interval : Timeout.InfiniteTimeSpan);
    }

    private void Fire(object? armedWith)
    {
        // A callback that came due before a Stop (or a Stop and Start) belongs to an old arming: dropped, as in .NET.
        if (armedWith is null || armedWith != cookie)
        {
            return;
        }

        if (!timer.AutoReset)
        {
            Enabled = false;
        }

        var args = new ElapsedEventArgs(runtime.Clock.UtcNow.UtcDateTime.ToLocalTime());
        try
        {
            if (elapsed is { } handlers)
            {
                if (timer.SynchronizingObject is { InvokeRequired: true } synchronizing)
                {
                    synchronizing.BeginInvoke(Watched(handlers, synchronizing), [timer, args]);
                }
                else
                {
                    handlers(timer, args);
                }
            }
        }
#pragma warning disable CA1031 // The BCL swallows every exception of an Elapsed handler; so does the model.
        catch (Exception exception) when (exception is not IterationAbandonedException)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>
    /// The handlers as .NET hands them to the SynchronizingObject's BeginInvoke (same delegate type, same arguments),
    /// watched: run by controlled code (a fake that invokes inline or posts to SynchronizationContext.Current) they stay
    /// controlled; run on a thread the harness does not control (a UI thread, a thread of the object's own) they are
    /// reported when they run, naming the timer and the fix, instead of leaving the run to the watchdog.
    /// </summary>
    private ElapsedEventHandler Watched(ElapsedEventHandler handlers, System.ComponentModel.ISynchronizeInvoke synchronizing) => (sender, e) =>
    {
        if (!runtime.IsSchedulerThread)
        {
            runtime.OnForeignCompletion($"System.Timers.Timer made at {site}: its SynchronizingObject ({FriendlyTypeNames.Of(synchronizing.GetType())}) ran the Elapsed handlers on a thread the harness does not control (BeginInvoke hands them to that object's own thread); leave SynchronizingObject null in the test, give it a fake whose InvokeRequired is false, or set \"UncontrolledConcurrency\": \"allow\"");
        }

        handlers(sender, e);
    };
}
