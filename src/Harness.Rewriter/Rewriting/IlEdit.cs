using Mono.Cecil.Cil;

namespace Harness.Rewriter.Rewriting;

/// <summary>Inserting code before an instruction without breaking branches, handlers or sequence points into it.</summary>
internal static class IlEdit
{
    /// <summary>
    /// Inserts <paramref name="code"/> before <paramref name="anchor"/> (or before its prefix, such as
    /// <c>volatile.</c> or <c>constrained.</c>). The anchor object itself takes the first new opcode, so every
    /// branch, exception handler boundary and sequence point that pointed at it now points at the inserted code;
    /// the original instruction moves to a new object, which is returned.
    /// </summary>
    internal static Instruction InsertBefore(ILProcessor il, Instruction anchor, IReadOnlyList<Instruction> code)
    {
        var start = PrefixOf(anchor) ?? anchor;
        if (code.Count == 0)
        {
            return anchor;
        }

        var moved = Move(il, start, code);
        return ReferenceEquals(start, anchor) ? moved : anchor;
    }

    private static Instruction Move(ILProcessor il, Instruction start, IReadOnlyList<Instruction> code)
    {
        var moved = il.Create(OpCodes.Nop);
        moved.OpCode = start.OpCode;
        moved.Operand = start.Operand;
        start.OpCode = code[0].OpCode;
        start.Operand = code[0].Operand;
        var last = start;
        for (int i = 1; i < code.Count; i++)
        {
            il.InsertAfter(last, code[i]);
            last = code[i];
        }

        il.InsertAfter(last, moved);
        return moved;
    }

    private static Instruction? PrefixOf(Instruction instruction)
    {
        var previous = instruction.Previous;
        return previous is not null && previous.OpCode.OpCodeType == OpCodeType.Prefix ? previous : null;
    }
}
