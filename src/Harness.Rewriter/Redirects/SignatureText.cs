using Mono.Cecil;

namespace Harness.Rewriter.Redirects;

/// <summary>
/// Parameter types as comparable text, with generic parameters numbered as the target sees them: a target stands
/// in for <c>Task&lt;T&gt;.ConfigureAwait</c> with a generic method whose first type parameter is the type's
/// <c>T</c>, so the BCL's type parameter <c>!i</c> and method parameter <c>!!j</c> become <c>!!i</c> and
/// <c>!!(typeArity + j)</c>.
/// </summary>
internal static class SignatureText
{
    internal static string Of(TypeReference type, int typeArity) => type switch
    {
        GenericParameter parameter => "!!" + (parameter.Type == GenericParameterType.Type ? parameter.Position : typeArity + parameter.Position),
        ByReferenceType byReference => Of(byReference.ElementType, typeArity) + "&",
        RequiredModifierType required => Of(required.ElementType, typeArity),
        OptionalModifierType optional => Of(optional.ElementType, typeArity),
        ArrayType array => Of(array.ElementType, typeArity) + "[]",
        PointerType pointer => Of(pointer.ElementType, typeArity) + "*",
        GenericInstanceType instance => instance.ElementType.FullName + "<" + string.Join(",", instance.GenericArguments.Select(argument => Of(argument, typeArity))) + ">",
        _ => type.FullName,
    };

    /// <summary>The receiver of an instance method of <paramref name="declaringType"/>, open over its own type parameters.</summary>
    internal static string Receiver(TypeReference declaringType, bool byReference)
    {
        var element = declaringType.GetElementType();
        int arity = declaringType is GenericInstanceType instance ? instance.GenericArguments.Count : element.GenericParameters.Count;
        string text = arity == 0
            ? element.FullName
            : element.FullName + "<" + string.Join(",", Enumerable.Range(0, arity).Select(i => "!!" + i)) + ">";
        return byReference ? text + "&" : text;
    }
}
