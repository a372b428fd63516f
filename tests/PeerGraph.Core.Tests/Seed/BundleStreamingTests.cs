using System.Text.Json.Nodes;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Tests.Seed;

/// <summary>
/// A bundle is read as a stream (BundleFileReader): checked in one pass, opened to load with its studies checked as
/// they are read, and the same problems, paths and messages as when the file was parsed whole.
/// </summary>
public sealed class BundleStreamingTests : IDisposable
{
    private readonly TempSeed _seed = new();

    public void Dispose() => _seed.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_and_open_agree_with_a_whole_read_on_a_valid_bundle()
    {
        var bundle = _seed.WriteBundle();

        var read = await SeedReader.ReadAsync(bundle, cancellationToken: Ct);
        var check = await SeedReader.CheckAsync(bundle, cancellationToken: Ct);
        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);

        Assert.True(read.IsValid && check.IsValid && open.IsValid);
        Assert.Null(check.Graph);
        Assert.Equal(2, check.Seed!.StudyCount);
        Assert.Equal(2, open.Seed!.StudyCount);
        Assert.Equal(2, check.Seed.FindingCount);
        Assert.Null(open.Seed.FindingCount);
        Assert.Equal(read.Graph!.Studies.Select(s => s.Id), open.Seed.ReadStudies().Select(s => s.Id));
        Assert.Equal(read.Graph.Studies.Select(s => s.Findings.Count), check.Seed.ReadStudies().Select(s => s.Findings.Count));
        Assert.Equal(["evidence not checked for 2 studies: no folder of source documents (a seed directory's sources/, or PeerGraph:Seed:SourcesDir)"], open.Seed.Warnings);
    }

    [Fact]
    public async Task Sections_may_come_in_any_order()
    {
        var bundle = Path.Combine(_seed.Directory, "reordered.json");
        var studies = new JsonArray(_seed.Studies.Values.Select(s => (JsonNode)s.DeepClone()).ToArray());
        File.WriteAllText(bundle, new JsonObject
        {
            ["studies"] = studies,
            ["methods"] = _seed.Methods.DeepClone(),
            ["themes"] = _seed.Themes.DeepClone(),
            ["groups"] = _seed.Groups.DeepClone(),
        }.ToJsonString());

        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);

        Assert.True(open.IsValid, string.Join("; ", open.Problems));
        Assert.Equal(["alpha-2020", "beta-2021"], open.Seed!.ReadStudies().Select(s => s.Id));
    }

    [Fact]
    public async Task An_opened_bundle_names_every_problem_of_its_studies_after_the_last_and_hands_out_only_valid_ones()
    {
        _seed.Studies["alpha-2020"]["findings"]![0]!["theme"] = "role-clarty";
        _seed.Studies["gamma-2022"] = TempSeed.Study("gamma-2022", "10.1234/beta");
        var bundle = _seed.WriteBundle();

        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);
        var handedOut = new List<string>();
        var failure = Assert.Throws<InvalidSeedException>(() =>
        {
            foreach (var study in open.Seed!.ReadStudies())
            {
                handedOut.Add(study.Id);
            }
        });
        var check = await SeedReader.CheckAsync(bundle, cancellationToken: Ct);

        Assert.True(open.IsValid);
        Assert.Equal(["beta-2021"], handedOut);
        Assert.Equal(
            ["$.studies[0].findings[0].theme: unknown theme 'role-clarty'", "$.studies[2].doi: duplicate DOI 10.1234/beta, also on study 'beta-2021'"],
            failure.Problems.Select(p => $"{p.JsonPath}: {p.Message}"));
        Assert.Equal(failure.Problems, check.Problems);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(32, 8)]
    public async Task Read_ahead_hands_out_the_same_studies_in_order_and_the_problems_after_the_valid_ones_before_them(int batchSize, int batchesAhead)
    {
        _seed.Studies["alpha-2020"]["findings"]![0]!["theme"] = "role-clarty";
        _seed.Studies["gamma-2022"] = TempSeed.Study("gamma-2022", "10.1234/gamma");
        _seed.Studies["delta-2023"] = TempSeed.Study("delta-2023", "10.1234/beta");
        var bundle = _seed.WriteBundle();
        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);

        var handedOut = new List<string>();
        var failure = await Assert.ThrowsAsync<InvalidSeedException>(async () =>
        {
            await foreach (var batch in open.Seed!.ReadBatchesAheadAsync(batchSize, batchesAhead, studies => studies, Ct))
            {
                handedOut.AddRange(batch.Select(s => s.Id));
            }
        });

        // In the bundle's order: alpha (a problem), beta, delta (a problem), gamma.
        Assert.Equal(["beta-2021", "gamma-2022"], handedOut);
        Assert.Equal(
            ["$.studies[0].findings[0].theme: unknown theme 'role-clarty'", "$.studies[2].doi: duplicate DOI 10.1234/beta, also on study 'beta-2021'"],
            failure.Problems.Select(p => $"{p.JsonPath}: {p.Message}"));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public async Task Batches_read_ahead_are_prepared_once_each_in_order_and_the_problems_come_after_the_batches_before_them(int batchSize, int batchesAhead)
    {
        _seed.Studies["gamma-2022"] = TempSeed.Study("gamma-2022", "10.1234/gamma");
        _seed.Studies["delta-2023"] = TempSeed.Study("delta-2023", "10.1234/delta");
        var valid = await SeedReader.OpenAsync(_seed.WriteBundle(), cancellationToken: Ct);
        var prepared = new List<string>();
        var batches = new List<string>();
        await foreach (var batch in valid.Seed!.ReadBatchesAheadAsync(batchSize, batchesAhead, studies =>
        {
            var ids = string.Join(",", studies.Select(s => s.Id));
            prepared.Add(ids);
            return ids;
        }, Ct))
        {
            batches.Add(batch);
        }
        var ids = valid.Seed.ReadStudies().Select(s => s.Id).ToList();
        Assert.Equal(ids.Chunk(batchSize).Select(c => string.Join(",", c)), batches);
        Assert.Equal(batches, prepared);

        _seed.Studies["delta-2023"] = TempSeed.Study("delta-2023", "10.1234/gamma");
        var invalid = await SeedReader.OpenAsync(_seed.WriteBundle(), cancellationToken: Ct);
        var handedOut = new List<string>();
        var failure = await Assert.ThrowsAsync<InvalidSeedException>(async () =>
        {
            await foreach (var batch in invalid.Seed!.ReadBatchesAheadAsync(batchSize, batchesAhead, studies => studies.Select(s => s.Id).ToList(), Ct))
            {
                handedOut.AddRange(batch);
            }
        });
        // In the bundle's order delta comes before gamma: gamma has the duplicate DOI.
        Assert.Equal(ids.Where(id => id != "gamma-2022"), handedOut);
        Assert.Contains(failure.Problems, p => p.Message.Contains("duplicate DOI 10.1234/gamma", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_ahead_of_a_valid_bundle_gives_every_study_and_the_warnings_and_a_caller_that_stops_stops_the_reading()
    {
        var bundle = _seed.WriteBundle();
        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);

        var all = new List<string>();
        await foreach (var batch in open.Seed!.ReadBatchesAheadAsync(1, 1, studies => studies, Ct))
        {
            all.AddRange(batch.Select(s => s.Id));
        }
        var failure = new InvalidOperationException("the write failed");
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var batch in open.Seed.ReadBatchesAheadAsync(1, 1, studies => studies, Ct))
            {
                throw failure;
            }
        });

        Assert.Equal(open.Seed.ReadStudies().Select(s => s.Id), all);
        Assert.NotEmpty(open.Seed.Warnings);
        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task Malformed_json_among_the_studies_is_found_when_the_bundle_is_opened_with_its_line_and_column()
    {
        var bundle = _seed.WriteBundle();
        var text = File.ReadAllText(bundle);
        File.WriteAllText(bundle, text.Replace("\"beta-2021\",", "\"beta-2021\"\n,,", StringComparison.Ordinal));

        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);

        var problem = Assert.Single(open.Problems);
        Assert.Equal("$", problem.JsonPath);
        Assert.StartsWith("malformed JSON at line 2, column 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_study_larger_than_the_read_buffer_is_read_whole()
    {
        _seed.Studies["alpha-2020"]["abstract"] = new string('x', 3 << 20);
        var bundle = _seed.WriteBundle();

        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);

        Assert.Equal(3 << 20, open.Seed!.ReadStudies().First().Abstract!.Length);
    }

    [Fact]
    public async Task A_bundle_changed_after_it_was_opened_is_not_read()
    {
        var bundle = _seed.WriteBundle();
        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);
        File.AppendAllText(bundle, "\n");

        var failure = Assert.Throws<InvalidDataException>(() => open.Seed!.ReadStudies().ToList());

        Assert.Contains("the bundle changed after it was opened", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Studies_that_are_not_an_array_are_named_with_what_they_are()
    {
        var bundle = Path.Combine(_seed.Directory, "bad.json");
        File.WriteAllText(bundle, """{ "groups": [], "themes": [], "methods": [], "studies": 3 }""");

        var open = await SeedReader.OpenAsync(bundle, cancellationToken: Ct);

        var problem = Assert.Single(open.Problems);
        Assert.Equal("$.studies", problem.JsonPath);
        Assert.Equal("expected an array, got the number 3", problem.Message);
    }
}
