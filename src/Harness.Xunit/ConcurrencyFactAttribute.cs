using System.Runtime.CompilerServices;
using Xunit;
using Xunit.Sdk;

namespace Harness.Xunit;

// The xUnit v2 side of the attribute; its properties are in Shared/ConcurrencyFactAttribute.Settings.cs.
[XunitTestCaseDiscoverer("Harness.Xunit.ConcurrencyFactDiscoverer", "Harness.Xunit")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed partial class ConcurrencyFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; the compiler fills in <paramref name="sourceFile"/>.</summary>
    /// <param name="sourceFile">The test's source file: schedule snapshots are kept beside it.</param>
    public ConcurrencyFactAttribute([CallerFilePath] string sourceFile = "") => SourceFile = sourceFile;
}
