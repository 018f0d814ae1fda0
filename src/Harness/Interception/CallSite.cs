using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Harness.Diagnostics;

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
    /// compiler-generated name, so it is named after the call: "Task.Run at Inventory.cs:31".
    /// </summary>
    internal static string OperationName(string api, Delegate work, string? site)
    {
        MethodInfo method = work.Method;
        bool generated = method.Name.Contains('<', StringComparison.Ordinal)
            || method.IsDefined(typeof(CompilerGeneratedAttribute), false);
        if (!generated)
        {
            return method.Name;
        }

        return string.IsNullOrEmpty(site) ? api : api + " at " + site;
    }
}
