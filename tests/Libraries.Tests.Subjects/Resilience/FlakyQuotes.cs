using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Libraries.Subjects.Resilience;

/// <summary>
/// A quote service that hangs on its first call and fails on its second, behind a Polly pipeline: a 2 s timeout
/// per attempt inside a retry of up to 3 attempts 1 s apart. The delays are on the given <see cref="TimeProvider"/>.
/// </summary>
public sealed class FlakyQuotes(TimeProvider time)
{
    private readonly ResiliencePipeline pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Constant,
            ShouldHandle = new PredicateBuilder().Handle<TimeoutRejectedException>().Handle<InvalidOperationException>(),
        })
        .AddTimeout(TimeSpan.FromSeconds(2))
        .Build();

    public int Calls { get; private set; }

    public ValueTask<decimal> QuoteAsync(CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(async token =>
        {
            int call = ++Calls;
            if (call == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), time, token);
            }

            return call == 2 ? throw new InvalidOperationException("quote service unavailable") : 42m;
        }, cancellationToken);
}
