using System.Diagnostics;

namespace Harness.Scheduling;

/// <summary>Calls the harness leaves to the BCL (a Parallel overload it does not model) ask here whether to go on.</summary>
internal sealed partial class ControlledRuntime
{
    /// <summary>
    /// Under "UncontrolledConcurrency": "allow", notes <paramref name="what"/> as tolerated (the run is then only partly
    /// controlled) and returns true; under "report", false: the caller refuses the call before any work leaves.
    /// </summary>
    internal bool ToleratesUnmodelled(string what, StackTrace where) => Tolerate(what, where);
}
