using System.Runtime.CompilerServices;

namespace Harness;

/// <summary>
/// The harness calls the scenarios make, as they behave outside a harness run: under Coyote an operation is a plain
/// Task.Run (which Coyote's rewriting controls) and time is the system clock (Coyote has no virtual time).
/// </summary>
public static class Controlled
{
    /// <summary>The system clock.</summary>
    public static TimeProvider Time => TimeProvider.System;

    /// <summary>Task.Run.</summary>
    public static Task Run(Func<Task> work, string? name = null, [CallerArgumentExpression(nameof(work))] string? expression = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Task.Run(work);

    /// <summary>Task.Run.</summary>
    public static Task<T> Run<T>(Func<Task<T>> work, string? name = null, [CallerArgumentExpression(nameof(work))] string? expression = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Task.Run(work);

    /// <summary>Task.Yield.</summary>
    public static YieldAwaitable Yield() => Task.Yield();
}
