using Harness.Rewriter.Redirects;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Rewriting;

/// <summary>
/// Redirects the calls of one method body: <c>call Task::Run(Func&lt;Task&gt;)</c> becomes
/// <c>ldstr "File.cs:42"; call TaskCalls::Run(Func&lt;Task&gt;, string)</c>, and <c>newobj</c> of a redirected
/// constructor becomes a call of its static <c>Create</c>. The arguments already on the stack are the target's
/// leading parameters, so nothing else moves.
/// </summary>
internal static class CallSiteRewriter
{
    internal static int Rewrite(MethodDefinition method, SitePoints sites, TargetCatalog catalog, ModuleDefinition module)
    {
        var il = method.Body.GetILProcessor();
        int rewritten = 0;
        foreach (var instruction in method.Body.Instructions.ToList())
        {
            if (instruction.Operand is not MethodReference called
                || (instruction.OpCode.Code is not (Code.Call or Code.Callvirt or Code.Newobj))
                || instruction.Previous?.OpCode.Code == Code.Constrained)
            {
                continue;
            }

            if (IsAwaitPlumbing(method, called)
                || catalog.Find(called, instruction.OpCode.Code == Code.Newobj, out var arguments) is not { } target)
            {
                continue;
            }

            var call = IlEdit.InsertBefore(il, instruction, [il.Create(OpCodes.Ldstr, sites.At(instruction))]);
            call.OpCode = OpCodes.Call;
            call.Operand = Instantiate(module.ImportReference(target), arguments);
            rewritten++;
        }

        return rewritten;
    }

    /// <summary>
    /// An awaiter's GetResult inside an async method's MoveNext runs after the await resumed, on a finished
    /// task: a blocking-wait target there would only add a needless scheduling point per await.
    /// </summary>
    private static bool IsAwaitPlumbing(MethodDefinition method, MethodReference called) =>
        called.Name == "GetResult"
        && called.DeclaringType.Namespace == "System.Runtime.CompilerServices"
        && method.Name == "MoveNext"
        && method.DeclaringType.Interfaces.Any(implemented => implemented.InterfaceType.FullName == "System.Runtime.CompilerServices.IAsyncStateMachine");

    private static MethodReference Instantiate(MethodReference target, IReadOnlyList<TypeReference> arguments)
    {
        if (arguments.Count == 0)
        {
            return target;
        }

        var instance = new GenericInstanceMethod(target);
        foreach (var argument in arguments)
        {
            instance.GenericArguments.Add(argument);
        }

        return instance;
    }
}
