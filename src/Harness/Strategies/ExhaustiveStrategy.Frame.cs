namespace Harness.Strategies;

/// <summary>The search path is a stack of frames, one per step; a frame knows which of its choices the bound allows.</summary>
internal sealed partial class ExhaustiveStrategy
{
    /// <summary>One step of the current path.</summary>
    /// <param name="ReadyCount">How many items were ready.</param>
    /// <param name="FlowOffset">Where this step's ready flows start in the flat flow list.</param>
    /// <param name="ContinuingOperation">The operation that ran the step before, if it has a ready item; else <see cref="NoOperation"/>.</param>
    /// <param name="PreemptionsBefore">Preemptions taken by the steps before this one.</param>
    /// <param name="Chosen">The index taken on the current path.</param>
    private readonly record struct Frame(int ReadyCount, int FlowOffset, int ContinuingOperation, int PreemptionsBefore, int Chosen)
    {
        internal bool IsPreemption(int operation) => ContinuingOperation != NoOperation && operation != ContinuingOperation;

        internal bool Allows(int operation, int bound) => !IsPreemption(operation) || PreemptionsBefore < bound;

        internal int PreemptionsAfter(List<int> operations) => PreemptionsBefore + (IsPreemption(operations[FlowOffset + Chosen]) ? 1 : 0);
    }
}
