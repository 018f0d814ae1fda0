namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="HashSet{T}"/>, which is not thread-safe: each call first reports a read or a
/// write of the set to <see cref="SharedMemoryCalls"/>, then is exactly the <see cref="HashSet{T}"/> member it
/// stands in for.
/// </summary>
public static class HashSetCalls
{
    private const string Name = "HashSet<T>";

    /// <summary>Stands in for <see cref="HashSet{T}.Add(T)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The set.</param>
    /// <param name="item">The element.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when added.</returns>
    public static bool Add<T>(HashSet<T> self, T item, string site)
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        return self!.Add(item);
    }

    /// <summary>Stands in for <see cref="HashSet{T}.Remove(T)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The set.</param>
    /// <param name="item">The element.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when removed.</returns>
    public static bool Remove<T>(HashSet<T> self, T item, string site)
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        return self!.Remove(item);
    }

    /// <summary>Stands in for <see cref="HashSet{T}.Contains(T)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The set.</param>
    /// <param name="item">The element.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when present.</returns>
    public static bool Contains<T>(HashSet<T> self, T item, string site)
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self!.Contains(item);
    }

    /// <summary>Stands in for <see cref="HashSet{T}.Clear"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The set.</param>
    /// <param name="site">The call site.</param>
    public static void Clear<T>(HashSet<T> self, string site)
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        self!.Clear();
    }

    /// <summary>Stands in for <see cref="HashSet{T}.Count"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The set.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The number of elements.</returns>
    public static int Count<T>(HashSet<T> self, string site)
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self!.Count;
    }
}
