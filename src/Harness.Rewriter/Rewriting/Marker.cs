using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Rewriting;

/// <summary>
/// The marker of a rewritten assembly: <c>[assembly: RewrittenByHarness(version)]</c>, and a module initializer
/// that calls <c>RewrittenAssemblies.Verify(version, name)</c> before any of the assembly's code runs, so a
/// rewritten assembly loaded next to another harness version fails at once with a clear message.
/// </summary>
internal static class Marker
{
    internal const string AttributeName = "Harness.Interception.RewrittenByHarnessAttribute";

    /// <summary>The version in the assembly's marker, or null when it was never rewritten.</summary>
    internal static string? Read(ModuleDefinition module) =>
        module.Assembly.CustomAttributes
            .Where(attribute => attribute.AttributeType.FullName == AttributeName)
            .Select(attribute => attribute.ConstructorArguments[0].Value as string)
            .FirstOrDefault();

    internal static void Apply(ModuleDefinition module, MethodReference attributeConstructor, MethodReference verify, string version)
    {
        var attribute = new CustomAttribute(module.ImportReference(attributeConstructor));
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, version));
        module.Assembly.CustomAttributes.Add(attribute);

        var initializer = ModuleInitializer(module);
        var il = initializer.Body.GetILProcessor();
        var first = initializer.Body.Instructions[0];
        il.InsertBefore(first, il.Create(OpCodes.Ldstr, version));
        il.InsertBefore(first, il.Create(OpCodes.Ldstr, module.Assembly.Name.Name));
        il.InsertBefore(first, il.Create(OpCodes.Call, module.ImportReference(verify)));
    }

    private static MethodDefinition ModuleInitializer(ModuleDefinition module)
    {
        var moduleType = module.Types.First(type => type.Name == "<Module>");
        if (moduleType.Methods.FirstOrDefault(method => method.IsConstructor && method.IsStatic) is { } existing)
        {
            return existing;
        }

        var initializer = new MethodDefinition(
            ".cctor",
            MethodAttributes.Private | MethodAttributes.HideBySig | MethodAttributes.Static | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            module.TypeSystem.Void);
        initializer.Body.GetILProcessor().Append(Instruction.Create(OpCodes.Ret));
        moduleType.Methods.Add(initializer);
        return initializer;
    }
}
