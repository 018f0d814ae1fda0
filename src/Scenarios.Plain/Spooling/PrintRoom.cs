namespace Scenarios.Plain.Spooling;

/// <summary>Two request handlers submit a job each while the printer thread prints two jobs.</summary>
public static class PrintRoom
{
    /// <summary>Runs the printer and both handlers on thread-pool tasks, as a service would.</summary>
    /// <param name="spooler">The spooler under test.</param>
    /// <returns>The jobs printed, in order.</returns>
    public static async Task<IReadOnlyList<string>> PrintTwoJobsAsync(ISpooler spooler)
    {
        ArgumentNullException.ThrowIfNull(spooler);
        var printer = Task.Run(() => new[] { spooler.Take(), spooler.Take() });
        await Task.WhenAll(Task.Run(() => spooler.Submit("invoice")), Task.Run(() => spooler.Submit("receipt")));
        return await printer;
    }
}
