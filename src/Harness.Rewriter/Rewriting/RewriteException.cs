namespace Harness.Rewriter;

/// <summary>
/// Rewriting cannot go on. The message has the project's one shape: what happened, why it is a problem, the fix.
/// </summary>
internal sealed class RewriteException : Exception
{
    internal RewriteException(string what, string why, string fix, Exception? innerException = null)
        : base($"{what}: {why}. Fix: {fix}.", innerException)
    {
    }
}
