namespace Harness.Strategies;

/// <summary>
/// A strategy whose iteration i depends only on its settings, i and the length of iteration 0, so iterations can
/// be handed to workers in any order and still give exactly the schedules of one serial run.
/// </summary>
internal interface IParallelStrategy : ISchedulingStrategy
{
    /// <summary>
    /// True when iteration <paramref name="iteration"/> can run on any worker's instance of the strategy; false
    /// when it depends on the iterations before it (the portfolio's exhaustive phase) and must run in order on
    /// the instance that ran them.
    /// </summary>
    bool RunsAnywhere(int iteration);

    /// <summary>Tells a worker's fresh instance how many steps iteration 0 took (another instance ran it).</summary>
    void Calibrate(int firstIterationSteps);
}
