namespace PeerGraph.Core.Seed;

/// <summary>One broken rule: the file, the JSON path inside it and what was expected.</summary>
public sealed record SeedProblem(string File, string JsonPath, string Message)
{
    public override string ToString() => $"{File}: {JsonPath}: {Message}";
}
