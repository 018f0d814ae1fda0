using System.Globalization;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Rewriting;

/// <summary>
/// The "File.cs:42" of each instruction of a method, from the nearest preceding visible sequence point, taken
/// before any edit. File name only, so traces read the same on every machine.
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
        string? current = null;
        foreach (var instruction in method.Body.Instructions)
        {
            while (next < points.Count && points[next].Offset <= instruction.Offset)
            {
                current = FileName(points[next].Document.Url) + ":" + points[next].StartLine.ToString(CultureInfo.InvariantCulture);
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

    // PDBs written on Windows keep backslashes, which Path.GetFileName does not split on elsewhere.
    private static string FileName(string url) => url[(url.LastIndexOfAny(['/', '\\']) + 1)..];
}
