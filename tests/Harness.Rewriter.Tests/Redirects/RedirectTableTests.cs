using Harness.Interception;
using Harness.Rewriter.Redirects;
using Mono.Cecil;

namespace Harness.Rewriter.Tests.Redirects;

public sealed class RedirectTableTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    // Targets of the hybrid mode, written on another branch: their rows wait for them.
    private static readonly string[] Pending = ["LockCalls", "ThreadCalls", "BlockingTaskCalls"];

    [Fact]
    public void Every_row_names_a_target_class_the_harness_has_or_one_still_pending()
    {
        var present = typeof(TaskCalls).Assembly.GetExportedTypes().Where(t => t.Namespace == Redirect.TargetNamespace).Select(t => t.Name).ToHashSet();

        var unknown = RedirectTable.Rows.Select(row => row.TargetType).Distinct().Where(type => !present.Contains(type) && !Pending.Contains(type));

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_public_target_method_is_reached_by_a_row()
    {
        var reached = RedirectTable.Rows.Select(row => row.TargetType + "." + row.TargetName).ToHashSet();
        string[] hooks = [nameof(SharedMemoryCalls), nameof(RewrittenAssemblies), nameof(LoopCalls)];

        var unreached = typeof(TaskCalls).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == Redirect.TargetNamespace && type.IsAbstract && type.IsSealed && !hooks.Contains(type.Name))
            .SelectMany(type => type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Select(method => type.Name + "." + method.Name))
            .Where(target => !reached.Contains(target));

        Assert.Empty(unreached);
    }

    [Fact]
    public void A_lock_statement_on_a_Lock_goes_to_the_scope_targets()
    {
        var calls = fixture.Calls("SharedState")
            .Where(call => call.Method.Name == "AddLatched")
            .Select(call => ((MethodReference)call.Call.Operand).DeclaringType.FullName + "::" + ((MethodReference)call.Call.Operand).Name)
            .ToList();

        Assert.Contains("Harness.Interception.LockCalls::EnterScope", calls);
        Assert.Contains("Harness.Interception.LockCalls::DisposeScope", calls);
        Assert.DoesNotContain(calls, call => call.StartsWith("System.Threading.Lock", StringComparison.Ordinal));
    }

    [Fact]
    public void GetResult_is_redirected_where_user_code_blocks_and_left_alone_in_an_await()
    {
        string[] Targets(Func<MethodDefinition, bool> where) => [.. fixture.Calls("CallShapes")
            .Where(call => where(call.Method))
            .Select(call => ((MethodReference)call.Call.Operand).DeclaringType.Name + "::" + ((MethodReference)call.Call.Operand).Name)];

        var blocking = Targets(method => method.Name == "BlockOn");
        var awaiting = Targets(method => method.DeclaringType.Name.StartsWith("<AwaitPlainly>", StringComparison.Ordinal));

        Assert.Contains("BlockingTaskCalls::GetResult", blocking);
        Assert.Contains("TaskAwaiter`1::GetResult", awaiting);
        Assert.DoesNotContain("BlockingTaskCalls::GetResult", awaiting);
    }
}
