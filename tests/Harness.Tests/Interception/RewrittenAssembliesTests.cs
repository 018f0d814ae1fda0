using Harness.Interception;

namespace Harness.Tests.Interception;

public sealed class RewrittenAssembliesTests
{
    [Fact]
    public void An_assembly_rewritten_for_this_harness_version_passes_the_check()
    {
        RewrittenAssemblies.Verify(RewrittenAssemblies.HarnessVersion, "Inventory.Core");
    }

    [Fact]
    public void An_assembly_rewritten_for_another_version_fails_with_what_why_and_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RewrittenAssemblies.Verify("0.9.0.0", "Inventory.Core"));

        Assert.StartsWith("Inventory.Core was rewritten for Harness 0.9.0.0, but Harness " + RewrittenAssemblies.HarnessVersion + " is loaded.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: rebuild the test project (dotnet build)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Inventory.cs:31", "Inventory.cs:31")]
    [InlineData("Inventory.Refill", null)]
    [InlineData("", null)]
    public void A_site_string_becomes_a_trace_location_when_it_has_a_line(string site, string? expected)
    {
        Assert.Equal(expected, CallSite.Location(site)?.ToString());
    }
}
