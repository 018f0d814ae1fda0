using Harness.Hybrid;

namespace Harness.Scheduling;

/// <summary>The iteration's unnamed mutexes (issue 12), allocated at the first one used.</summary>
internal sealed partial class ControlledRuntime
{
    private ControlledMutexes? mutexes;

    internal ControlledMutexes Mutexes => mutexes ??= new ControlledMutexes(this);
}
