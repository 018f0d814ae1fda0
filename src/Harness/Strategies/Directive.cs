namespace Harness.Strategies;

/// <summary>
/// One step of a shrinking candidate: the choice a recording made and the operation it ran (-1 when unknown, as
/// for a schedule that exploration recorded). The operation is what keeps a candidate on course once it departs
/// from its recording: operation ids follow the order operations were spawned, flow ids the order flows appeared.
/// </summary>
internal readonly record struct Directive(Choice Choice, int Operation)
{
    internal const int UnknownOperation = -1;
}
