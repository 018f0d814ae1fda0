using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Harness.Diagnostics;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>Turns the "File.cs:42" a rewritten call site pushes into trace locations and operation names.</summary>
internal static class CallSite
{
    internal static SourceLocation? Location(string? site)
    {
        int colon = site?.LastIndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(site.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int line)
            ? new SourceLocation(site![..colon], line)
            : null;
    }

    /// <summary>
    /// A method group keeps its own name (<c>Task.Run(ProcessAsync)</c> is "ProcessAsync"); a lambda has only a
    /// compiler-generated name, so it is named after the call: "Task.Run at Inventory.cs:31". A loop spawns many
    /// from one site, so the second and later get "#2", "#3" (in spawn order, so replays name them alike).
    /// </summary>
    internal static string OperationName(ControlledRuntime runtime, string api, Delegate? work, string? site)
    {
        // No delegate (Task.Start): named after the call, like a lambda.
        MethodInfo? method = work?.Method;
        bool generated = method is null || method.Name.Contains('<', StringComparison.Ordinal)
            || method.IsDefined(typeof(CompilerGeneratedAttribute), false);
        string name = !generated ? method!.Name : string.IsNullOrEmpty(site) ? api : api + " at " + site;
        int same = runtime.Operations.Count(operation => operation.Name == name || operation.Name.StartsWith(name + " #", StringComparison.Ordinal));
        return same == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} #{same + 1}");
    }
}
