using System.Diagnostics;
using System.Globalization;
using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

public sealed class EscapeSiteTests
{
    [Fact]
    public void The_first_user_frame_skips_framework_frames()
    {
        var site = Sites.NextLine();
        var error = Record.Exception(() => int.Parse("not a number", CultureInfo.InvariantCulture));

        Assert.IsType<FormatException>(error);
        Assert.Equal(site, EscapeSite.FirstUserFrame(new StackTrace(error, true))?.ToString());
    }

    [Fact]
    public async Task The_first_user_frame_of_an_async_method_is_a_line_of_that_method()
    {
        var location = await CaptureAfterAwait();

        Assert.NotNull(location);
        Assert.Equal(nameof(EscapeSiteTests) + ".cs", location.FileName);
    }

    [Fact]
    public void Without_file_information_there_is_no_site()
    {
        Assert.Null(EscapeSite.FirstUserFrame(new StackTrace(false)));
    }

    [Fact]
    public void A_trace_without_user_frames_has_no_site()
    {
        Assert.Null(EscapeSite.FirstUserFrame(new StackTrace(10_000, true)));
    }

    [Theory]
    [InlineData(typeof(Task), true)]
    [InlineData(typeof(Microsoft.Win32.SafeHandles.SafeFileHandle), true)]
    [InlineData(typeof(EscapeListener), false)]
    [InlineData(typeof(EscapeSiteTests), false)]
    public void Framework_types_are_System_and_Microsoft_namespaces(Type type, bool isFramework)
    {
        Assert.Equal(isFramework, EscapeSite.IsFramework(type));
    }

    [Fact]
    public void Harness_types_are_not_user_code_but_its_tests_are()
    {
        Assert.False(EscapeSite.IsUserType(typeof(EscapeListener)));
        Assert.True(EscapeSite.IsUserType(typeof(EscapeSiteTests)));
    }

    [Fact]
    public void An_assertion_library_frame_is_skipped_for_the_line_that_called_it()
    {
        var site = Sites.NextLine();
        var error = Record.Exception(() => Assert.Equal(1, 2));

        Assert.Equal(site, EscapeSite.FirstUserFrame(new StackTrace(error, true))?.ToString());
    }

    [Fact]
    public void An_explored_assertion_failure_names_the_users_line_and_keeps_the_message()
    {
        string site = "";
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            site = Sites.NextLine();
            Assert.True(Environment.ProcessorCount < 0, "the user's message");
        });

        Assert.Equal(BugKind.AssertionFailure, result.Bug!.Kind);
        Assert.Equal($"in 'test' an assertion failed at {site}: the user's message", result.Bug.Summary);
    }

    private static async Task<SourceLocation?> CaptureAfterAwait()
    {
        await Task.Yield();
        return EscapeSite.FirstUserFrame(new StackTrace(true));
    }
}
