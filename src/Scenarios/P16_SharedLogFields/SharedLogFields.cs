using Harness;

namespace Scenarios.P16_SharedLogFields;

/// <summary>
/// P16: a questionnaire submission is validated and stored in parallel, and both parts log through the
/// request's log, each adding its own context field first. Both entries must be written, with the request id.
/// The buggy log shares one mutable dictionary, so one part's new field breaks the other's entry mid-write.
/// </summary>
public static class SharedLogFields
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P16",
        "log fields changed while an entry is written",
        BugKind.UnhandledException,
        () => SubmitAQuestionnaire((file, requestId) => new RequestLog(file, requestId)),
        () => SubmitAQuestionnaire((file, requestId) => new SnapshotRequestLog(file, requestId)));

    private static async Task SubmitAQuestionnaire(Func<LogFile, string, IRequestLog> open)
    {
        using var file = new LogFile();
        var log = open(file, "req-42");

        await Task.WhenAll(
            Controlled.Run(
                async () =>
                {
                    log.AddField("answers", "12");
                    await log.InfoAsync("answers validated");
                },
                "validation"),
            Controlled.Run(
                async () =>
                {
                    log.AddField("storage", "primary");
                    await log.InfoAsync("questionnaire stored");
                },
                "storage"));

        Invariant.Assert(file.Lines.Count == 2, "both entries are written");
        Invariant.Assert(
            file.Lines.All(line => line.Contains("request_id=req-42", StringComparison.Ordinal)),
            "every entry carries the request id");
    }
}
