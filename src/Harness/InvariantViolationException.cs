namespace Harness;

/// <summary>Thrown by <see cref="Invariant.Assert"/> when an invariant does not hold.</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public InvariantViolationException()
        : this("an invariant was violated")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was violated.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was violated.</param>
    /// <param name="innerException">The cause.</param>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal InvariantViolationException(string message, string? operation)
        : base(message) => Operation = operation;

    /// <summary>The controlled operation that observed the violation, or null outside a harness run.</summary>
    public string? Operation { get; }
}
