namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="List{T}"/>, which is not thread-safe: each call first reports a read or a write
/// of the list to <see cref="SharedMemoryCalls"/>, then is exactly the <see cref="List{T}"/> member it stands in for.
/// </summary>
public static class ListCalls
{
    private const string Name = "List<T>";

    /// <summary>Stands in for the indexer's getter.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The list.</param>
    /// <param name="index">The index.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The element.</returns>
    public static T GetItem<T>(List<T> self, int index, string site)
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self![index];
    }

    /// <summary>Stands in for the indexer's setter.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The list.</param>
    /// <param name="index">The index.</param>
    /// <param name="value">The element.</param>
    /// <param name="site">The call site.</param>
    public static void SetItem<T>(List<T> self, int index, T value, string site)
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        self![index] = value;
    }

    /// <summary>Stands in for <see cref="List{T}.Add(T)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The list.</param>
    /// <param name="item">The element.</param>
    /// <param name="site">The call site.</param>
    public static void Add<T>(List<T> self, T item, string site)
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        self!.Add(item);
    }

    /// <summary>Stands in for <see cref="List{T}.Remove(T)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The list.</param>
    /// <param name="item">The element.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when removed.</returns>
    public static bool Remove<T>(List<T> self, T item, string site)
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        return self!.Remove(item);
    }

    /// <summary>Stands in for <see cref="List{T}.Contains(T)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The list.</param>
    /// <param name="item">The element.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when present.</returns>
    public static bool Contains<T>(List<T> self, T item, string site)
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self!.Contains(item);
    }

    /// <summary>Stands in for <see cref="List{T}.Clear"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The list.</param>
    /// <param name="site">The call site.</param>
    public static void Clear<T>(List<T> self, string site)
    {
        SharedMemoryCalls.OnWrite(self, Name, site);
        self!.Clear();
    }

    /// <summary>Stands in for <see cref="List{T}.Count"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="self">The list.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The number of elements.</returns>
    public static int Count<T>(List<T> self, string site)
    {
        SharedMemoryCalls.OnRead(self, Name, site);
        return self!.Count;
    }
}
