using System.Diagnostics.CodeAnalysis;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="Dictionary{TKey, TValue}"/>, which is not thread-safe: each call first reports
/// a read or a write of the dictionary to <see cref="SharedMemoryCalls"/> (a scheduling point in the hybrid
/// mode), then is exactly the <see cref="Dictionary{TKey, TValue}"/> member it stands in for.
/// </summary>
public static class DictionaryCalls
{
    private const string Name = "Dictionary<TKey,TValue>";

    /// <summary>Stands in for the indexer's getter.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The value.</returns>
    public static TValue GetItem<TKey, TValue>(Dictionary<TKey, TValue> self, TKey key, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self![key];
    }

    /// <summary>Stands in for the indexer's setter.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="site">The call site.</param>
    public static void SetItem<TKey, TValue>(Dictionary<TKey, TValue> self, TKey key, TValue value, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        self![key] = value;
    }

    /// <summary>Stands in for <see cref="Dictionary{TKey, TValue}.Add(TKey, TValue)"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="site">The call site.</param>
    public static void Add<TKey, TValue>(Dictionary<TKey, TValue> self, TKey key, TValue value, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        self!.Add(key, value);
    }

    /// <summary>Stands in for <see cref="Dictionary{TKey, TValue}.TryAdd(TKey, TValue)"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when added.</returns>
    public static bool TryAdd<TKey, TValue>(Dictionary<TKey, TValue> self, TKey key, TValue value, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        return self!.TryAdd(key, value);
    }

    /// <summary>Stands in for <see cref="Dictionary{TKey, TValue}.Remove(TKey)"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when removed.</returns>
    public static bool Remove<TKey, TValue>(Dictionary<TKey, TValue> self, TKey key, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        return self!.Remove(key);
    }

    /// <summary>Stands in for <see cref="Dictionary{TKey, TValue}.TryGetValue(TKey, out TValue)"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value found.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when found.</returns>
    public static bool TryGetValue<TKey, TValue>(Dictionary<TKey, TValue> self, TKey key, [MaybeNullWhen(false)] out TValue value, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self!.TryGetValue(key, out value);
    }

    /// <summary>Stands in for <see cref="Dictionary{TKey, TValue}.ContainsKey(TKey)"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when present.</returns>
    public static bool ContainsKey<TKey, TValue>(Dictionary<TKey, TValue> self, TKey key, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self!.ContainsKey(key);
    }

    /// <summary>Stands in for <see cref="Dictionary{TKey, TValue}.Clear"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="site">The call site.</param>
    public static void Clear<TKey, TValue>(Dictionary<TKey, TValue> self, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        self!.Clear();
    }

    /// <summary>Stands in for <see cref="Dictionary{TKey, TValue}.Count"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="self">The dictionary.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The number of entries.</returns>
    public static int Count<TKey, TValue>(Dictionary<TKey, TValue> self, string site)
        where TKey : notnull
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self!.Count;
    }
}
