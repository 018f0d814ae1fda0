namespace Scenarios.Plain.Ledger;

/// <summary>A balance guarded by an unnamed <see cref="Mutex"/>, written as code that predates <c>lock</c> often is.</summary>
public sealed class Ledger : IDisposable
{
    private readonly Mutex gate = new();

    /// <summary>Gets the current balance.</summary>
    public decimal Balance { get; private set; }

    /// <summary>
    /// The buggy deposit: it reads the balance under the mutex, lets go, and takes the mutex again to write. Another
    /// deposit between the two keeps its own read, and one of the two amounts is lost.
    /// </summary>
    /// <param name="amount">How much.</param>
    public void DepositInTwoSteps(decimal amount)
    {
        decimal read;
        gate.WaitOne();
        try
        {
            read = Balance;
        }
        finally
        {
            gate.ReleaseMutex();
        }

        gate.WaitOne();
        try
        {
            Balance = read + amount;
        }
        finally
        {
            gate.ReleaseMutex();
        }
    }

    /// <summary>The fixed deposit: the read and the write under one ownership of the mutex.</summary>
    /// <param name="amount">How much.</param>
    public void Deposit(decimal amount)
    {
        gate.WaitOne();
        try
        {
            Balance += amount;
        }
        finally
        {
            gate.ReleaseMutex();
        }
    }

    /// <summary>Two deposits of 10 on thread-pool tasks at once, as two requests would make them.</summary>
    /// <param name="deposit">The deposit to use.</param>
    /// <returns>A task that completes when both are done.</returns>
    public Task TwoDepositsAsync(Action<decimal> deposit) =>
        Task.WhenAll(Task.Run(() => deposit(10m)), Task.Run(() => deposit(10m)));

    /// <inheritdoc/>
    public void Dispose() => gate.Dispose();
}
