using System.Reflection;

namespace Harness.Hybrid;

/// <summary>
/// .NET's <see cref="LockCookie"/>, made and read through its private fields (<c>_flags</c>, <c>_readerLevel</c>,
/// <c>_writerLevel</c>, <c>_threadID</c>; pinned by <c>OldReaderWriterLockModelTests</c>), so a cookie the model hands
/// out holds what .NET's would. The thread it names is the holder's segment (<see cref="ThreadSegment"/>): a cookie
/// used after an await is refused, as .NET refuses it whenever the code resumed on another thread.
/// </summary>
internal static class OldReaderWriterLockCookies
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
    private static readonly FieldInfo? FlagsField = typeof(LockCookie).GetField("_flags", Private);
    private static readonly FieldInfo? ReaderLevelField = typeof(LockCookie).GetField("_readerLevel", Private);
    private static readonly FieldInfo? WriterLevelField = typeof(LockCookie).GetField("_writerLevel", Private);
    private static readonly FieldInfo? ThreadField = typeof(LockCookie).GetField("_threadID", Private);

    /// <summary>False when a .NET update renamed the fields: the calls that need a cookie are then refused, never guessed.</summary>
    internal static bool Available { get; } =
        FlagsField is { FieldType.IsEnum: true } && ReaderLevelField?.FieldType == typeof(ushort)
        && WriterLevelField?.FieldType == typeof(ushort) && ThreadField?.FieldType == typeof(int)
        && new[] { "Upgrade", "Release", "OwnedNone", "OwnedWriter", "OwnedReader", "Invalid" }.All(name => Enum.IsDefined(FlagsField.FieldType, name));

    internal static LockCookie Make(string kind, string owned, int readerLevel, int writerLevel) =>
        Make(Flag(kind) | Flag(owned), readerLevel, writerLevel, ThreadSegment.Current);

    internal static View Read(LockCookie cookie)
    {
        object boxed = cookie;
        return new View(
            Convert.ToInt32(FlagsField!.GetValue(boxed), System.Globalization.CultureInfo.InvariantCulture),
            (ushort)ReaderLevelField!.GetValue(boxed)!,
            (ushort)WriterLevelField!.GetValue(boxed)!,
            (int)ThreadField!.GetValue(boxed)!);
    }

    /// <summary>The cookie once used: .NET marks it Invalid and keeps the rest.</summary>
    internal static LockCookie Invalidated(View view) => Make(Flag("Invalid"), view.ReaderLevel, view.WriterLevel, view.Thread);

    private static LockCookie Make(int flags, int readerLevel, int writerLevel, int thread)
    {
        object boxed = default(LockCookie);
        FlagsField!.SetValue(boxed, Enum.ToObject(FlagsField.FieldType, flags));
        ReaderLevelField!.SetValue(boxed, (ushort)readerLevel);
        WriterLevelField!.SetValue(boxed, (ushort)writerLevel);
        ThreadField!.SetValue(boxed, thread);
        return (LockCookie)boxed;
    }

    private static int Flag(string name) =>
        Convert.ToInt32(Enum.Parse(FlagsField!.FieldType, name), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What a cookie says.</summary>
    internal readonly record struct View(int Flags, int ReaderLevel, int WriterLevel, int Thread)
    {
        internal bool Has(string flag) => (Flags & Flag(flag)) != 0;

        internal bool IsMine => Thread == ThreadSegment.Current;
    }
}
