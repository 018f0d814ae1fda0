namespace Fixture;

/// <summary>One method per call shape the rewriter must redirect.</summary>
public static class CallShapes
{
    public static Task<int> GenericRunOfValue() => Task.Run(() => 42);

    public static Task<int> GenericRunOfTask() => Task.Run(async () =>
    {
        await Task.Yield();
        return 7;
    });

    public static Task RunWithToken(CancellationToken token) => Task.Run(() => { }, token);

    public static Task<int> StartNewOfValue() => Task.Factory.StartNew(() => 3);

    public static Task MethodGroupOfTask() => Task.Run(WorkAsync);

    public static Task<int> MethodGroupOfValue() => Task.Run(Compute);

    public static async Task<int> AsyncWithDelayAndConfigureAwait()
    {
        await Task.Delay(10).ConfigureAwait(false);
        int value = await Task.FromResult(5).ConfigureAwait(false);
        await new ValueTask(Task.CompletedTask).ConfigureAwait(false);
        return value;
    }

    public static int BlockOn(Task<int> task) => task.GetAwaiter().GetResult();

    public static async Task<int> AwaitPlainly(Task<int> task) => await task + 1;

    public static Task BothOfTwo(Task first, Task second) => Task.WhenAll(first, second);

    public static Task<Task> EitherOfTwo(Task first, Task second) => Task.WhenAny(first, second);

    public static Task<Task> FirstOfThree(Task first, Task second, Task third) => Task.WhenAny(first, second, third);

    public static Task<int> WithTimeout(Task<int> task) => task.WaitAsync(TimeSpan.FromSeconds(1));

    public static CancellationTokenSource TimeoutSource() => new(250);

    public static CancellationTokenSource PlainSource() => new();

    public static PeriodicTimer Ticker() => new(TimeSpan.FromSeconds(1));

    public static Task<bool> EnterWithin(SemaphoreSlim gate) => gate.WaitAsync(100);

    public static Func<int, Task> DelayAsMethodGroup() => Task.Delay;

    private static Task WorkAsync() => Task.CompletedTask;

    private static int Compute() => 11;
}
