namespace Harness.Races;

/// <summary>One recorded access to a shared location: who, in which step, where.</summary>
internal readonly record struct Access(int Operation, string OperationName, int Step, string Site, bool IsWrite)
{
    internal string Verb => IsWrite ? "wrote" : "read";
}

/// <summary>A shared location: a field of one object (or a static field), or one collection.</summary>
internal readonly record struct Location(object? Owner, string Field)
{
    public bool Equals(Location other) => ReferenceEquals(Owner, other.Owner) && Field == other.Field;

    public override int GetHashCode() =>
        HashCode.Combine(Owner is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Owner), Field);
}

/// <summary>What the detector remembers per location: the last write and the reads since, one per operation (FastTrack's shape).</summary>
internal sealed class AccessHistory
{
    internal Access? LastWrite { get; set; }

    internal List<Access> Reads { get; } = [];
}

/// <summary>Two conflicting accesses that nothing orders.</summary>
internal sealed record DataRace(string Field, Access First, Access Second);
