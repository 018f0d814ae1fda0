using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Rewriting;

/// <summary>
/// Calls <c>LoopCalls.BackEdge()</c> before every branch to an earlier instruction (the back-edge of every loop,
/// whatever the compiler made of it: while, for, goto, a switch jumping back), so a thread the watchdog abandoned
/// stops at its loop's next turn even when the loop reaches no scheduling point. The call takes and leaves nothing on
/// the stack, so it fits before conditional branches too; branches into the old branch now enter the call first.
/// </summary>
internal static class BackEdgeRewriter
{
    internal static int Rewrite(MethodDefinition method, MethodReference check)
    {
        var body = method.Body;
        var position = new Dictionary<Instruction, int>(body.Instructions.Count);
        for (int i = 0; i < body.Instructions.Count; i++)
        {
            position[body.Instructions[i]] = i;
        }

        // Collected first: each insertion shifts the positions after it.
        var backEdges = body.Instructions.Where(instruction => Targets(instruction).Any(target => position[target] <= position[instruction])).ToList();
        var il = body.GetILProcessor();
        foreach (var branch in backEdges)
        {
            IlEdit.InsertBefore(il, branch, [il.Create(OpCodes.Call, check)]);
        }

        return backEdges.Count;
    }

    private static IEnumerable<Instruction> Targets(Instruction instruction) => instruction.Operand switch
    {
        Instruction target => [target],
        Instruction[] targets => targets,
        _ => [],
    };
}
