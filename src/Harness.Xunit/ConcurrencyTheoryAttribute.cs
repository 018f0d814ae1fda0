using System.Runtime.CompilerServices;
using Xunit;
using Xunit.Sdk;

namespace Harness.Xunit;

// The xUnit v2 side of the attribute; its properties are in Shared/ConcurrencyTheoryAttribute.Settings.cs.
[XunitTestCaseDiscoverer("Harness.Xunit.ConcurrencyTheoryDiscoverer", "Harness.Xunit")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed partial class ConcurrencyTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute; the compiler fills in <paramref name="sourceFile"/>.</summary>
    /// <param name="sourceFile">The test's source file: schedule snapshots are kept beside it.</param>
    public ConcurrencyTheoryAttribute([CallerFilePath] string sourceFile = "") => SourceFile = sourceFile;
}
