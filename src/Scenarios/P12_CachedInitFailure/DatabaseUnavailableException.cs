namespace Scenarios.P12_CachedInitFailure;

/// <summary>The trial database refused a connection: it is not up (yet).</summary>
public sealed class DatabaseUnavailableException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public DatabaseUnavailableException()
        : base("the trial database is not accepting connections")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was refused.</param>
    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What was refused.</param>
    /// <param name="innerException">Why.</param>
    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
