namespace Scenarios.Plain.Banking;

/// <summary>An account whose balance is guarded by locking the account itself.</summary>
/// <param name="id">The account number; the fixed transfer takes locks in its order.</param>
/// <param name="balance">The opening balance.</param>
public sealed class Account(int id, decimal balance)
{
    /// <summary>The account number.</summary>
    public int Id => id;

    /// <summary>The balance; read and written only while holding the account's lock.</summary>
    public decimal Balance { get; set; } = balance;
}
