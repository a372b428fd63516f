namespace PeerGraph.Core.Seed;

/// <summary>
/// Thrown after the last study of a seed read while it is loaded (<see cref="CheckedSeed.ReadStudies"/>) when any
/// study broke a rule: every problem of the seed, so that the loader's transaction rolls back and the caller reports
/// them as <c>seed validate</c> would.
/// </summary>
public sealed class InvalidSeedException(IReadOnlyList<SeedProblem> problems)
    : Exception($"invalid seed: {problems.Count} problem(s), the first: {problems.FirstOrDefault()}")
{
    public IReadOnlyList<SeedProblem> Problems { get; } = problems;
}
