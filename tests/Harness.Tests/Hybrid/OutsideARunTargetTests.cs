using System.Reflection;
using System.Runtime.CompilerServices;
using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class OutsideARunTargetTests
{
    [Fact]
    public void Monitor_targets_take_and_release_the_real_monitor()
    {
        object gate = new();
        bool taken = false;

        MonitorCalls.Enter(gate, ref taken, "A.cs:1");
        bool held = Monitor.IsEntered(gate);
        MonitorCalls.Pulse(gate, "A.cs:2");
        MonitorCalls.Exit(gate, "A.cs:3");

        Assert.True(taken);
        Assert.True(held);
        Assert.False(Monitor.IsEntered(gate));
        Assert.Throws<SynchronizationLockException>(() => MonitorCalls.Exit(gate, "A.cs:4"));
    }

    [Fact]
    public void Lock_targets_take_and_release_the_real_lock()
    {
        Lock gate = new();

        var scope = LockCalls.EnterScope(gate, "A.cs:1");
        bool held = gate.IsHeldByCurrentThread;
        LockCalls.DisposeScope(ref scope, "A.cs:1");
        bool tried = LockCalls.TryEnter(gate, "A.cs:2");
        LockCalls.Exit(gate, "A.cs:3");

        Assert.True(held);
        Assert.True(tried);
        Assert.False(gate.IsHeldByCurrentThread);
    }

    [Fact]
    public void Blocking_wait_targets_behave_as_the_bcl()
    {
        using var semaphore = new SemaphoreSlim(1);
        using var signal = new ManualResetEventSlim(initialState: true);
        using var countdown = new CountdownEvent(1);
        var awaiter = Task.FromResult(3).GetAwaiter();
        var plain = Task.CompletedTask.GetAwaiter();

        Assert.True(SemaphoreSlimCalls.Wait(semaphore, 0, "A.cs:1"));
        Assert.False(SemaphoreSlimCalls.Wait(semaphore, 0, "A.cs:2"));
        Assert.True(ManualResetEventSlimCalls.Wait(signal, 0, "A.cs:3"));
        Assert.True(CountdownEventCalls.Signal(countdown, "A.cs:4"));
        CountdownEventCalls.Wait(countdown, "A.cs:5");
        Assert.Equal(3, BlockingTaskCalls.Result(Task.FromResult(3), "A.cs:6"));
        Assert.Equal(3, BlockingTaskCalls.GetResult(ref awaiter, "A.cs:7"));
        BlockingTaskCalls.GetResult(ref plain, "A.cs:8");
        Assert.False(BlockingTaskCalls.Wait(new TaskCompletionSource().Task, 0, "A.cs:9"));
        Assert.True(ThreadCalls.Yield("A.cs:10") || true);
        ThreadCalls.Sleep(0, "A.cs:11");
        SharedMemoryCalls.OnWrite(this, "T.f", "A.cs:12");
        Controlled.Interleave();
        Controlled.BeforeRead(this, "T.f");
    }

    [Fact]
    public void The_runtime_fields_the_targets_read_exist_on_this_dotnet()
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;

        Assert.Equal(typeof(Lock), typeof(Lock.Scope).GetField("_lockObj", Instance)?.FieldType);
        Assert.Equal(typeof(Task), typeof(TaskAwaiter).GetField("m_task", Instance)?.FieldType);
        Assert.Equal(typeof(Task<int>), typeof(TaskAwaiter<int>).GetField("m_task", Instance)?.FieldType);
    }
}
