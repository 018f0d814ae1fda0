using System.Globalization;

namespace Harness.Strategies;

/// <summary>
/// One recorded scheduling decision: the index chosen in the ready list and the flow id found there. The flow id
/// lets a replay notice at once when the program no longer matches the recording.
/// </summary>
internal readonly record struct Choice(int Index, int Flow)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}:{Flow}");

    internal static bool TryParse(string text, out Choice choice)
    {
        choice = default;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0
            || !int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int flow))
        {
            return false;
        }

        choice = new Choice(index, flow);
        return true;
    }
}
