namespace Harness.Scheduling;

/// <summary>An IAsyncResult completed on a thread the harness does not control (TaskFactory.FromAsync, issue 12).</summary>
internal sealed partial class ControlledRuntime
{
    /// <summary>
    /// Called on the completing thread: under "allow" the run is noted as partly controlled (what the completion wakes
    /// waits in the inbox); otherwise it is the iteration's verdict after the current step, naming the call.
    /// </summary>
    internal void OnForeignCompletion(string what)
    {
        if (over)
        {
            return;
        }

        if (AllowsUncontrolled)
        {
            partlyControlled ??= (what, null);
            return;
        }

        OnForeignThreadPost(what);
    }
}
