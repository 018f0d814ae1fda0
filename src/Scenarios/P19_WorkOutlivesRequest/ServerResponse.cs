using System.Text;
using Harness;

namespace Scenarios.P19_WorkOutlivesRequest;

/// <summary>
/// The response of one request, as the web host hands it to a handler. Once the host has completed it, the
/// bytes are on the wire (and ASP.NET Core recycles the context for the next request): writing to it then is
/// the bug this scenario looks for, so the stand-in asserts it never happens.
/// </summary>
public sealed class ServerResponse
{
    private readonly StringBuilder body = new();

    /// <summary>True once the host ended the response.</summary>
    public bool HasCompleted { get; private set; }

    /// <summary>What was written, in order.</summary>
    public string Body => body.ToString();

    /// <summary>Writes text to the response body.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A task that completes when the text is sent.</returns>
    public async Task WriteAsync(string text)
    {
        Invariant.Assert(!HasCompleted, "nothing is written to a response after it completed, yet the finished response got: " + text.TrimEnd());
        await Controlled.Yield();
        body.Append(text);
    }

    /// <summary>Called by the host when the handler returned: the response is flushed and finished.</summary>
    public void Complete() => HasCompleted = true;
}
