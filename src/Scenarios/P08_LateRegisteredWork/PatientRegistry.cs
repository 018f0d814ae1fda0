using Harness;

namespace Scenarios.P08_LateRegisteredWork;

/// <summary>Which patients each investigator site has enrolled.</summary>
public sealed class PatientRegistry
{
    private readonly Dictionary<string, string[]> patientsBySite = new(StringComparer.Ordinal)
    {
        ["lyon"] = ["LYO-001", "LYO-002"],
        ["turin"] = ["TUR-001", "TUR-002"],
    };

    /// <summary>Every patient enrolled anywhere.</summary>
    public int PatientCount => patientsBySite.Values.Sum(patients => patients.Length);

    /// <summary>The sites of the study.</summary>
    public IReadOnlyList<string> Sites => [.. patientsBySite.Keys];

    /// <summary>Lists one site's patients.</summary>
    /// <param name="site">The investigator site.</param>
    /// <returns>The patients' ids.</returns>
    public async Task<IReadOnlyList<string>> ListPatientsAsync(string site)
    {
        // Stands in for the registry query: other exports run meanwhile.
        await Controlled.Yield();
        return patientsBySite[site];
    }
}
