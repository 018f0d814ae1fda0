using Mono.Cecil;

namespace Harness.Rewriter.Redirects;

/// <summary>
/// Finds, for a call in the module being rewritten, the harness method it is redirected to: the table row for the
/// called method's type and name, then the target overload whose parameters are the BCL's (receiver first) plus a
/// trailing <c>string site</c>.
/// </summary>
internal sealed class TargetCatalog
{
    private readonly Dictionary<(string Type, string Method), Redirect> rows = [];
    private readonly Dictionary<string, TypeDefinition> targetTypes;
    private readonly Dictionary<string, MethodDefinition?> matches = new(StringComparer.Ordinal);

    internal TargetCatalog(ModuleDefinition harness, IEnumerable<Redirect> table)
    {
        foreach (var row in table)
        {
            rows[(row.BclType, row.Method)] = row;
        }

        targetTypes = harness.Types
            .Where(type => type.Namespace == Redirect.TargetNamespace && type.IsPublic)
            .ToDictionary(type => type.FullName, StringComparer.Ordinal);
    }

    /// <summary>The target for a call, instantiated for its generic arguments, or null when it is not redirected.</summary>
    internal MethodDefinition? Find(MethodReference called, bool isNewObject, out IReadOnlyList<TypeReference> genericArguments)
    {
        genericArguments = [];
        var declaring = called.DeclaringType;
        if (declaring is null || !rows.TryGetValue((declaring.GetElementType().FullName, called.Name), out var row) || row.IsConstructor != isNewObject)
        {
            return null;
        }

        int typeArity = declaring is GenericInstanceType instance ? instance.GenericArguments.Count : 0;
        var method = called is GenericInstanceMethod generic ? generic.ElementMethod : called;
        var expected = new List<string>();
        if (called.HasThis && !row.IsConstructor)
        {
            expected.Add(SignatureText.Receiver(declaring, row.ByRefReceiver));
        }

        expected.AddRange(method.Parameters.Select(parameter => SignatureText.Of(parameter.ParameterType, typeArity)));
        expected.Add("System.String");
        int arity = typeArity + method.GenericParameters.Count;
        string key = row.TargetTypeFullName + "::" + row.TargetName + "`" + arity + "(" + string.Join(",", expected) + ")";
        if (!matches.TryGetValue(key, out var target))
        {
            target = Match(row, expected, arity);
            matches[key] = target;
        }

        if (target is not null)
        {
            var arguments = new List<TypeReference>();
            if (declaring is GenericInstanceType declaringInstance)
            {
                arguments.AddRange(declaringInstance.GenericArguments);
            }

            if (called is GenericInstanceMethod calledInstance)
            {
                arguments.AddRange(calledInstance.GenericArguments);
            }

            genericArguments = arguments;
        }

        return target;
    }

    /// <summary>The harness method a name refers to, for hooks the rewriter calls directly (marker, shared memory).</summary>
    internal MethodDefinition Require(string typeName, string methodName, int parameterCount) =>
        targetTypes.TryGetValue(Redirect.TargetNamespace + "." + typeName, out var type)
        && type.Methods.FirstOrDefault(m => m.Name == methodName && m.Parameters.Count == parameterCount) is { } method
            ? method
            : throw new RewriteException(
                $"the harness assembly has no {Redirect.TargetNamespace}.{typeName}.{methodName} with {parameterCount} parameters",
                "the rewriter and the harness it was given come from different builds",
                "rebuild the solution so Harness and Harness.Rewriter are the same version");

    private MethodDefinition? Match(Redirect row, List<string> expected, int arity)
    {
        if (!targetTypes.TryGetValue(row.TargetTypeFullName, out var type))
        {
            return null;
        }

        foreach (var candidate in type.Methods)
        {
            if (candidate.Name == row.TargetName && candidate.IsStatic && candidate.IsPublic
                && candidate.GenericParameters.Count == arity && candidate.Parameters.Count == expected.Count
                && candidate.Parameters.Select(p => SignatureText.Of(p.ParameterType, 0)).SequenceEqual(expected, StringComparer.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }
}
