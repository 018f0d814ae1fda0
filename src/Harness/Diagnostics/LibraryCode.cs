using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Harness.Diagnostics;

/// <summary>
/// Which steps run entirely inside a library, so traces can fold them. A library is an assembly the test project
/// gets from a NuGet package (its deps.json says <c>"type": "package"</c>), rewritten or not; user code is the
/// test assembly and every project it references. The framework and the harness are neither: their frames neither
/// make a step a library's nor keep it the user's. Without a deps.json nothing is a library, so nothing folds.
/// </summary>
internal static class LibraryCode
{
    private static readonly Lazy<HashSet<string>> Packages = new(() => ReadPackages((AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)));
    private static readonly ConcurrentDictionary<string, HashSet<string>> PackagesByFolder = new(StringComparer.Ordinal);
    private static readonly string FrameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
    private static readonly Assembly HarnessAssembly = typeof(LibraryCode).Assembly;

    /// <summary>The package assembly's name, or null for user code, the framework and the harness.</summary>
    internal static string? LibraryOf(Assembly assembly) =>
        assembly != HarnessAssembly && !IsFramework(assembly) && assembly.GetName().Name is { } name
            && (Packages.Value.Contains(name) || PackagesBeside(assembly).Contains(name)) ? name : null;

    // A host that loads test assemblies from their own folder (Harness.Cli replaying a snapshot) has its own
    // deps.json; the test project's lies beside the assembly, so both hosts fold the same steps.
    private static HashSet<string> PackagesBeside(Assembly assembly) =>
        Path.GetDirectoryName(assembly.Location) is { Length: > 0 } folder
            ? PackagesByFolder.GetOrAdd(folder, static folder => ReadPackages(Directory.EnumerateFiles(folder, "*.deps.json").Order(StringComparer.Ordinal)))
            : [];

    /// <summary>
    /// The library a step that resumes <paramref name="continuationTarget"/> runs in: the resumed async method's
    /// assembly (a posted continuation has nothing below it on the stack but the harness and the runtime).
    /// </summary>
    internal static string? OfContinuation(object? continuationTarget) =>
        AsyncStateMachines.TryGetStateMachine(ContinuationTargets.Unwrap(continuationTarget), out var stateMachine)
            ? LibraryOf(stateMachine.GetType().Assembly)
            : null;

    /// <summary>
    /// The library a synchronous scheduling point was reached in: the frames between the harness entry point that
    /// parked (top) and the harness code that ran the step (bottom) include a library's and no user frame.
    /// The interception targets (<c>Harness.Interception</c>) sit between user and library frames, so they are
    /// stepped over rather than taken for the step's bottom.
    /// </summary>
    internal static string? OfStack(StackTrace stack)
    {
        string? library = null;
        bool entered = false;
        foreach (var frame in stack.GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type is null)
            {
                continue;
            }

            if (type.Assembly == HarnessAssembly)
            {
                if (entered && !IsEntryPoint(type))
                {
                    break;
                }

                continue;
            }

            entered = true;
            if (IsFramework(type.Assembly))
            {
                continue;
            }

            if (LibraryOf(type.Assembly) is not { } name)
            {
                return null;
            }

            library ??= name;
        }

        return library;
    }

    private static bool IsEntryPoint(Type type) =>
        type.Namespace is "Harness.Interception" || type == typeof(Controlled) || type.DeclaringType == typeof(Controlled) || type == typeof(Invariant);

    private static bool IsFramework(Assembly assembly) =>
        assembly.IsDynamic || string.Equals(Path.GetDirectoryName(assembly.Location), FrameworkFolder, StringComparison.Ordinal);

    private static HashSet<string> ReadPackages(IEnumerable<string> depsFiles)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // The host's list holds the framework's own deps.json too, whose runtime pack counts as a "package".
        string shared = Path.GetFullPath(Path.Combine(FrameworkFolder, "..", "..")) + Path.DirectorySeparatorChar;
        foreach (string file in depsFiles.Where(file => !Path.GetFullPath(file).StartsWith(shared, StringComparison.Ordinal)))
        {
            try
            {
                using var deps = JsonDocument.Parse(File.ReadAllBytes(file));
                AddPackages(deps.RootElement, names);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
            {
                // An unreadable deps.json only costs the folding: every step stays on its own line.
            }
        }

        names.RemoveWhere(name => name.Equals("Harness", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Harness.", StringComparison.OrdinalIgnoreCase));
        return names;
    }

    private static void AddPackages(JsonElement deps, HashSet<string> names)
    {
        if (!deps.TryGetProperty("libraries", out var libraries) || !deps.TryGetProperty("targets", out var targets))
        {
            return;
        }

        foreach (var target in targets.EnumerateObject())
        {
            foreach (var entry in target.Value.EnumerateObject())
            {
                bool package = libraries.TryGetProperty(entry.Name, out var library)
                    && library.TryGetProperty("type", out var kind) && kind.ValueEquals("package");
                if (package && entry.Value.TryGetProperty("runtime", out var runtime))
                {
                    foreach (var file in runtime.EnumerateObject())
                    {
                        names.Add(Path.GetFileNameWithoutExtension(file.Name));
                    }
                }
            }
        }
    }
}
