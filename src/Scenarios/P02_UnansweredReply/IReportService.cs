namespace Scenarios.P02_UnansweredReply;

/// <summary>Accepts patient-reported outcome (ePRO) reports and has each one analysed in the background.</summary>
public interface IReportService
{
    /// <summary>Analyses attached to reports so far.</summary>
    IReadOnlyList<string> Analyses { get; }

    /// <summary>Stores the report, starts its AI analysis in the background and answers the app at once.</summary>
    /// <param name="report">The report uploaded by the patient's app.</param>
    /// <returns>What the app is told.</returns>
    Task<string> SubmitAsync(string report);
}
