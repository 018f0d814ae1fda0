using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Rewriting;

/// <summary>
/// Calls <c>SharedMemoryCalls.OnRead/OnWrite(owner, "Type.Field", site)</c> before each read and write of a field
/// that can be shared between operations: fields declared in the rewritten assembly, closure fields included (a
/// <c>counter++</c> captured by a <c>Task.Run</c> lambda lives there). Left alone: async and iterator
/// state-machine fields (local to one operation), the compiler's own closure links (<c>CS$&lt;&gt;8__locals1</c>,
/// <c>&lt;&gt;4__this</c>: set once when the closure is made), volatile fields (their accesses are
/// synchronisation, not data), readonly and constant fields, struct fields, writes in the
/// declaring type's own constructors, and address-taking loads (<c>Interlocked.Increment(ref x)</c> is atomic).
/// </summary>
internal sealed class FieldAccessRewriter(ModuleDefinition module, MethodReference onRead, MethodReference onWrite)
{
    internal int Rewrite(MethodDefinition method, SitePoints sites)
    {
        var body = method.Body;
        var il = body.GetILProcessor();
        int rewritten = 0;
        foreach (var instruction in body.Instructions.ToList())
        {
            if (instruction.Operand is not FieldReference field || !IsAccess(instruction.OpCode.Code) || !IsShared(field, method))
            {
                continue;
            }

            var code = Hook(body, il, instruction.OpCode.Code, field, sites.At(instruction));
            if (code is not null)
            {
                IlEdit.InsertBefore(il, instruction, code);
                rewritten++;
            }
        }

        return rewritten;
    }

    private List<Instruction>? Hook(MethodBody body, ILProcessor il, Code code, FieldReference field, string site)
    {
        var name = il.Create(OpCodes.Ldstr, DisplayName(field.Resolve()));
        var where = il.Create(OpCodes.Ldstr, site);
        switch (code)
        {
            case Code.Ldfld:
                return [il.Create(OpCodes.Dup), name, where, il.Create(OpCodes.Call, onRead)];
            case Code.Ldsfld:
                return [il.Create(OpCodes.Ldnull), name, where, il.Create(OpCodes.Call, onRead)];
            case Code.Stsfld:
                return [il.Create(OpCodes.Ldnull), name, where, il.Create(OpCodes.Call, onWrite)];
            default:
                // The owner sits below the value: park the value in a local, report, put it back.
                if (field.FieldType.ContainsGenericParameter && field.DeclaringType is GenericInstanceType)
                {
                    return null;
                }

                var value = new VariableDefinition(module.ImportReference(field.FieldType));
                body.Variables.Add(value);
                return [il.Create(OpCodes.Stloc, value), il.Create(OpCodes.Dup), name, where, il.Create(OpCodes.Call, onWrite), il.Create(OpCodes.Ldloc, value)];
        }
    }

    private static bool IsAccess(Code code) => code is Code.Ldfld or Code.Stfld or Code.Ldsfld or Code.Stsfld;

    private bool IsShared(FieldReference reference, MethodDefinition method)
    {
        // Only this module's fields are hooked: no need to load (or find) the assembly another field lives in.
        if (reference.DeclaringType.GetElementType().Scope != module)
        {
            return false;
        }

        var field = reference.Resolve();
        if (field is null || field.Module != module || field.IsInitOnly || field.IsLiteral)
        {
            return false;
        }

        var owner = field.DeclaringType;
        if (owner.IsValueType || (owner.Name.StartsWith('<') && !IsClosure(owner)) || IsCompilerPlumbing(field))
        {
            return false;
        }

        // An object under construction is not shared yet; a static field is set up once by the type initializer.
        return !(method.IsConstructor && method.DeclaringType == owner);
    }

    private static bool IsClosure(TypeDefinition type) => type.Name.StartsWith("<>c__DisplayClass", StringComparison.Ordinal);

    // "<>c__DisplayClass0_0.counter" means nothing to a reader; the captured variable belongs to the outer type.
    private static string DisplayName(FieldDefinition field)
    {
        var owner = field.DeclaringType;
        while (owner.DeclaringType is not null && owner.Name.StartsWith('<'))
        {
            owner = owner.DeclaringType;
        }

        int backtick = owner.Name.IndexOf('`', StringComparison.Ordinal);
        string type = backtick < 0 ? owner.Name : owner.Name[..backtick];
        string name = field.Name.StartsWith('<') && field.Name.Contains(">k__BackingField", StringComparison.Ordinal)
            ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)]
            : field.Name;
        return type + "." + name;
    }

    private static bool IsCompilerPlumbing(FieldDefinition field) =>
        field.Name.StartsWith("CS$<>", StringComparison.Ordinal)
        || field.Name.StartsWith("<>", StringComparison.Ordinal)
        || (field.FieldType is RequiredModifierType modified && modified.ModifierType.FullName == "System.Runtime.CompilerServices.IsVolatile");
}
