namespace Harness.Diagnostics;

/// <summary>The note a bug or a diverging replay of a run under "UncontrolledConcurrency": "allow" carries.</summary>
internal static partial class Verdicts
{
    /// <summary>The bug of a run under "UncontrolledConcurrency": "allow" that tolerated uncontrolled work.</summary>
    internal static BugReport PartlyControlled(BugReport bug, string what, SourceLocation? where) =>
        new(bug.Kind, bug.Summary + PartlyControlledNote(what, where), bug.Details, bug.Operations, bug.Step, bug.VirtualTime, bug.Exception);

    internal static string PartlyControlledNote(string what, SourceLocation? where) =>
        $" The run was only partly controlled (\"UncontrolledConcurrency\": \"allow\"): work ran outside the scheduler (first: {what}{(where is null ? "" : $" at {where}")}), so this schedule may not replay. Under the default \"report\" that work is reported with its fix.";
}
