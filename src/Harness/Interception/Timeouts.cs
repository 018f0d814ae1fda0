namespace Harness.Interception;

/// <summary>The BCL's checks of a wait's timeout, so targets reject exactly what .NET rejects, with the same parameter name.</summary>
internal static class Timeouts
{
    /// <summary>A TimeSpan timeout as milliseconds: -1 (infinite) up to <see cref="int.MaxValue"/>, else ArgumentOutOfRangeException.</summary>
    internal static int Milliseconds(TimeSpan timeout, string parameterName = "timeout")
    {
        long milliseconds = (long)timeout.TotalMilliseconds;
        if (milliseconds < -1 || milliseconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(parameterName, timeout, "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration.");
        }

        return (int)milliseconds;
    }

    /// <summary>A millisecond timeout: -1 (infinite) or more, else ArgumentOutOfRangeException.</summary>
    internal static TimeSpan Span(int millisecondsTimeout, string parameterName = "millisecondsTimeout")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite, parameterName);
        return millisecondsTimeout == Timeout.Infinite ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(millisecondsTimeout);
    }
}
