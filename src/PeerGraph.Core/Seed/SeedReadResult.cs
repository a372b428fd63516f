namespace PeerGraph.Core.Seed;

/// <summary>The outcome of reading a seed: the graph when every rule holds, otherwise every problem found.</summary>
public sealed record SeedReadResult(SeedGraph? Graph, IReadOnlyList<SeedProblem> Problems)
{
    /// <summary>Checks that could not run (evidence with no source document to check it against), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool IsValid => Graph is not null && Problems.Count == 0;

    public static SeedReadResult Failed(IReadOnlyList<SeedProblem> problems) => new(null, problems);
}
