using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Harness.Diagnostics;

/// <summary>
/// The portable PDB of one module (next to the assembly or embedded in it), read into memory once and kept for
/// the life of the process: MetadataReader is safe to read from several threads.
/// </summary>
internal sealed class PortablePdb
{
    // "Async method stepping information": the yield and resume IL offsets of each await, in state order.
    private static readonly Guid AsyncSteppingInfo = new("54FD2AC5-E925-401A-9C2A-F94F171072F8");

    private readonly MetadataReaderProvider provider;

    private PortablePdb(MetadataReaderProvider provider)
    {
        this.provider = provider;
    }

    private MetadataReader Reader => provider.GetMetadataReader();

    /// <summary>The PDB of <paramref name="module"/>, or null when it has none we can read (no file, in-memory assembly, full PDB).</summary>
    public static PortablePdb? TryOpen(Module module)
    {
        var path = module.Assembly.IsDynamic ? "" : module.FullyQualifiedName;
        if (!Path.IsPathRooted(path) || !File.Exists(path))
        {
            return null;
        }

        try
        {
            using var peStream = File.OpenRead(path);
            using var pe = new PEReader(peStream);
            if (!pe.TryOpenAssociatedPortablePdb(path, OpenInMemory, out var provider, out _) || provider is null)
            {
                return null;
            }

            var pdb = new PortablePdb(provider);
            _ = pdb.Reader; // fail here, not on first lookup, when the PDB is not a portable one
            return pdb;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidDataException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Source location of each await of the async method whose state machine MoveNext has <paramref name="moveNextToken"/>,
    /// indexed by state; empty when the PDB says nothing about it.
    /// </summary>
    public SourceLocation?[] AwaitLocations(int moveNextToken)
    {
        var reader = Reader;
        var handle = MetadataTokens.MethodDefinitionHandle(MetadataTokens.GetRowNumber(MetadataTokens.EntityHandle(moveNextToken)));
        var yields = YieldOffsets(reader, handle);
        if (yields.Count == 0)
        {
            return [];
        }

        var points = reader.GetMethodDebugInformation(handle).GetSequencePoints().Where(p => !p.IsHidden).ToList();
        var result = new SourceLocation?[yields.Count];
        for (var i = 0; i < yields.Count; i++)
        {
            // The await's statement is the last visible sequence point before the yield: the code between is hidden.
            var point = points.LastOrDefault(p => p.Offset <= yields[i]);
            if (!point.Document.IsNil)
            {
                result[i] = new SourceLocation(reader.GetString(reader.GetDocument(point.Document).Name), point.StartLine);
            }
        }

        return result;
    }

    private static List<int> YieldOffsets(MetadataReader reader, MethodDefinitionHandle moveNext)
    {
        var offsets = new List<int>();
        foreach (var handle in reader.GetCustomDebugInformation(moveNext))
        {
            var info = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(info.Kind) != AsyncSteppingInfo)
            {
                continue;
            }

            // Layout: catch handler offset, then (yield offset, resume offset, resume method) per await.
            var blob = reader.GetBlobReader(info.Value);
            _ = blob.ReadUInt32();
            while (blob.RemainingBytes > 0)
            {
                offsets.Add((int)blob.ReadUInt32());
                _ = blob.ReadUInt32();
                _ = blob.ReadCompressedInteger();
            }
        }

        return offsets;
    }

    private static Stream? OpenInMemory(string path) =>
        File.Exists(path) ? new MemoryStream(File.ReadAllBytes(path), writable: false) : null;
}
