using Scenarios.P05_LostUpdate;
using Scenarios.P09_TimeoutNotPassedDown;
using Scenarios.P13_WriterStarvation;
using Scenarios.P14_UnboundedWorkQueue;
using Scenarios.P17_UndisposedTimeout;
using Scenarios.P19_WorkOutlivesRequest;
using Scenarios.P20_StopIgnoresDeadline;
using Scenarios.P22_LockOrderDeadlock;

namespace Scenarios;

/// <summary>Every pitfall of the catalogue, in id order. The CLI and the tests enumerate this list.</summary>
public static class Catalogue
{
    /// <summary>The pitfalls written so far; each folder P<i>nn</i>_<i>Name</i> contributes one line here.</summary>
    public static IReadOnlyList<Pitfall> All { get; } =
    [
        LostUpdate.Pitfall,
        TimeoutNotPassedDown.Pitfall,
        WriterStarvation.Pitfall,
        UnboundedWorkQueue.Pitfall,
        UndisposedTimeout.Pitfall,
        WorkOutlivesRequest.Pitfall,
        StopIgnoresDeadline.Pitfall,
        LockOrderDeadlock.Pitfall,
    ];
}
