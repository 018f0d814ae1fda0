using Scenarios.P01_AbandonedResult;
using Scenarios.P02_UnansweredReply;
using Scenarios.P03_FireAndForget;
using Scenarios.P04_CacheCheckThenAct;
using Scenarios.P05_LostUpdate;
using Scenarios.P06_SelfBlockingChannel;
using Scenarios.P07_NeverCompletedChannel;
using Scenarios.P08_LateRegisteredWork;
using Scenarios.P09_TimeoutNotPassedDown;
using Scenarios.P10_LoopVariableCapture;
using Scenarios.P11_WhenAnyWithoutTimeout;
using Scenarios.P12_CachedInitFailure;
using Scenarios.P13_WriterStarvation;
using Scenarios.P14_UnboundedWorkQueue;
using Scenarios.P15_LeaseLock;
using Scenarios.P16_SharedLogFields;
using Scenarios.P17_UndisposedTimeout;
using Scenarios.P18_EndlessReadLoop;
using Scenarios.P19_WorkOutlivesRequest;
using Scenarios.P20_StopIgnoresDeadline;
using Scenarios.P21_WriteAfterComplete;
using Scenarios.P22_LockOrderDeadlock;

namespace Scenarios;

/// <summary>Every pitfall of the catalogue, in id order. The CLI and the tests enumerate this list.</summary>
public static class Catalogue
{
    /// <summary>All pitfalls; each folder P<i>nn</i>_<i>Name</i> contributes one line here.</summary>
    public static IReadOnlyList<Pitfall> All { get; } =
    [
        AbandonedResult.Pitfall,
        UnansweredReply.Pitfall,
        FireAndForget.Pitfall,
        CacheCheckThenAct.Pitfall,
        LostUpdate.Pitfall,
        SelfBlockingChannel.Pitfall,
        NeverCompletedChannel.Pitfall,
        LateRegisteredWork.Pitfall,
        TimeoutNotPassedDown.Pitfall,
        LoopVariableCapture.Pitfall,
        WhenAnyWithoutTimeout.Pitfall,
        CachedInitFailure.Pitfall,
        WriterStarvation.Pitfall,
        UnboundedWorkQueue.Pitfall,
        LeaseLock.Pitfall,
        SharedLogFields.Pitfall,
        UndisposedTimeout.Pitfall,
        EndlessReadLoop.Pitfall,
        WorkOutlivesRequest.Pitfall,
        StopIgnoresDeadline.Pitfall,
        WriteAfterComplete.Pitfall,
        LockOrderDeadlock.Pitfall,
    ];
}
