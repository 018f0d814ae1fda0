namespace Harness.Coyote;

internal static class Placeholder
{
}
