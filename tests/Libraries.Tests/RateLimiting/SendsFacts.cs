using Harness;
using Libraries.Subjects.RateLimiting;

namespace Libraries.Tests.RateLimiting;

/// <summary>System.Threading.RateLimiting (rewritten): a token bucket refilled by hand once a virtual second.</summary>
public sealed class SendsFacts
{
    [Fact]
    public void A_bucket_refilled_once_a_virtual_second_lets_every_send_through()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                int sent = await Sends.SendAllAsync(5);
                Invariant.Assert(sent == 5, $"{sent} of 5 sends went through");
            },
            new ExplorationOptions { Seed = 1, Iterations = 50 });

        Assert.Null(result.Bug);
    }
}
