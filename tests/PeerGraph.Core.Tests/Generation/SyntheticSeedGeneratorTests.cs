using PeerGraph.Core.Generation;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Tests.Generation;

public sealed class SyntheticSeedGeneratorTests
{
    private static async Task<SeedGraph> CuratedSeed()
    {
        var result = await SeedReader.ReadAsync(RepoPaths.Seed, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Graph!;
    }

    [Fact]
    public async Task The_same_count_and_seed_give_the_same_bundle_bytes_and_another_seed_differs()
    {
        var generator = new SyntheticSeedGenerator(await CuratedSeed());

        var first = await BundleBytes(generator.Generate(300, 7));
        var again = await BundleBytes(generator.Generate(300, 7));
        var other = await BundleBytes(generator.Generate(300, 8));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task A_generated_bundle_passes_every_rule_of_the_reader()
    {
        var graph = new SyntheticSeedGenerator(await CuratedSeed()).Generate(2_000, 42);
        using var temp = new TempFile();
        await SeedBundleWriter.WriteFileAsync(graph, temp.Path, TestContext.Current.CancellationToken);

        var read = await SeedReader.ReadAsync(temp.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(read.IsValid, string.Join("\n", read.Problems.Take(10)));
        Assert.Equal(2_000, read.Graph!.Studies.Count);
    }

    [Fact]
    public async Task Every_study_has_3_to_12_findings_and_uses_only_the_template_taxonomy()
    {
        var template = await CuratedSeed();
        var graph = new SyntheticSeedGenerator(template).Generate(5_000, 1);
        var themeIds = template.Themes.Select(t => t.Id).ToHashSet();
        var groupIds = template.Groups.Select(g => g.Id).ToHashSet();

        Assert.All(graph.Studies, s => Assert.InRange(s.Findings.Count, 3, 12));
        var findings = graph.Studies.SelectMany(s => s.Findings).ToList();
        Assert.All(findings, f => Assert.Contains(f.ThemeId, themeIds));
        Assert.All(findings.SelectMany(f => f.PerspectiveIds.Concat(f.AboutIds)), g => Assert.Contains(g, groupIds));
        Assert.Same(template.Themes, graph.Themes);
    }

    [Fact]
    public async Task Themes_and_perspectives_follow_the_template_frequencies()
    {
        var template = await CuratedSeed();
        var graph = new SyntheticSeedGenerator(template).Generate(5_000, 3);
        var templateFindings = template.Studies.SelectMany(s => s.Findings).ToList();
        var generated = graph.Studies.SelectMany(s => s.Findings).ToList();

        // The perspective the curated seed reports most is the one the generator draws most.
        var mostCurated = templateFindings.SelectMany(f => f.PerspectiveIds).CountBy(g => g).MaxBy(p => p.Value).Key;
        var mostGenerated = generated.SelectMany(f => f.PerspectiveIds).CountBy(g => g).MaxBy(p => p.Value).Key;
        Assert.Equal(mostCurated, mostGenerated);
        // Every theme of the taxonomy is reachable.
        Assert.Equal(template.Themes.Count, generated.Select(f => f.ThemeId).Distinct().Count());
    }

    [Fact]
    public async Task Authors_and_journals_are_reused_with_a_heavy_head_and_a_long_tail()
    {
        var graph = new SyntheticSeedGenerator(await CuratedSeed()).Generate(10_000, 5);

        var perAuthor = graph.Studies.SelectMany(s => s.Authors).CountBy(a => a).Select(p => p.Value).OrderDescending().ToList();
        var perJournal = graph.Studies.Where(s => s.Journal is not null).CountBy(s => s.Journal!.Name).Select(p => p.Value).OrderDescending().ToList();

        // Power law: the busiest author writes far more than the median author, and most authors appear once or twice.
        Assert.True(perAuthor[0] >= 50 * perAuthor[perAuthor.Count / 2], $"top {perAuthor[0]}, median {perAuthor[perAuthor.Count / 2]}");
        Assert.True(perAuthor.Count(c => c <= 2) > perAuthor.Count / 2);
        Assert.True(perJournal[0] >= 20 * perJournal[perJournal.Count / 2], $"top {perJournal[0]}, median {perJournal[perJournal.Count / 2]}");
    }

    private static async Task<byte[]> BundleBytes(SeedGraph graph)
    {
        using var stream = new MemoryStream();
        await SeedBundleWriter.WriteAsync(graph, stream, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }
}
