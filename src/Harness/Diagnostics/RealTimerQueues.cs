using System.Reflection;
using System.Runtime.CompilerServices;

namespace Harness.Diagnostics;

/// <summary>
/// Reads the runtime's timer queues: which real timers are still armed, by the id the ThreadTransferSend event gives
/// them (the TimerQueueTimer's hash code). Internal names are pinned by RuntimeInternalsTests; if they move, nothing
/// is known to be armed, and every armed timer seen in the iteration is assumed to be (see <see cref="ArmedIds"/>).
/// </summary>
internal static class RealTimerQueues
{
    private const BindingFlags Statics = BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public;
    private const BindingFlags Instances = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    private static readonly Type? QueueType = typeof(Timer).Assembly.GetType(RuntimeInternals.TimerQueue);
    private static readonly PropertyInfo? QueuesProperty = QueueType?.GetProperty(RuntimeInternals.TimerQueueInstances, Statics);
    private static readonly PropertyInfo? LockProperty = QueueType?.GetProperty(RuntimeInternals.TimerQueueLock, Instances);

    /// <summary>Ids of the armed real timers among <paramref name="candidates"/>; null when the queues cannot be read.</summary>
    internal static HashSet<long>? ArmedIds(IReadOnlySet<long> candidates)
    {
        if (QueuesProperty?.GetValue(null) is not Array queues)
        {
            return null;
        }

        var armed = new HashSet<long>();
        foreach (object? queue in queues)
        {
            if (queue is null || LockProperty?.GetValue(queue) is not Lock gate)
            {
                return null;
            }

            // The queue's own lock: its lists are relinked under it by the timer thread and by every Change.
            lock (gate)
            {
                foreach (string list in (ReadOnlySpan<string>)[RuntimeInternals.ShortTimersField, RuntimeInternals.LongTimersField])
                {
                    for (object? timer = RuntimeInternals.Read(queue, list); timer is not null; timer = RuntimeInternals.Read(timer, RuntimeInternals.TimerNextField))
                    {
                        long id = RuntimeHelpers.GetHashCode(timer);
                        if (candidates.Contains(id))
                        {
                            armed.Add(id);
                        }
                    }
                }
            }
        }

        return armed;
    }
}
