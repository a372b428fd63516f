using PeerGraph.Core.Generation;
using PeerGraph.Core.Seed;

namespace PeerGraph.StoreContract;

/// <summary>The seeds the suite runs on: the curated one and generated ones built on its taxonomy.</summary>
public static class Seeds
{
    private static readonly Lazy<SeedGraph> CuratedSeed = new(() =>
    {
        var result = SeedReader.ReadAsync(RepoPaths.Seed).GetAwaiter().GetResult();
        return result.Graph ?? throw new InvalidOperationException("the curated seed is invalid:\n" + string.Join("\n", result.Problems));
    });

    public static SeedGraph Curated => CuratedSeed.Value;

    public static SeedGraph Generated(int studies, int seed = 7) => new SyntheticSeedGenerator(Curated).Generate(studies, seed);
}
