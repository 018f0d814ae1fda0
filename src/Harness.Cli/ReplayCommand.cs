using Harness.Settings;
using Harness.Snapshots;

namespace Harness.Cli;

/// <summary>
/// <c>harness replay &lt;snapshot&gt; [--assembly Tests.dll]</c>: runs exactly the recorded schedule of a
/// concurrency test once, prints the step-by-step trace and the verdict, and says whether the recording was
/// reproduced (exit 0) or where it diverged (exit 1).
/// </summary>
internal sealed class ReplayCommand(string snapshotPath, string? assemblyPath, TextWriter output, TextWriter error)
{
    /// <summary>Print the schedule as a Mermaid sequence diagram (stdout) and everything else to stderr.</summary>
    internal bool Diagram { get; init; }

    internal int Run()
    {
        ScheduleSnapshot recording;
        LocatedTest test;
        EffectiveSettings settings;
        try
        {
            recording = SnapshotFormat.Parse(File.ReadAllText(snapshotPath), snapshotPath);
            test = TestLocator.Find(recording.Test, snapshotPath, assemblyPath);
            settings = SettingsResolver.Resolve(test.AssemblyFolder, test.Attribute.Overrides);
        }
        catch (Exception e) when (e is SnapshotException or SettingsException or InvalidOperationException or IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        var log = Diagram ? error : output;
        log.WriteLine($"replaying {ControlCharacters.Escape(recording.Test)} ({recording.Schedule.Count} steps, recorded verdict: {recording.Verdict?.ToString() ?? "none"})");
        var result = ConcurrencyTest.Replay(test.Body, string.Join(' ', recording.Schedule), settings.ToOptions());
        if (Diagram)
        {
            output.Write("```mermaid\n" + Scrubber.Scrub(result.Diagram) + "```\n");
        }
        else
        {
            foreach (string line in TraceBound.Apply(result.Trace))
            {
                output.WriteLine(Scrubber.Scrub(line));
            }
        }

        log.WriteLine(result.Bug is null ? "verdict: none" : $"verdict: {result.Bug.Kind}: {Scrubber.Scrub(result.Bug.Summary)}");
        string? difference = result.Divergence is null ? SnapshotCapture.Mismatch(recording, result) : DivergenceCause.Explain(recording, result).Text;
        if (difference is not null)
        {
            log.WriteLine($"not reproduced: {difference}");
            return ExitCodes.Failure;
        }

        log.WriteLine("reproduced: the replay gave the recorded verdict and trace");
        return ExitCodes.Success;
    }
}
