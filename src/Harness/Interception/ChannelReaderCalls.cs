using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Harness.Interception;

/// <summary>
/// Redirect target for <see cref="ChannelReader{T}.ReadAllAsync"/>. The BCL's version awaits
/// <c>WaitToReadAsync</c> with <c>ConfigureAwait(false)</c>, and the channel wakes such a waiter on the global
/// thread pool, where the harness cannot catch it (docs/engine.md, known limits). Inside a harness run this is the
/// same loop awaiting on the step's context, so a writer waking the reader is a controlled step; outside a run it
/// is the BCL method.
/// </summary>
public static class ChannelReaderCalls
{
    /// <summary>Stands in for <see cref="ChannelReader{T}.ReadAllAsync"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The channel's reader.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <param name="site">The call site.</param>
    /// <returns>Every item, until the channel is completed and drained.</returns>
    public static IAsyncEnumerable<T> ReadAllAsync<T>(ChannelReader<T> reader, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _ = site;
        return Controlled.IsActive ? ReadOnContext(reader, cancellationToken) : reader.ReadAllAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<T> ReadOnContext<T>(ChannelReader<T> reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            while (reader.TryRead(out var item))
            {
                yield return item;
            }
        }
    }
}
