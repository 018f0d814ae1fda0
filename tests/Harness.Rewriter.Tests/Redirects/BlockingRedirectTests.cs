using Mono.Cecil;

namespace Harness.Rewriter.Tests.Redirects;

public sealed class BlockingRedirectTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Theory]
    [InlineData("WaitBoth", "BlockingTaskCalls::WaitAll")]
    [InlineData("WaitAllWithin", "BlockingTaskCalls::WaitAll")]
    [InlineData("WaitEither", "BlockingTaskCalls::WaitAny")]
    [InlineData("WaitSignal", "WaitHandleCalls::WaitOne")]
    [InlineData("WaitTurn", "WaitHandleCalls::WaitOne")]
    [InlineData("WaitAnySignal", "WaitHandleCalls::WaitAny")]
    [InlineData("WaitAllSignals", "WaitHandleCalls::WaitAll")]
    [InlineData("SpinTwice", "SpinWaitCalls::SpinOnce")]
    [InlineData("SpinFor", "SpinWaitCalls::SpinUntil")]
    [InlineData("Busy", "ThreadCalls::SpinWait")]
    [InlineData("TryLockWithin", "MonitorCalls::TryEnter")]
    [InlineData("TryLockWithin", "LockCalls::TryEnter")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::EnterReadLock")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::ExitReadLock")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::IsReadLockHeld")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::CurrentReadCount")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::EnterUpgradeableReadLock")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::TryEnterWriteLock")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::IsWriteLockHeld")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::ExitWriteLock")]
    [InlineData("ReadThenUpgrade", "ReaderWriterLockSlimCalls::ExitUpgradeableReadLock")]
    [InlineData("WriteWithin", "ReaderWriterLockSlimCalls::TryEnterReadLock")]
    [InlineData("WriteWithin", "ReaderWriterLockSlimCalls::TryEnterUpgradeableReadLock")]
    [InlineData("WriteWithin", "ReaderWriterLockSlimCalls::IsUpgradeableReadLockHeld")]
    [InlineData("WriteWithin", "ReaderWriterLockSlimCalls::EnterWriteLock")]
    [InlineData("MeetTwice", "BarrierCalls::SignalAndWait")]
    [InlineData("MeetTwice", "BarrierCalls::CurrentPhaseNumber")]
    [InlineData("MeetTwice", "BarrierCalls::ParticipantsRemaining")]
    public void Each_blocking_call_goes_to_its_harness_target(string method, string target)
    {
        var calls = fixture.Calls("BlockingShapes")
            .Where(call => call.Method.Name == method)
            .Select(call => (MethodReference)call.Call.Operand)
            .ToList();

        Assert.Contains(calls, call => call.DeclaringType.Name + "::" + call.Name == target);
        string redirected = target[(target.IndexOf(':', StringComparison.Ordinal) + 2)..];
        Assert.DoesNotContain(calls, call => call.DeclaringType.Namespace == "System.Threading.Tasks" || (call.DeclaringType.Namespace == "System.Threading" && call.Name == redirected));
    }

    [Fact]
    public void No_call_on_a_reader_writer_lock_or_a_barrier_is_left_to_the_bcl_but_its_constructor_and_Dispose()
    {
        var left = fixture.Calls("BlockingShapes")
            .Where(call => call.Method.Name is "ReadThenUpgrade" or "WriteWithin" or "MeetTwice")
            .Select(call => (MethodReference)call.Call.Operand)
            .Where(call => call.DeclaringType.FullName is "System.Threading.ReaderWriterLockSlim" || (call.DeclaringType.FullName == "System.Threading.Barrier" && call.Name is not (".ctor" or "Dispose")))
            .Select(call => call.Name);

        Assert.Empty(left);
    }

    [Theory]
    [InlineData("InvokeBoth", "Invoke")]
    [InlineData("InvokeWithOptions", "Invoke")]
    [InlineData("ForEachIndex", "For")]
    [InlineData("ForLongWithOptions", "For")]
    [InlineData("ForEachItem", "ForEach")]
    [InlineData("ForEachItemWithOptions", "ForEach")]
    [InlineData("ForWithBreak", "For")]
    [InlineData("ForEachWithIndexAndStop", "ForEach")]
    [InlineData("ForWithLocals", "For")]
    [InlineData("ForEachWithLocals", "ForEach")]
    [InlineData("ForEachAsyncItems", "ForEachAsync")]
    [InlineData("ForEachAsyncOverAsyncSource", "ForEachAsync")]
    [InlineData("ForAsyncLongWithOptions", "ForAsync")]
    public void Each_parallel_call_without_a_partitioner_goes_to_parallel_calls(string method, string target)
    {
        var calls = ParallelCalls(method);

        Assert.Contains(calls, call => call.DeclaringType.Name == "ParallelCalls" && call.Name == target);
        Assert.DoesNotContain(calls, call => call.DeclaringType.FullName == "System.Threading.Tasks.Parallel");
    }

    [Fact]
    public void A_parallel_loop_over_a_partitioner_goes_to_parallel_calls_which_refuses_it_in_a_run_because_its_chunking_is_not_modelled()
    {
        var calls = ParallelCalls("ForEachOverPartitioner");

        Assert.Contains(calls, call => call.DeclaringType.Name == "ParallelCalls" && call.Name == "ForEach");
        Assert.DoesNotContain(calls, call => call.DeclaringType.FullName == "System.Threading.Tasks.Parallel");
    }

    private List<MethodReference> ParallelCalls(string method) =>
        fixture.Calls("ParallelShapes")
            .Where(call => call.Method.Name == method)
            .Select(call => (MethodReference)call.Call.Operand)
            .ToList();
}
