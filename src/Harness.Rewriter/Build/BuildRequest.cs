namespace Harness.Rewriter.Build;

/// <summary>What the MSBuild target passes: the settings file, the project's copy-local files, where to write.</summary>
/// <param name="ConfigPath">The coyote.json that applies to the test project.</param>
/// <param name="References">The project's copy-local files (ReferenceCopyLocalPaths), exactly as MSBuild spells them.</param>
/// <param name="OutputDirectory">Where rewritten assemblies go (under obj/).</param>
/// <param name="StrongNameKey">The key to re-sign rewritten assemblies with, or null to keep their public key unsigned.</param>
internal sealed record BuildRequest(string ConfigPath, IReadOnlyList<string> References, string OutputDirectory, byte[]? StrongNameKey);

/// <summary>The copy-local files to take out of the output and those to put in their place.</summary>
/// <param name="Replaced">Original files (DLL and PDB), as they appeared in <see cref="BuildRequest.References"/>.</param>
/// <param name="Replacements">The rewritten files.</param>
/// <param name="Log">One line per assembly: what was done.</param>
internal sealed record BuildOutcome(IReadOnlyList<string> Replaced, IReadOnlyList<string> Replacements, IReadOnlyList<string> Log);
