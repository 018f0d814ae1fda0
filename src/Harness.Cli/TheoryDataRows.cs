using System.Collections;
using System.Reflection;
using Xunit.Sdk;

namespace Harness.Cli;

/// <summary>
/// The data rows of a theory, as the arguments its adapter passes the test method (and so names its snapshots by):
/// xUnit v2 <see cref="DataAttribute"/> rows as given, xUnit v3 rows resolved to the parameters as v3 resolves them.
/// v3 is reached by reflection: the CLI loads any user's test assembly, so it cannot reference one xUnit v3 build.
/// </summary>
internal static class TheoryDataRows
{
    private const string V3DataAttribute = "Xunit.v3.IDataAttribute";
    private const string V3DataRow = "Xunit.ITheoryDataRow";
    private const BindingFlags Unwrapped = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions;

    /// <summary>The rows of <paramref name="method"/>, listed lazily; null when it has no data attributes (a fact).</summary>
    internal static IEnumerable<object?[]>? Of(MethodInfo method)
    {
        var v2 = method.GetCustomAttributes<DataAttribute>().ToList();
        var v3 = method.GetCustomAttributes(inherit: true).Select(attribute => (Attribute: attribute, Contract: V3Interface(attribute.GetType()))).Where(found => found.Contract is not null).ToList();
        return v2.Count == 0 && v3.Count == 0
            ? null
            : v2.SelectMany(source => source.GetData(method)).Concat(v3.SelectMany(found => V3Rows(method, found.Attribute, found.Contract!)));
    }

    private static Type? V3Interface(Type attributeType) =>
        attributeType.GetInterfaces().FirstOrDefault(contract => contract.FullName == V3DataAttribute);

    // IDataAttribute.GetData(MethodInfo, DisposalTracker) returns ValueTask<IReadOnlyCollection<ITheoryDataRow>>.
    private static List<object?[]> V3Rows(MethodInfo method, object attribute, Type contract)
    {
        var getData = contract.GetMethod("GetData")!;
        var trackerType = getData.GetParameters()[1].ParameterType;
        var tracker = Activator.CreateInstance(trackerType)!;
        try
        {
            object pending = getData.Invoke(attribute, Unwrapped, null, [method, tracker], null)!;
            var task = (Task)pending.GetType().GetMethod("AsTask")!.Invoke(pending, Unwrapped, null, [], null)!;
            task.GetAwaiter().GetResult();
            var rows = (IEnumerable?)task.GetType().GetProperty("Result")!.GetValue(task) ?? Array.Empty<object>();
            var resolve = Resolver(trackerType.Assembly);
            return [.. rows.Cast<object>().Select(row => resolve(method, Arguments(row)))];
        }
        finally
        {
            // The adapter refuses rows that leave objects to dispose (v3 then cannot list them), so none of the
            // rows a snapshot can name needs the tracker after this.
            if (tracker is IAsyncDisposable disposable)
            {
                disposable.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    private static object?[] Arguments(object row)
    {
        var contract = row.GetType().GetInterfaces().First(type => type.FullName == V3DataRow);
        return (object?[])contract.GetMethod("GetData")!.Invoke(row, Unwrapped, null, [], null)!;
    }

    // v3 converts a row to the parameter types (and fills params arrays and optional parameters) before the test
    // case keeps it: Xunit.Sdk.ReflectionExtensions.ResolveMethodArguments in xunit.v3.common, beside DisposalTracker.
    // A v3 build without it gets the rows as given, which is what it passed to the method.
    private static Func<MethodInfo, object?[], object?[]> Resolver(Assembly common)
    {
        var resolve = common.GetType("Xunit.Sdk.ReflectionExtensions")?.GetMethod("ResolveMethodArguments", [typeof(MethodBase), typeof(object[])]);
        return resolve is null
            ? (_, arguments) => arguments
            : (method, arguments) => (object?[])resolve.Invoke(null, BindingFlags.Static | BindingFlags.Public | BindingFlags.DoNotWrapExceptions, null, [method, arguments], null)!;
    }
}
