using System.Reflection;
using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The <see cref="Barrier"/>s of one iteration. The real barrier keeps the participant count (AddParticipant and
/// RemoveParticipant go to it); arrivals and phases are modelled here, so a participant waiting for the others is a
/// blocked operation. The last arrival runs the post-phase action on its own thread, as in .NET.
/// </summary>
internal sealed class ControlledBarriers(ControlledRuntime runtime)
{
    // The BCL keeps the post-phase action and the disposed flag private; BarrierInternalsTests pins both names, so a
    // .NET update that renames them fails a test instead of skipping actions.
    internal static readonly FieldInfo? ActionField = typeof(Barrier).GetField("_postPhaseAction", BindingFlags.NonPublic | BindingFlags.Instance);

    internal static readonly FieldInfo? DisposedField = typeof(Barrier).GetField("_disposed", BindingFlags.NonPublic | BindingFlags.Instance);

    private readonly Dictionary<Barrier, BarrierState> states = new(ReferenceEqualityComparer.Instance);

    /// <summary>SignalAndWait: false when the virtual timeout passed first (the arrival is taken back, as .NET does).</summary>
    internal bool SignalAndWait(Barrier barrier, int millisecondsTimeout, CancellationToken token, string site)
    {
        var state = StateOf(barrier);
        Check(barrier, state);
        token.ThrowIfCancellationRequested();
        runtime.Park(new ParkedWait("signals", "a Barrier", site, null));
        Check(barrier, state);
        if (state.Arrived >= barrier.ParticipantCount)
        {
            throw new InvalidOperationException("The number of threads using the barrier exceeded the total number of registered participants.");
        }

        long phase = state.Phase;
        state.Arrived++;
        bool passed = false;
        try
        {
            // A RemoveParticipant may leave everyone else arrived: then the first waiter to go on ends the phase.
            passed = state.Arrived >= barrier.ParticipantCount || runtime.BlockUntilSignalled(
                () => state.Phase != phase || state.Arrived >= barrier.ParticipantCount,
                () => $"a Barrier phase {phase} that {barrier.ParticipantCount - state.Arrived} more participant(s) never reach",
                "returns from Barrier.SignalAndWait", site, millisecondsTimeout, token);
        }
        finally
        {
            if (!passed && state.Phase == phase)
            {
                state.Arrived--;
            }
        }

        if (!passed)
        {
            return false;
        }

        if (state.Phase == phase)
        {
            FinishPhase(barrier, state);
        }

        return state.FailedPhase == phase ? throw new BarrierPostPhaseException(state.Failure) : true;
    }

    internal long CurrentPhaseNumber(Barrier barrier) => StateOf(barrier).Phase;

    internal int ParticipantsRemaining(Barrier barrier) => barrier.ParticipantCount - StateOf(barrier).Arrived;

    private static void FinishPhase(Barrier barrier, BarrierState state)
    {
        // During the action .NET already counts every participant as remaining, and still shows the old phase.
        state.Arrived = 0;
        if (ActionField?.GetValue(barrier) is Action<Barrier> action)
        {
            state.PostPhaseThread = Thread.CurrentThread;
            try
            {
                action(barrier);
            }
            catch (Exception failure)
            {
                state.Failure = failure;
                state.FailedPhase = state.Phase;
            }
            finally
            {
                state.PostPhaseThread = null;
            }
        }

        state.Phase++;
    }

    private static void Check(Barrier barrier, BarrierState state)
    {
        ObjectDisposedException.ThrowIf(DisposedField?.GetValue(barrier) is true, barrier);
        if (state.PostPhaseThread == Thread.CurrentThread)
        {
            throw new InvalidOperationException("This method may not be called from within the postPhaseAction.");
        }

        if (barrier.ParticipantCount == 0)
        {
            throw new InvalidOperationException("The barrier has no registered participants.");
        }
    }

    private BarrierState StateOf(Barrier barrier)
    {
        if (!states.TryGetValue(barrier, out var state))
        {
            state = new BarrierState { Phase = barrier.CurrentPhaseNumber };
            states.Add(barrier, state);
        }

        return state;
    }
}

/// <summary>One barrier's arrivals in the current phase, and the post-phase action's failure of the phase it failed in.</summary>
internal sealed class BarrierState
{
    internal long Phase { get; set; }

    internal int Arrived { get; set; }

    /// <summary>The thread running the post-phase action, which may not signal the barrier itself.</summary>
    internal Thread? PostPhaseThread { get; set; }

    internal Exception? Failure { get; set; }

    internal long FailedPhase { get; set; } = -1;
}
