using Scenarios.P01_AbandonedResult;
using Scenarios.P02_UnansweredReply;
using Scenarios.P03_FireAndForget;
using Scenarios.P05_LostUpdate;
using Scenarios.P06_SelfBlockingChannel;
using Scenarios.P07_NeverCompletedChannel;
using Scenarios.P11_WhenAnyWithoutTimeout;
using Scenarios.P18_EndlessReadLoop;
using Scenarios.P04_CacheCheckThenAct;
using Scenarios.P08_LateRegisteredWork;
using Scenarios.P10_LoopVariableCapture;
using Scenarios.P12_CachedInitFailure;
using Scenarios.P15_LeaseLock;
using Scenarios.P16_SharedLogFields;
using Scenarios.P21_WriteAfterComplete;

namespace Scenarios;

/// <summary>Every pitfall of the catalogue, in id order. The CLI and the tests enumerate this list.</summary>
public static class Catalogue
{
    /// <summary>The pitfalls written so far; each folder P<i>nn</i>_<i>Name</i> contributes one line here.</summary>
    public static IReadOnlyList<Pitfall> All { get; } =
    [
        AbandonedResult.Pitfall,
        UnansweredReply.Pitfall,
        FireAndForget.Pitfall,
        LostUpdate.Pitfall,
        SelfBlockingChannel.Pitfall,
        NeverCompletedChannel.Pitfall,
        WhenAnyWithoutTimeout.Pitfall,
        EndlessReadLoop.Pitfall,
        CacheCheckThenAct.Pitfall,
        LateRegisteredWork.Pitfall,
        LoopVariableCapture.Pitfall,
        CachedInitFailure.Pitfall,
        LeaseLock.Pitfall,
        SharedLogFields.Pitfall,
        WriteAfterComplete.Pitfall,
    ];
}
