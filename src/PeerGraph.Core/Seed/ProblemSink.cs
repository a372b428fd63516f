namespace PeerGraph.Core.Seed;

/// <summary>Collects problems of one file, so that every problem is reported at once.</summary>
internal sealed class ProblemSink(string file, List<SeedProblem> problems)
{
    public string File { get; } = file;

    public void Add(string jsonPath, string message) => problems.Add(new SeedProblem(File, jsonPath, message));
}
