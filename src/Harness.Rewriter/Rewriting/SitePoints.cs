using System.Globalization;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Rewriting;

/// <summary>
/// The "File.cs:42" of each instruction of a method, from the nearest preceding visible sequence point, taken
/// before any edit; instructions before the first one (a lambda setting up its closure) take the first. File
/// name only, so traces read the same on every machine.
/// </summary>
internal sealed class SitePoints
{
    private readonly Dictionary<Instruction, string> sites = [];
    private readonly string fallback;

    internal SitePoints(MethodDefinition method)
    {
        fallback = method.DeclaringType.Name + "." + method.Name;
        if (!method.DebugInformation.HasSequencePoints)
        {
            return;
        }

        var points = method.DebugInformation.SequencePoints
            .Where(point => !point.IsHidden)
            .OrderBy(point => point.Offset)
            .ToList();
        int next = 0;
        string? current = points.Count == 0 ? null : Site(points[0]);
        foreach (var instruction in method.Body.Instructions)
        {
            while (next < points.Count && points[next].Offset <= instruction.Offset)
            {
                current = Site(points[next]);
                next++;
            }

            if (current is not null)
            {
                sites[instruction] = current;
            }
        }
    }

    /// <summary>The site of an instruction of the unedited body; the method's name when the PDB has none.</summary>
    internal string At(Instruction instruction) => sites.TryGetValue(instruction, out var site) ? site : fallback;

    private static string Site(SequencePoint point) =>
        FileName(point.Document.Url) + ":" + point.StartLine.ToString(CultureInfo.InvariantCulture);

    // PDBs written on Windows keep backslashes, which Path.GetFileName does not split on elsewhere.
    private static string FileName(string url) => url[(url.LastIndexOfAny(['/', '\\']) + 1)..];
}
