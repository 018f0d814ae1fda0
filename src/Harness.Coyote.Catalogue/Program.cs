using System.Globalization;
using Harness.Coyote.Catalogue;
using Scenarios;
using Scenarios.Synchronous;

// The catalogue under Coyote (docs/comparison.md): dotnet run -c Release --project src/Harness.Coyote.Catalogue [-- --iterations N]
int iterations = 100;
if (args is ["--iterations", var count] && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed > 0)
{
    iterations = parsed;
}
else if (args.Length > 0)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project src/Harness.Coyote.Catalogue [-- --iterations N]   (N > 0, default 100)");
    return 2;
}

return new CoyoteCatalogue([.. Catalogue.All, .. SynchronousCatalogue.All], iterations, Console.Out).Run();
