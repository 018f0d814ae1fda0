using System.Reflection;
using Harness.Interception;
using Harness.Rewriter.Rewriting;

namespace Harness.Rewriter.Tests.Rewriting;

public sealed class MarkerTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Fact]
    public void A_rewritten_assembly_carries_the_harness_version_it_was_made_for()
    {
        Assert.Equal(RewrittenAssemblies.HarnessVersion, Marker.Read(fixture.Module));
    }

    [Fact]
    public void Rewriting_a_rewritten_assembly_again_changes_nothing()
    {
        string again = Path.Combine(fixture.Folder, "again", Path.GetFileName(fixture.Rewritten));
        Directory.CreateDirectory(Path.GetDirectoryName(again)!);

        var result = new AssemblyRewriter(RewrittenFixture.HarnessPath).Rewrite(fixture.Rewritten, again);

        Assert.True(result.AlreadyRewritten);
        Assert.Equal(File.ReadAllBytes(fixture.Rewritten), File.ReadAllBytes(again));
    }

    [Fact]
    public void Rewriting_an_assembly_marked_for_another_harness_version_is_refused_with_the_fix()
    {
        string old = Path.Combine(fixture.Folder, "old", "Fixture.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(old)!);
        new AssemblyRewriter(RewrittenFixture.HarnessPath, markerVersion: "0.9.0.0").Rewrite(fixture.Original, old);

        var error = Assert.Throws<RewriteException>(() => new AssemblyRewriter(RewrittenFixture.HarnessPath).Rewrite(old, old + ".again"));

        Assert.Contains("already rewritten for Harness 0.9.0.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: rebuild the referenced project", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_an_assembly_rewritten_for_another_harness_version_fails_before_its_code_runs_and_says_to_rebuild()
    {
        string old = Path.Combine(fixture.Folder, "mismatch", Path.GetFileName(fixture.Original));
        Directory.CreateDirectory(Path.GetDirectoryName(old)!);
        new AssemblyRewriter(RewrittenFixture.HarnessPath, markerVersion: "0.9.0.0").Rewrite(fixture.Original, old);
        var assembly = RewrittenFixture.Load(old, out var context);
        try
        {
            var call = () => assembly.GetType("Fixture.CallShapes")!.GetMethod("PlainSource")!.Invoke(null, null);

            var error = Assert.Throws<TargetInvocationException>(call);
            var mismatch = Assert.IsType<InvalidOperationException>(error.InnerException?.InnerException);
            Assert.Contains("was rewritten for Harness 0.9.0.0, but Harness " + RewrittenAssemblies.HarnessVersion + " is loaded", mismatch.Message, StringComparison.Ordinal);
            Assert.Contains("Fix: rebuild the test project", mismatch.Message, StringComparison.Ordinal);
        }
        finally
        {
            context.Unload();
        }
    }
}
