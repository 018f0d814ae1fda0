using Harness;

namespace Harness.Benchmarks.HardBugs;

/// <summary>
/// A Treiber stack over a fixed pool of nodes, with the classic ABA bug: a pop reads the head and its next, and
/// its compare-and-swap succeeds when the head is the same node again, even if that node was popped and pushed
/// back in between and its old next is now in someone's hands. Each shared read or CAS is one scheduling point
/// (an await). Three workers pop a node, use it, and push it back, several times; the bug needs one worker
/// preempted between reading next and its CAS while the others pop two nodes and push the first one back.
/// </summary>
internal static class AbaStackBody
{
    private const int Workers = 3;
    private const int Rounds = 4;

    public static Task RunAsync()
    {
        var stack = new TreiberStack(nodes: 3);

        async Task WorkAsync()
        {
            for (int round = 0; round < Rounds; round++)
            {
                var node = await stack.PopAsync();
                if (node is null)
                {
                    await Task.Yield();
                    continue;
                }

                Invariant.Assert(!node.Held, "a node is never popped while another worker holds it");
                node.Held = true;
                await Task.Yield();
                node.Held = false;
                await stack.PushAsync(node);
            }
        }

        var workers = new Task[Workers];
        for (int i = 0; i < Workers; i++)
        {
            workers[i] = Controlled.Run(WorkAsync, "worker");
        }

        return Task.WhenAll(workers);
    }

    private sealed class Node
    {
        internal Node? Next;
        internal bool Held;
    }

    private sealed class TreiberStack
    {
        private Node? head;

        internal TreiberStack(int nodes)
        {
            for (int i = 0; i < nodes; i++)
            {
                head = new Node { Next = head };
            }
        }

        internal async Task<Node?> PopAsync()
        {
            while (true)
            {
                await Task.Yield();
                var top = head;
                if (top is null)
                {
                    return null;
                }

                await Task.Yield();
                var next = top.Next;
                await Task.Yield();
                if (head == top)
                {
                    head = next;
                    return top;
                }
            }
        }

        internal async Task PushAsync(Node node)
        {
            while (true)
            {
                await Task.Yield();
                var top = head;
                node.Next = top;
                await Task.Yield();
                if (head == top)
                {
                    head = node;
                    return;
                }
            }
        }
    }
}
