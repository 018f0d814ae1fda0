using System.Runtime.CompilerServices;
using Xunit;
using Xunit.v3;

namespace Harness.Xunit;

// The xUnit v3 side of the attribute; its properties are shared with the v2 adapter (Harness.Xunit/Shared).
[XunitTestCaseDiscoverer(typeof(ConcurrencyFactDiscoverer))]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed partial class ConcurrencyFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; the compiler fills in both parameters.</summary>
    /// <param name="sourceFile">The test's source file: schedule snapshots are kept beside it.</param>
    /// <param name="sourceLine">The attribute's line, which xUnit v3 reports as the test's location.</param>
    public ConcurrencyFactAttribute([CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = -1)
        : base(sourceFile, sourceLine) => SourceFile = sourceFile;
}
