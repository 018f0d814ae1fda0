namespace Harness.Rewriter.Rewriting;

/// <summary>What one rewrite did.</summary>
/// <param name="AlreadyRewritten">The input carried this harness version's marker and was copied unchanged.</param>
/// <param name="CallSites">Calls redirected to harness entry points.</param>
/// <param name="FieldAccesses">Field reads and writes given a shared-memory hook.</param>
/// <param name="BackEdges">Backward branches given the check that stops a loop the watchdog abandoned.</param>
internal sealed record RewriteResult(bool AlreadyRewritten, int CallSites, int FieldAccesses, int BackEdges = 0);
