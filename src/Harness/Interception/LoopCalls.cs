using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// The check the rewriter inserts on every loop back-edge (a branch to an earlier instruction), so a loop in
/// rewritten code that spins without reaching a scheduling point stops once the watchdog has given up on its
/// iteration, instead of burning a core for the rest of the test run. One static read while no iteration was ever
/// abandoned; outside a harness run it does nothing.
/// </summary>
public static class LoopCalls
{
    /// <summary>Called before each backward branch of rewritten code.</summary>
    public static void BackEdge() => ControlledRuntime.CheckBackEdge();
}
