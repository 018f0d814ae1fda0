using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class ScrubberTests
{
    [Theory]
    [InlineData("at /home/u/src/Orders.cs:42", "at Orders.cs:42")]
    [InlineData("in /home/u/src/Orders.cs:line 42", "in Orders.cs:line 42")]
    [InlineData("(spawned at /repo/tests/TransferTests.cs:4)", "(spawned at TransferTests.cs:4)")]
    [InlineData(@"at C:\src\Orders\Orders.cs:42", "at Orders.cs:42")]
    [InlineData(@"at c:/src/Orders.cs:42", "at Orders.cs:42")]
    [InlineData(@"in C:\Users\John Smith\Program Files (x86)\Orders.cs:line 7", "in Orders.cs:line 7")]
    [InlineData(@"at \\build\share\src\Orders.cs:42", "at Orders.cs:42")]
    [InlineData("at /home/John Smith/src/Orders.cs:42", "at Orders.cs:42")]
    [InlineData("'/tmp/a/b.txt', '/tmp/c/d.txt'", "'b.txt', 'd.txt'")]
    public void Absolute_paths_become_the_file_name(string text, string expected)
    {
        Assert.Equal(expected, Scrubber.Scrub(text));
    }

    [Theory]
    [InlineData("blocked on thread 17", "blocked on thread <id>")]
    [InlineData("Thread 4 holds the lock", "thread <id> holds the lock")]
    [InlineData("managed thread id 12 and thread #3", "managed thread <id> and thread <id>")]
    [InlineData("object at 0x7ffe12ab34", "object at <hash>")]
    [InlineData("hash 3f2a9b8c1d0e", "hash <hash>")]
    [InlineData("build 3F2A9B8C", "build <hash>")]
    [InlineData("id 1b4e28ba-2fa1-11d2-883f-0016d3cca427 done", "id <guid> done")]
    [InlineData("{1B4E28BA-2FA1-11D2-883F-0016D3CCA427}", "{<guid>}")]
    public void Thread_ids_addresses_hashes_and_guids_are_replaced(string text, string expected)
    {
        Assert.Equal(expected, Scrubber.Scrub(text));
    }

    [Theory]
    [InlineData("    2  00:00:01.500  debit                     resumes Program.Transfer after await #2 (Program.cs:11)")]
    [InlineData("12345678  100:00:00.000  test  starts")]
    [InlineData("schedule: 0:0 1:2 0:1 12:345 0:4")]
    [InlineData("total is 19, expected 20: an update was lost after 10000000 steps")]
    [InlineData("Program.<>c__DisplayClass0_0.<Main>b__1 (await #3) Program.cs:12")]
    [InlineData("a defaced facade; deadbeef and/or 1/2 of https://example.com/a/b")]
    [InlineData("relative src/Orders.cs:4 and ~/notes/a.txt stay, as does a / b")]
    [InlineData("awaiting Task.WhenAll (2 unfinished)  Program.cs:6")]
    public void Timestamps_steps_choices_numbers_and_words_are_left_alone(string text)
    {
        Assert.Equal(text, Scrubber.Scrub(text));
    }

    [Theory]
    [InlineData("at /home/u/src/Orders.cs:42 on thread 17 object 0x1f 3f2a9b8c 1b4e28ba-2fa1-11d2-883f-0016d3cca427")]
    [InlineData(@"C:\a\b.cs thread id 9")]
    public void Scrubbing_scrubbed_text_changes_nothing(string text)
    {
        string once = Scrubber.Scrub(text);

        Assert.Equal(once, Scrubber.Scrub(once));
    }

    [Fact]
    public void A_real_deadlock_report_and_trace_pass_through_unchanged()
    {
        var found = ConcurrencyTest.Explore(Programs.LockOrdering.OppositeOrder, new ExplorationOptions { Seed = 3 });

        Assert.NotNull(found.Bug);
        Assert.Equal(found.Bug.Details, Scrubber.Scrub(found.Bug.Details));
        Assert.Equal(found.Bug.Summary, Scrubber.Scrub(found.Bug.Summary));
        Assert.Equal(found.Trace, found.Trace.Select(Scrubber.Scrub));
    }
}
