using Harness.Rewriter.Rewriting;

namespace Harness.Rewriter.Tests.Rewriting;

public sealed class StrongNameTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Fact]
    public void A_strong_named_library_rewritten_without_its_key_still_loads_with_its_public_key_token()
    {
        byte[] token = typeof(Fixture.CallShapes).Assembly.GetName().GetPublicKeyToken()!;
        Assert.NotEmpty(token);

        Assert.Equal(token, LoadedToken(fixture.Rewritten));
    }

    [Fact]
    public void A_strong_named_library_rewritten_with_its_key_is_signed_again_and_loads()
    {
        string signed = Path.Combine(fixture.Folder, "signed", Path.GetFileName(fixture.Original));
        Directory.CreateDirectory(Path.GetDirectoryName(signed)!);
        byte[] key = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixture.snk"));

        new AssemblyRewriter(RewrittenFixture.HarnessPath).Rewrite(fixture.Original, signed, key);

        Assert.Equal(typeof(Fixture.CallShapes).Assembly.GetName().GetPublicKeyToken(), LoadedToken(signed));
    }

    private static byte[]? LoadedToken(string path)
    {
        var assembly = RewrittenFixture.Load(path, out var context);
        try
        {
            Assert.NotNull(assembly.GetType("Fixture.CallShapes"));
            return assembly.GetName().GetPublicKeyToken();
        }
        finally
        {
            context.Unload();
        }
    }
}
