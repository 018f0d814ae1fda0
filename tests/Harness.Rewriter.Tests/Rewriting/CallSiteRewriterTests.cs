using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Tests.Rewriting;

public sealed partial class CallSiteRewriterTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    private static readonly string[] Redirected =
    [
        "System.Threading.Tasks.Task::Run", "System.Threading.Tasks.Task::Delay", "System.Threading.Tasks.Task::WhenAll",
        "System.Threading.Tasks.Task::WhenAny", "::ConfigureAwait", "::WaitAsync", "System.Threading.Tasks.TaskFactory::StartNew",
        "System.Threading.CancellationTokenSource::.ctor", "System.Threading.PeriodicTimer::.ctor",
    ];

    [Fact]
    public void No_call_to_a_redirected_BCL_method_is_left_in_any_method_lambda_or_state_machine()
    {
        var left = fixture.Calls("CallShapes")
            .Select(call => ((MethodReference)call.Call.Operand).FullName)
            .Where(name => !name.Contains("Harness.Interception", StringComparison.Ordinal))
            .Where(name => Redirected.Any(redirected => name.Contains(redirected, StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(left);
        Assert.True(fixture.Result.CallSites >= 20, $"{fixture.Result.CallSites} call sites");
    }

    [Theory]
    [InlineData("GenericRunOfValue", "Harness.Interception.TaskCalls::Run<System.Int32>(System.Func`1<!!0>,System.String)")]
    [InlineData("StartNewOfValue", "Harness.Interception.TaskFactoryCalls::StartNew<System.Int32>(System.Threading.Tasks.TaskFactory,System.Func`1<!!0>,System.String)")]
    [InlineData("RunWithToken", "Harness.Interception.TaskCalls::Run(System.Action,System.Threading.CancellationToken,System.String)")]
    [InlineData("MethodGroupOfTask", "Harness.Interception.TaskCalls::Run(System.Func`1<System.Threading.Tasks.Task>,System.String)")]
    [InlineData("MethodGroupOfValue", "Harness.Interception.TaskCalls::Run<System.Int32>(System.Func`1<!!0>,System.String)")]
    [InlineData("BothOfTwo", "Harness.Interception.TaskCalls::WhenAll(System.ReadOnlySpan`1<System.Threading.Tasks.Task>,System.String)")]
    [InlineData("EitherOfTwo", "Harness.Interception.TaskCalls::WhenAny(System.Threading.Tasks.Task,System.Threading.Tasks.Task,System.String)")]
    [InlineData("FirstOfThree", "Harness.Interception.TaskCalls::WhenAny(System.ReadOnlySpan`1<System.Threading.Tasks.Task>,System.String)")]
    [InlineData("WithTimeout", "Harness.Interception.TaskCalls::WaitAsync<System.Int32>(System.Threading.Tasks.Task`1<!!0>,System.TimeSpan,System.String)")]
    [InlineData("TimeoutSource", "Harness.Interception.CancellationTokenSourceCalls::Create(System.Int32,System.String)")]
    [InlineData("PlainSource", "Harness.Interception.CancellationTokenSourceCalls::Create(System.String)")]
    [InlineData("Ticker", "Harness.Interception.PeriodicTimerCalls::Create(System.TimeSpan,System.String)")]
    [InlineData("EnterWithin", "Harness.Interception.SemaphoreSlimCalls::WaitAsync(System.Threading.SemaphoreSlim,System.Int32,System.String)")]
    public void Each_call_shape_goes_to_its_harness_target(string method, string target)
    {
        var calls = fixture.Calls("CallShapes").Where(call => call.Method.Name == method).Select(call => Shape(call.Call)).ToList();

        Assert.Contains(target, calls);
    }

    [Fact]
    public void Calls_inside_an_async_state_machine_are_redirected_with_generic_and_struct_receivers()
    {
        var calls = fixture.Calls("CallShapes")
            .Where(call => call.Method.DeclaringType.Name.StartsWith("<AsyncWithDelayAndConfigureAwait>", StringComparison.Ordinal))
            .Select(call => Shape(call.Call))
            .ToList();

        Assert.Contains("Harness.Interception.TaskCalls::Delay(System.Int32,System.String)", calls);
        Assert.Contains("Harness.Interception.TaskCalls::ConfigureAwait(System.Threading.Tasks.Task,System.Boolean,System.String)", calls);
        Assert.Contains("Harness.Interception.TaskCalls::ConfigureAwait<System.Int32>(System.Threading.Tasks.Task`1<!!0>,System.Boolean,System.String)", calls);
        Assert.Contains("Harness.Interception.ValueTaskCalls::ConfigureAwait(System.Threading.Tasks.ValueTask&,System.Boolean,System.String)", calls);
    }

    [Fact]
    public void Calls_inside_lambdas_are_redirected()
    {
        var calls = fixture.Calls("SharedState")
            .Where(call => call.Method.Name == "MoveNext")
            .Select(call => Shape(call.Call))
            .ToList();

        Assert.Contains("Harness.Interception.TaskCalls::Run<System.Int32>(System.Func`1<!!0>,System.String)", calls);
    }

    [Fact]
    public void Every_redirected_call_pushes_its_file_and_line_just_before_it()
    {
        var redirected = fixture.Calls("CallShapes").Where(call => Shape(call.Call).StartsWith("Harness.Interception.", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(redirected);
        Assert.All(redirected, call =>
        {
            Assert.Equal(Code.Ldstr, call.Call.Previous.OpCode.Code);
            Assert.Matches(Site(), (string)call.Call.Previous.Operand);
        });
        Assert.Contains(redirected, call => (string)call.Call.Previous.Operand == "CallShapes.cs:6");
    }

    [Fact]
    public void A_BCL_method_group_made_into_a_delegate_points_at_a_thunk_that_passes_the_site()
    {
        var ldftn = fixture.Module.GetType("Fixture.CallShapes").Methods.Single(m => m.Name == "DelayAsMethodGroup")
            .Body.Instructions.Single(i => i.OpCode.Code == Code.Ldftn);

        var thunk = ((MethodReference)ldftn.Operand).Resolve();
        var call = thunk.Body.Instructions.Single(i => i.OpCode.Code == Code.Call);

        Assert.Equal("Fixture.CallShapes", thunk.DeclaringType.FullName);
        Assert.Equal("Harness.Interception.TaskCalls::Delay(System.Int32,System.String)", Shape(call));
        Assert.Matches(Site(), (string)call.Previous.Operand);
    }

    // The generic method's own definition with the call's generic arguments: comparable across modules.
    private static string Shape(Instruction call)
    {
        var method = (MethodReference)call.Operand;
        var element = method.GetElementMethod();
        string arguments = method is GenericInstanceMethod generic ? "<" + string.Join(",", generic.GenericArguments.Select(a => a.FullName)) + ">" : "";
        return element.DeclaringType.FullName + "::" + element.Name + arguments + "(" + string.Join(",", element.Parameters.Select(p => p.ParameterType.FullName)) + ")";
    }

    [GeneratedRegex(@"^[A-Za-z]+\.cs:\d+$")]
    private static partial Regex Site();
}
