using System.Globalization;
using Harness.Rewriter.Redirects;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Rewriting;

/// <summary>
/// A redirected BCL method used as a method group (<c>Func&lt;int, Task&gt; wait = Task.Delay;</c>) has no call
/// site to push a site string at: its <c>ldftn</c> is pointed at a private static thunk that forwards the
/// arguments plus the site to the target. Only non-generic static methods: an instance method group or a generic
/// one would need the thunk to close over the receiver or the type arguments, and is left alone.
/// </summary>
internal static class MethodGroupThunks
{
    internal static int Rewrite(MethodDefinition method, SitePoints sites, TargetCatalog catalog, ModuleDefinition module)
    {
        int rewritten = 0;
        foreach (var instruction in method.Body.Instructions.Where(i => i.OpCode.Code == Code.Ldftn).ToList())
        {
            if (instruction.Operand is not MethodReference called || called.HasThis || called is GenericInstanceMethod
                || called.DeclaringType is GenericInstanceType || method.DeclaringType.IsInterface
                || catalog.Find(called, isNewObject: false, out _) is not { } target)
            {
                continue;
            }

            instruction.Operand = Thunk(method.DeclaringType, called, module.ImportReference(target), sites.At(instruction));
            rewritten++;
        }

        return rewritten;
    }

    private static MethodDefinition Thunk(TypeDefinition owner, MethodReference called, MethodReference target, string site)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"<harness>{called.Name}_{owner.Methods.Count}");
        var thunk = new MethodDefinition(name, MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig, called.ReturnType);
        var il = thunk.Body.GetILProcessor();
        foreach (var parameter in called.Parameters)
        {
            thunk.Parameters.Add(new ParameterDefinition(parameter.Name, parameter.Attributes, parameter.ParameterType));
            il.Emit(OpCodes.Ldarg, thunk.Parameters[^1]);
        }

        il.Emit(OpCodes.Ldstr, site);
        il.Emit(OpCodes.Call, target);
        il.Emit(OpCodes.Ret);
        owner.Methods.Add(thunk);
        return thunk;
    }
}
