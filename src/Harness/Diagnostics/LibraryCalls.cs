using System.Diagnostics;
using System.Reflection;

namespace Harness.Diagnostics;

/// <summary>
/// The call into library code (a package or the shared framework) that started uncontrolled work or a real timer,
/// and a fix that exists for it: the harness cannot rewrite the library from the test, so "rewrite the caller" is no
/// fix, and naming the test assembly in "Assemblies" breaks the build.
/// </summary>
internal static class LibraryCalls
{
    private static readonly Assembly CoreLibrary = typeof(object).Assembly;

    // Framework assemblies whose concurrency APIs the rewriter redirects (Parallel.*, ChannelReader.ReadAllAsync,
    // Barrier): for them the fix is to rewrite the caller, as for the runtime's own primitives.
    private static readonly string[] Redirected = ["System.Threading.Tasks.Parallel", "System.Threading.Channels", "System.Threading"];

    // .../dotnet/shared: every shared framework (Microsoft.NETCore.App, Microsoft.AspNetCore.App) lives below it.
    private static readonly string? SharedFrameworks = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(CoreLibrary.Location)));

    // Libraries whose own timer or thread a documented option switches off: type name, then the fix.
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["System.Threading.RateLimiting.TokenBucketRateLimiter"] = "set AutoReplenishment = false in its TokenBucketRateLimiterOptions and call TryReplenish() from the test (it refills by elapsed Stopwatch time, which is virtual only in rewritten code)",
        ["System.Threading.RateLimiting.FixedWindowRateLimiter"] = "set AutoReplenishment = false in its FixedWindowRateLimiterOptions and call TryReplenish() from the test (it refills by elapsed Stopwatch time, which is virtual only in rewritten code)",
        ["System.Threading.RateLimiting.SlidingWindowRateLimiter"] = "set AutoReplenishment = false in its SlidingWindowRateLimiterOptions and call TryReplenish() from the test (it refills by elapsed Stopwatch time, which is virtual only in rewritten code)",
    };

    /// <summary>
    /// The API the user called, as the user wrote it: the outermost public framework-namespace frame before the first
    /// user frame (a constructor, a method), or null when user code called nothing public there.
    /// </summary>
    internal static MethodBase? UserCalled(StackTrace where)
    {
        MethodBase? call = null;
        foreach (var frame in where.GetFrames())
        {
            if (frame.GetMethod() is not { DeclaringType: { } type } method)
            {
                continue;
            }

            if (EscapeSite.IsUserType(type))
            {
                break;
            }

            if (EscapeSite.IsFramework(type) && method.IsPublic && type.IsPublic)
            {
                call = method;
            }
        }

        return call;
    }

    /// <summary>"new Timer", "TokenBucketRateLimiter.AcquireAsync".</summary>
    internal static string Describe(MethodBase call)
    {
        string type = FriendlyTypeNames.Of(call.DeclaringType!);
        if (call.IsConstructor)
        {
            return "new " + type;
        }

        // Timer.Start is often inlined into its property: name the property as written (Timer.Enabled).
        bool accessor = call.IsSpecialName && (call.Name.StartsWith("get_", StringComparison.Ordinal) || call.Name.StartsWith("set_", StringComparison.Ordinal));
        return type + "." + (accessor ? call.Name[4..] : call.Name);
    }

    /// <summary>
    /// The library call that started the work, when it is library code rather than a primitive of the runtime itself
    /// (Task.Run, new Timer, ThreadPool: those have their own fixes); null otherwise.
    /// </summary>
    internal static MethodBase? Library(StackTrace? where) =>
        where is not null && UserCalled(where) is { DeclaringType: { } type } call && type.Assembly != CoreLibrary
        && Array.IndexOf(Redirected, type.Assembly.GetName().Name) < 0
            ? call
            : null;

    /// <summary>A package assembly can be rewritten; the shared framework (and a library loaded from memory) cannot.</summary>
    internal static bool IsSharedFramework(Assembly assembly) =>
        string.IsNullOrEmpty(assembly.Location)
        || (SharedFrameworks is not null && assembly.Location.StartsWith(SharedFrameworks + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    /// <summary>Every fix that exists for work <paramref name="call"/> started, best first, as one sentence.</summary>
    internal static string Fix(MethodBase call)
    {
        var type = call.DeclaringType!;
        var assembly = type.Assembly;
        string name = assembly.GetName().Name ?? "?";
        var fixes = new List<string>();
        if (TakesTimeProvider(type))
        {
            fixes.Add($"pass Controlled.Time where {FriendlyTypeNames.Of(type)} takes a TimeProvider");
        }

        bool shared = IsSharedFramework(assembly);
        if (!shared)
        {
            fixes.Add($"add \"{name}\" (the package, not the test assembly) to \"Assemblies\" in coyote.json so the build rewrites it (docs/rewriting.md)");
        }

        if (Switches.TryGetValue(type.FullName ?? "", out var off))
        {
            fixes.Add(off);
        }

        if (shared)
        {
            fixes.Add($"{name} is part of the shared framework, which the build cannot rewrite: keep it out of the test (a fake behind an interface), or set \"UncontrolledConcurrency\": \"allow\" in coyote.json to run it partly controlled");
        }

        return string.Join("; or ", fixes);
    }

    // A constructor or method of the type, or a property of an options type its constructors take, of type TimeProvider.
    private static bool TakesTimeProvider(Type type)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        var members = type.GetConstructors().Cast<MethodBase>().Concat(type.GetMethods(Public));
        return members.Any(member => member.GetParameters().Any(parameter =>
            parameter.ParameterType == typeof(TimeProvider)
            || parameter.ParameterType.GetProperties().Any(property => property.PropertyType == typeof(TimeProvider) && property.CanWrite)));
    }
}
