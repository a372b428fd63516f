namespace PeerGraph.Core.Seed;

/// <summary>
/// The outcome of reading a seed: when every rule holds, the checked seed (<see cref="Seed"/>) and, when it was read
/// into memory, the graph; otherwise every problem found.
/// </summary>
public sealed record SeedReadResult(SeedGraph? Graph, IReadOnlyList<SeedProblem> Problems)
{
    /// <summary>Checks that could not run (evidence with no source document to check it against), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The seed that passed every rule, its studies read again as they are loaded; null when any rule fails.</summary>
    public CheckedSeed? Seed { get; init; }

    public bool IsValid => (Graph is not null || Seed is not null) && Problems.Count == 0;

    public static SeedReadResult Failed(IReadOnlyList<SeedProblem> problems) => new(null, problems);
}
