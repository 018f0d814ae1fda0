namespace Harness.Rewriter.Redirects;

/// <summary>
/// One row of the redirect table: calls to <paramref name="Method"/> of <paramref name="BclType"/> go to the
/// static method of the same name (or <paramref name="TargetMethod"/>) in <c>Harness.Interception.</c><paramref name="TargetType"/>.
/// Every overload with a target of matching signature is redirected; the others are left alone.
/// </summary>
/// <param name="BclType">The BCL type's full metadata name, e.g. <c>System.Threading.Tasks.Task`1</c>.</param>
/// <param name="Method">The BCL method's metadata name: <c>Run</c>, <c>get_Item</c>, <c>.ctor</c> (for <c>newobj</c> only).</param>
/// <param name="TargetType">The target class's name in <c>Harness.Interception</c>.</param>
/// <param name="TargetMethod">The target's name when it is not <paramref name="Method"/> (<c>Create</c> for constructors).</param>
/// <param name="ByRefReceiver">True for a struct's instance method: the target takes the receiver by <c>ref</c>.</param>
internal sealed record Redirect(string BclType, string Method, string TargetType, string? TargetMethod = null, bool ByRefReceiver = false)
{
    internal const string TargetNamespace = "Harness.Interception";

    internal bool IsConstructor => Method == ".ctor";

    internal string TargetName => TargetMethod ?? (IsConstructor ? "Create" : Method);

    internal string TargetTypeFullName => TargetNamespace + "." + TargetType;
}
