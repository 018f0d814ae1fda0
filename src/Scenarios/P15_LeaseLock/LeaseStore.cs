using Harness;

namespace Scenarios.P15_LeaseLock;

/// <summary>
/// An in-memory stand-in for the Redis server the pods share: keys with an owner and an optional time to live
/// on the virtual clock. Every command is one network round trip; the server runs each command atomically.
/// </summary>
public sealed class LeaseStore
{
    private readonly Dictionary<string, (string Owner, DateTimeOffset? ExpiresAt)> keys = new(StringComparer.Ordinal);

    /// <summary>SET key owner NX [EX ttl]: stores the key only if it is absent (or expired).</summary>
    /// <param name="key">The key.</param>
    /// <param name="owner">The value: who holds the key.</param>
    /// <param name="timeToLive">When the key expires by itself; null for never.</param>
    /// <returns>True if the key was stored.</returns>
    public async Task<bool> SetIfAbsentAsync(string key, string owner, TimeSpan? timeToLive = null)
    {
        await Controlled.Yield();
        if (Holder(key) is not null)
        {
            return false;
        }

        keys[key] = (owner, Controlled.Time.GetUtcNow() + timeToLive);
        return true;
    }

    /// <summary>EXPIRE key ttl: sets the time to live of a key that exists.</summary>
    /// <param name="key">The key.</param>
    /// <param name="timeToLive">How long from now the key lives.</param>
    /// <returns>A task that completes when the server has answered.</returns>
    public async Task ExpireAsync(string key, TimeSpan timeToLive)
    {
        await Controlled.Yield();
        if (Holder(key) is { } owner)
        {
            keys[key] = (owner, Controlled.Time.GetUtcNow() + timeToLive);
        }
    }

    /// <summary>DEL key: removes the key, whoever holds it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>A task that completes when the server has answered.</returns>
    public async Task DeleteAsync(string key)
    {
        await Controlled.Yield();
        keys.Remove(key);
    }

    /// <summary>The compare-and-delete script (GET, compare, DEL, run atomically on the server).</summary>
    /// <param name="key">The key.</param>
    /// <param name="owner">Who believes they hold it.</param>
    /// <returns>True if the key was held by <paramref name="owner"/> and is now removed.</returns>
    public async Task<bool> DeleteIfOwnerAsync(string key, string owner)
    {
        await Controlled.Yield();
        return Holder(key) == owner && keys.Remove(key);
    }

    private string? Holder(string key)
    {
        if (keys.TryGetValue(key, out var entry) && entry.ExpiresAt <= Controlled.Time.GetUtcNow())
        {
            keys.Remove(key);
        }

        return keys.TryGetValue(key, out entry) ? entry.Owner : null;
    }
}
