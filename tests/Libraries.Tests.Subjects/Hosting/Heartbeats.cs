using Microsoft.Extensions.Hosting;

namespace Libraries.Subjects.Hosting;

/// <summary>A hosted service that beats every second until it is stopped; <paramref name="honourStop"/> false ignores its stopping token.</summary>
public sealed class Heartbeats(bool honourStop) : BackgroundService
{
    public int Beats { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (Beats < 60)
            {
                await Task.Delay(1000, honourStop ? stoppingToken : CancellationToken.None);
                Beats++;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped: the host asked for it.
        }
    }
}

/// <summary>What a host does with a hosted service: start it, let it run, stop it with a deadline.</summary>
public static class ServiceHost
{
    /// <summary>Starts the service, waits <paramref name="runFor"/>, stops it with <paramref name="stopDeadline"/>; true when it had finished by then.</summary>
    public static async Task<bool> RunAsync(BackgroundService service, TimeSpan runFor, TimeSpan stopDeadline)
    {
        await service.StartAsync(CancellationToken.None);
        await Task.Delay(runFor);
        using var deadline = new CancellationTokenSource(stopDeadline);
        await service.StopAsync(deadline.Token);
        return service.ExecuteTask?.IsCompleted ?? true;
    }
}
