using System.Threading.Channels;

namespace Scenarios.Plain.Paging;

/// <summary>
/// P01 in plain code: every clinician is paged on its own task, which hands its receipt over through a channel;
/// the caller reads receipts until its budget runs out. With one slot, a page that answers after the caller gave
/// up blocks forever on the full channel (a leaked task). Enough slots for every page fix it.
/// </summary>
/// <param name="slots">The channel's capacity: 1 is the bug, one per recipient the fix.</param>
public sealed class Pager(Func<int, int> slots)
{
    /// <summary>How long the webhook takes, and how long the caller waits: a tie the schedule decides.</summary>
    public const int LatencyMilliseconds = 2000;

    /// <summary>Pages every recipient and returns those confirmed within the budget.</summary>
    /// <param name="recipients">Who is paged.</param>
    /// <returns>The confirmed recipients.</returns>
    public async Task<IReadOnlyList<string>> PageAsync(IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var receipts = Channel.CreateBounded<string>(slots(recipients.Count));
        foreach (string recipient in recipients)
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(LatencyMilliseconds).ConfigureAwait(false);
                await receipts.Writer.WriteAsync(recipient).ConfigureAwait(false);
            });
        }

        var confirmed = new List<string>();
        using var budget = new CancellationTokenSource(LatencyMilliseconds);
        try
        {
            while (confirmed.Count < recipients.Count)
            {
                confirmed.Add(await receipts.Reader.ReadAsync(budget.Token).ConfigureAwait(false));
            }
        }
        catch (OperationCanceledException)
        {
            // The budget ran out: report what arrived.
        }

        return confirmed;
    }
}
