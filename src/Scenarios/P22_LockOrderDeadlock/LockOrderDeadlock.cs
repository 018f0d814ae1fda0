using Harness;

namespace Scenarios.P22_LockOrderDeadlock;

/// <summary>
/// P22: at the same moment a patient moves from cardiology to the ICU and another from the ICU to cardiology.
/// The buggy desk locks the leaving ward first, so the two transfers can lock one ward each and wait forever.
/// </summary>
public static class LockOrderDeadlock
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P22",
        "lock-ordering deadlock",
        BugKind.Deadlock,
        () => TwoTransfersCross(register => new BedTransfers(register)),
        () => TwoTransfersCross(register => new OrderedBedTransfers(register)));

    private static async Task TwoTransfersCross(Func<BedRegister, IBedTransfers> open)
    {
        var register = new BedRegister(new() { ["patient 7"] = "cardiology", ["patient 9"] = "icu" });
        var desk = open(register);
        using var cardiology = new Ward("cardiology", freeBeds: 2);
        using var icu = new Ward("icu", freeBeds: 1);

        await Task.WhenAll(
            Controlled.Run(() => desk.TransferAsync("patient 7", cardiology, icu), "to icu"),
            Controlled.Run(() => desk.TransferAsync("patient 9", icu, cardiology), "to cardiology"));

        Invariant.Assert(await register.FindWardAsync("patient 7") == "icu", "patient 7 is recorded in the icu");
        Invariant.Assert(await register.FindWardAsync("patient 9") == "cardiology", "patient 9 is recorded in cardiology");
        Invariant.Assert(cardiology.FreeBeds == 2 && icu.FreeBeds == 1, "a swap leaves every ward's free beds unchanged");
    }
}
