namespace Scenarios.Plain.Banking;

/// <summary>Moves money between two accounts while holding both accounts' locks.</summary>
public static class Transfers
{
    /// <summary>
    /// The buggy transfer (P22, lock ordering, with <c>lock</c> statements): it locks the source, then the
    /// target. Two transfers in opposite directions can each hold one lock and wait forever for the other.
    /// </summary>
    /// <param name="from">Where the money leaves.</param>
    /// <param name="to">Where it arrives.</param>
    /// <param name="amount">How much.</param>
    public static void Move(Account from, Account to, decimal amount)
    {
        lock (from)
        {
            lock (to)
            {
                from.Balance -= amount;
                to.Balance += amount;
            }
        }
    }

    /// <summary>The fixed transfer: both locks are always taken lowest account number first.</summary>
    /// <param name="from">Where the money leaves.</param>
    /// <param name="to">Where it arrives.</param>
    /// <param name="amount">How much.</param>
    public static void MoveInOrder(Account from, Account to, decimal amount)
    {
        var (first, second) = from.Id < to.Id ? (from, to) : (to, from);
        lock (first)
        {
            lock (second)
            {
                from.Balance -= amount;
                to.Balance += amount;
            }
        }
    }

    /// <summary>Runs both transfers on thread-pool tasks at once, as two requests would.</summary>
    /// <param name="move">The transfer to use.</param>
    /// <param name="checking">One account.</param>
    /// <param name="savings">The other.</param>
    /// <returns>A task that completes when both transfers are done.</returns>
    public static Task CrossTransfersAsync(Action<Account, Account, decimal> move, Account checking, Account savings) =>
        Task.WhenAll(Task.Run(() => move(checking, savings, 10m)), Task.Run(() => move(savings, checking, 5m)));
}
