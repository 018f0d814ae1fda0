using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Tests.Rewriting;

public sealed class FieldAccessRewriterTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Fact]
    public void A_counter_captured_by_Task_Run_lambdas_gets_a_read_and_a_write_hook()
    {
        var hooks = Hooks(method => method.DeclaringType.Name.StartsWith("<>c__DisplayClass", StringComparison.Ordinal));

        Assert.Contains(("OnRead", "SharedState.counter"), hooks);
        Assert.Contains(("OnWrite", "SharedState.counter"), hooks);
    }

    [Fact]
    public void Instance_and_static_fields_of_the_assembly_get_hooks_where_they_are_shared()
    {
        var hooks = Hooks(method => method.Name == "Add");

        Assert.Equal([("OnRead", "SharedState.total"), ("OnWrite", "SharedState.total"), ("OnRead", "SharedState.instances"), ("OnWrite", "SharedState.instances")], hooks);
    }

    [Fact]
    public void Readonly_fields_address_taking_loads_constructor_writes_and_state_machine_fields_are_left_alone()
    {
        Assert.Empty(Hooks(method => method.Name == "AddAtomically"));
        Assert.Empty(Hooks(method => method.IsConstructor));
        Assert.All(Hooks(method => method.Name == "MoveNext"), hook => Assert.Equal("SharedState.counter", hook.Field));
        Assert.DoesNotContain(Hooks(_ => true), hook => hook.Field is "SharedState.gate" or "SharedState.stock");
    }

    [Fact]
    public void Volatile_fields_and_the_compilers_closure_links_are_left_alone()
    {
        Assert.Empty(Hooks(method => method.Name == "Stop"));
        Assert.DoesNotContain(Hooks(_ => true), hook => hook.Field.Contains("<>", StringComparison.Ordinal));
        Assert.Contains(("OnRead", "SharedState.amount"), Hooks(method => method.Name.Contains("CapturedInALoop", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dictionary_calls_go_through_the_collection_hooks_and_lock_through_MonitorCalls()
    {
        var restock = Targets("Restock");
        var locked = Targets("AddLocked");

        Assert.Contains("Harness.Interception.DictionaryCalls::TryGetValue", restock);
        Assert.Contains("Harness.Interception.DictionaryCalls::SetItem", restock);
        Assert.Contains("Harness.Interception.MonitorCalls::Enter", locked);
        Assert.Contains("Harness.Interception.MonitorCalls::Exit", locked);
    }

    [Fact]
    public async Task The_rewritten_shared_state_still_computes_the_same_results()
    {
        var assembly = RewrittenFixture.Load(fixture.Rewritten, out var context);
        try
        {
            var type = assembly.GetType("Fixture.SharedState")!;
            object state = Activator.CreateInstance(type)!;
            type.GetMethod("Add")!.Invoke(state, [5]);
            type.GetMethod("AddLocked")!.Invoke(state, [2]);
            type.GetMethod("Restock")!.Invoke(state, ["gauze", 3]);
            int counted = await (Task<int>)type.GetMethod("CapturedCounterAsync")!.Invoke(null, null)!;

            Assert.Equal(7, (int)type.GetProperty("Total")!.GetValue(state)!);
            Assert.Equal(2, counted);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Every_hook_names_a_source_line_even_in_a_lambda_that_sets_up_its_closure()
    {
        var sites = fixture.Calls("SharedState")
            .Where(call => ((MethodReference)call.Call.Operand).DeclaringType.Name == "SharedMemoryCalls")
            .Select(call => (string)call.Call.Previous.Operand)
            .ToList();

        Assert.NotEmpty(sites);
        Assert.All(sites, site => Assert.Matches(@"^SharedState\.cs:\d+$", site));
    }

    private List<(string Hook, string Field)> Hooks(Func<MethodDefinition, bool> where) =>
        fixture.Calls("SharedState")
            .Where(call => where(call.Method))
            .Select(call => (Method: (MethodReference)call.Call.Operand, call.Call))
            .Where(call => call.Method.DeclaringType.Name == "SharedMemoryCalls")
            .Select(call => (call.Method.Name, (string)call.Call.Previous.Previous.Operand))
            .ToList();

    private List<string> Targets(string method) =>
        fixture.Calls("SharedState")
            .Where(call => call.Method.Name == method)
            .Select(call => ((MethodReference)call.Call.Operand).DeclaringType.FullName + "::" + ((MethodReference)call.Call.Operand).Name)
            .ToList();
}
