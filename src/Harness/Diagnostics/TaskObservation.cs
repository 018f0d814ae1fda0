using System.Reflection;

namespace Harness.Diagnostics;

/// <summary>
/// Whether anyone looked at a faulted task's exception (await, .Exception, .Wait()). The runtime tracks this in
/// internals (the same flag that decides UnobservedTaskException); a test pins the field names.
/// </summary>
internal static class TaskObservation
{
    private static readonly FieldInfo? ContingentProperties =
        typeof(Task).GetField("m_contingentProperties", BindingFlags.NonPublic | BindingFlags.Instance);

    private static readonly FieldInfo? ExceptionsHolder =
        ContingentProperties?.FieldType.GetField("m_exceptionsHolder", BindingFlags.NonPublic | BindingFlags.Instance);

    private static readonly FieldInfo? IsHandled =
        ExceptionsHolder?.FieldType.GetField("m_isHandled", BindingFlags.NonPublic | BindingFlags.Instance);

    /// <summary>True when the internals this reads are present on the running .NET version.</summary>
    internal static bool IsSupported => IsHandled is not null;

    /// <summary>True if the faulted task's exception was observed; when unknowable, assumes it was (never a false bug).</summary>
    internal static bool IsExceptionObserved(Task task)
    {
        if (!task.IsFaulted || IsHandled is null)
        {
            return true;
        }

        object? properties = ContingentProperties!.GetValue(task);
        object? holder = properties is null ? null : ExceptionsHolder!.GetValue(properties);
        return holder is null || (bool)IsHandled.GetValue(holder)!;
    }
}
