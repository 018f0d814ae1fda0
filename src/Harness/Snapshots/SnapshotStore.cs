using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Harness.Snapshots;

/// <summary>
/// Verify's lifecycle on disk: write the received file, read the verified one, compare, accept (rename received
/// to verified), delete received on a match. Each call touches only its own files and temp names are unique, so
/// test classes running in parallel never interfere.
/// </summary>
internal static partial class SnapshotStore
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the snapshot to a unique temp file beside <paramref name="path"/> and renames it into place, so a
    /// crash leaves either the old file or the whole new one, never half a file.
    /// </summary>
    internal static void WriteReceived(string path, ScheduleSnapshot snapshot)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = Utf8NoBom.GetBytes(SnapshotFormat.Write(snapshot));
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        Directory.CreateDirectory(folder);

        // The temp name still contains ".received." so the usual *.received.* ignore rule covers a leftover.
        string temp = Path.Combine(folder, $"{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>False when there is no verified file; a file that cannot be used is a <see cref="SnapshotException"/>.</summary>
    internal static bool TryReadVerified(string path, out ScheduleSnapshot? snapshot)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        snapshot = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SnapshotException.Unreadable(path, e);
        }

        snapshot = SnapshotFormat.Parse(Decode(bytes, path), path);
        return true;
    }

    /// <summary>Null when the run matches the verified snapshot, else where they first differ.</summary>
    internal static string? Compare(ScheduleSnapshot verified, ScheduleSnapshot received) => SnapshotDiff.FirstDifference(verified, received);

    /// <summary>Renames the received file to its verified twin, replacing it; returns the verified path.</summary>
    internal static string Accept(string receivedPath)
    {
        string verified = SnapshotPaths.VerifiedFor(receivedPath);
        File.Move(receivedPath, verified, overwrite: true);
        return verified;
    }

    /// <summary>Deletes the received file, if any. Only a received path is accepted, so a mix-up cannot delete a verified file.</summary>
    internal static void DeleteReceived(string receivedPath)
    {
        _ = SnapshotPaths.VerifiedFor(receivedPath);
        File.Delete(receivedPath);
        File.Delete(SnapshotPaths.DiagramFor(receivedPath));
    }

    /// <summary>
    /// Writes the schedule's Mermaid sequence diagram beside the received snapshot (<c>.schedule.received.md</c>,
    /// ignored by <c>*.received.*</c> like its twin): GitHub, Azure DevOps and most Markdown viewers render it.
    /// Returns its path. The snapshot stays the one parseable record; the diagram is only a picture of it.
    /// </summary>
    internal static string WriteDiagram(string receivedPath, string testName, string diagram)
    {
        string path = SnapshotPaths.DiagramFor(receivedPath);
        string text = $"# {ControlCharacters.Escape(testName)}\n\nThe schedule in {Path.GetFileName(receivedPath)}, drawn by the harness.\n\n```mermaid\n{Scrubber.Scrub(diagram)}```\n";
        File.WriteAllText(path, text, Utf8NoBom);
        return path;
    }

    private static string Decode(byte[] bytes, string path)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                int line = 1 + bytes.AsSpan(0, read).Count((byte)'\n');
                throw SnapshotException.Damaged(path, line, "this line is not UTF-8 text");
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
