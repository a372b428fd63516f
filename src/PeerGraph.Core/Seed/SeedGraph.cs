using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>A whole seed, in either form (directory or bundle), once read and validated.</summary>
public sealed record SeedGraph(
    IReadOnlyList<StakeholderGroup> Groups,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Method> Methods,
    IReadOnlyList<StudyRecord> Studies);
