namespace Harness.Cli;

/// <summary>Process exit codes, so CI can tell a found regression from a mistyped command.</summary>
internal static class ExitCodes
{
    internal const int Success = 0;
    internal const int Failure = 1;
    internal const int Usage = 2;
}
