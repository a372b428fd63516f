using System.Text.Json.Nodes;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Tests.Seed;

public sealed class SeedReaderTests : IDisposable
{
    private readonly TempSeed _seed = new();

    public void Dispose() => _seed.Dispose();

    private async Task<SeedReadResult> ReadDirectory(SeedReadOptions? options = null) =>
        await SeedReader.ReadAsync(_seed.Write(), options ?? new SeedReadOptions { SourcesDirectory = _seed.Directory }, TestContext.Current.CancellationToken);

    private async Task<SeedProblem> SingleProblem(SeedReadOptions? options = null)
    {
        var result = await ReadDirectory(options);
        Assert.Null(result.Graph);
        return Assert.Single(result.Problems);
    }

    private static void AssertProblem(SeedProblem problem, string file, string path, string message)
    {
        Assert.EndsWith(file, problem.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal(path, problem.JsonPath);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public async Task Evidence_that_cannot_be_checked_is_a_warning_naming_why()
    {
        var ct = TestContext.Current.CancellationToken;
        var checkedRead = await SeedReader.ReadAsync(RepoPaths.Seed, new SeedReadOptions { SourcesDirectory = RepoPaths.Sources }, ct);
        var noFolder = await SeedReader.ReadAsync(RepoPaths.Seed, SeedReadOptions.Default, ct);
        var emptyFolder = Directory.CreateTempSubdirectory("peergraph-sources-").FullName;
        var noFiles = await SeedReader.ReadAsync(RepoPaths.Seed, new SeedReadOptions { SourcesDirectory = emptyFolder }, ct);
        Directory.Delete(emptyFolder);

        Assert.Empty(checkedRead.Warnings);
        Assert.Equal(["evidence not checked for 5 studies: no folder of source documents (a seed directory's sources/, or PeerGraph:Seed:SourcesDir)"], noFolder.Warnings);
        Assert.StartsWith($"evidence not checked for 5 studies: 5 source document(s) not in {emptyFolder} (000_f10e9d449267ed2b.txt, 001_e1cb07ed7ee9172f.txt, 002_7edc75ed695b88a1.txt, ...)", Assert.Single(noFiles.Warnings), StringComparison.Ordinal);
        Assert.True(noFolder.IsValid);
    }

    [Fact]
    public async Task The_curated_seed_is_valid_with_evidence_checked_against_its_sources()
    {
        Assert.True(Directory.Exists(RepoPaths.Sources), $"the source documents must be in the repository at {RepoPaths.Sources}");
        var result = await SeedReader.ReadAsync(RepoPaths.Seed, new SeedReadOptions { SourcesDirectory = RepoPaths.Sources }, TestContext.Current.CancellationToken);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Graph);
        Assert.Equal(5, result.Graph.Studies.Count);
        Assert.Equal(5, result.Graph.Groups.Count);
        Assert.All(result.Graph.Studies, s => Assert.InRange(s.Findings.Count, 5, 12));
    }

    [Fact]
    public async Task A_valid_directory_seed_reads_every_record()
    {
        var result = await ReadDirectory();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var graph = result.Graph!;
        Assert.Equal(["alpha-2020", "beta-2021"], graph.Studies.Select(s => s.Id));
        Assert.Equal("role-clarity", graph.Themes[1].ParentId);
        var alpha = graph.Studies[0];
        Assert.Equal("Journal of Tests", alpha.Journal!.Name);
        Assert.Equal(8, alpha.Participants[0].Count);
        Assert.Equal(["client"], alpha.Findings[0].AboutIds);
    }

    [Fact]
    public async Task The_bundle_form_reads_the_same_records_as_the_directory_form()
    {
        var fromDirectory = (await ReadDirectory()).Graph!;
        var fromBundle = (await SeedReader.ReadAsync(_seed.WriteBundle(), cancellationToken: TestContext.Current.CancellationToken)).Graph!;

        Assert.Equal(Json(fromDirectory), Json(fromBundle));
    }

    [Fact]
    public async Task A_bundle_written_by_the_writer_reads_back_identically()
    {
        var graph = (await SeedReader.ReadAsync(RepoPaths.Seed, cancellationToken: TestContext.Current.CancellationToken)).Graph!;
        var path = Path.Combine(_seed.Directory, "written.json");
        await SeedBundleWriter.WriteFileAsync(graph, path, TestContext.Current.CancellationToken);

        var reread = await SeedReader.ReadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(reread.IsValid, string.Join("\n", reread.Problems));
        Assert.Equal(Json(graph), Json(reread.Graph!));
    }

    private static string Json(SeedGraph graph)
    {
        using var stream = new MemoryStream();
        SeedBundleWriter.WriteAsync(graph, stream).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task Seed_with_unknown_theme_is_rejected_with_its_json_path()
    {
        _seed.Studies["beta-2021"]["findings"]![0]!["theme"] = "role-clarty";

        AssertProblem(await SingleProblem(), "studies/beta-2021.json", "$.findings[0].theme", "unknown theme 'role-clarty'");
    }

    [Fact]
    public async Task Unknown_group_in_participants_perspectives_and_about_is_rejected()
    {
        var study = _seed.Studies["alpha-2020"];
        study["participants"]![0]!["group"] = "carers";
        study["findings"]![0]!["perspectives"] = new JsonArray("nurses");
        study["findings"]![0]!["about"] = new JsonArray("client", "doctors");

        var result = await ReadDirectory();

        Assert.Equal(
            ["$.participants[0].group: unknown group 'carers'", "$.findings[0].perspectives[0]: unknown group 'nurses'", "$.findings[0].about[1]: unknown group 'doctors'"],
            result.Problems.Select(p => $"{p.JsonPath}: {p.Message}"));
    }

    [Fact]
    public async Task Unknown_method_is_rejected()
    {
        _seed.Studies["alpha-2020"]["methods"] = new JsonArray("interviews", "surveys");

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.methods[1]", "unknown method 'surveys'");
    }

    [Fact]
    public async Task Duplicate_study_ids_across_files_are_rejected()
    {
        _seed.Studies["beta-2021"]["id"] = "alpha-2020";
        _seed.Studies["beta-2021"]["findings"]![0]!["id"] = "alpha-2020/other";

        AssertProblem(await SingleProblem(), "studies/beta-2021.json", "$.id", "duplicate study id 'alpha-2020'");
    }

    [Fact]
    public async Task An_id_that_is_not_a_kebab_case_slug_is_rejected()
    {
        _seed.Groups[2]!["id"] = "Supervisor_Group";

        AssertProblem(await SingleProblem(), "groups.json", "$[2].id", "expected a lower-case kebab-case slug, got 'Supervisor_Group'");
    }

    [Fact]
    public async Task A_cycle_in_the_theme_tree_is_rejected_and_named()
    {
        _seed.Themes[0]!["parent"] = "role-ambiguity";

        var result = await ReadDirectory();

        Assert.Null(result.Graph);
        Assert.Contains(result.Problems, p => p.JsonPath == "$[0].parent" && p.Message == "theme 'role-clarity' is in a cycle: role-clarity -> role-ambiguity -> role-clarity");
    }

    [Fact]
    public async Task A_theme_parent_that_does_not_exist_is_rejected()
    {
        _seed.Themes[1]!["parent"] = "role-clarty";

        AssertProblem(await SingleProblem(), "themes.json", "$[1].parent", "unknown theme 'role-clarty'");
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(3000)]
    public async Task A_year_out_of_range_is_rejected(int year)
    {
        _seed.Studies["alpha-2020"]["year"] = year;
        _seed.Studies["alpha-2020"]["publishedOn"] = null;

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.year", $"expected a year between 1900 and {DateTime.UtcNow.Year + 1}, got {year}");
    }

    [Fact]
    public async Task A_publication_date_that_is_not_a_real_date_is_rejected()
    {
        _seed.Studies["alpha-2020"]["publishedOn"] = "2020-02-30";

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.publishedOn", "expected a real date YYYY-MM-DD, got '2020-02-30'");
    }

    [Fact]
    public async Task A_malformed_doi_is_rejected()
    {
        _seed.Studies["alpha-2020"]["doi"] = "doi:10.12/x";

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.doi", "expected a DOI like 10.NNNN/suffix, got 'doi:10.12/x'");
    }

    [Fact]
    public async Task The_same_doi_on_two_studies_is_rejected()
    {
        _seed.Studies["beta-2021"]["doi"] = "10.1234/ALPHA";

        AssertProblem(await SingleProblem(), "studies/beta-2021.json", "$.doi", "duplicate DOI 10.1234/ALPHA, also on study 'alpha-2020'");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task A_participant_count_that_is_not_positive_is_rejected(int count)
    {
        _seed.Studies["alpha-2020"]["participants"]![0]!["count"] = count;

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.participants[0].count", $"expected a positive integer or null, got {count}");
    }

    [Fact]
    public async Task A_finding_id_without_its_study_prefix_is_rejected()
    {
        _seed.Studies["alpha-2020"]["findings"]![0]!["id"] = "unclear-role";

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.findings[0].id", "expected 'alpha-2020/<slug>', got 'unclear-role'");
    }

    [Fact]
    public async Task Evidence_not_found_verbatim_in_its_source_is_rejected()
    {
        _seed.Studies["alpha-2020"]["findings"]![0]!["evidence"] = "lack of clarity about their roles";

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.findings[0].evidence", "not found verbatim in source document source.txt");
    }

    [Fact]
    public async Task Evidence_matches_its_source_across_line_breaks()
    {
        _seed.Studies["alpha-2020"]["findings"]![0]!["evidence"] = "a lack  of clarity about";

        Assert.True((await ReadDirectory()).IsValid);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_problem_at_its_path()
    {
        _seed.Studies["alpha-2020"]["year"] = "2020";

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.year", "expected an integer or null, got a string");
    }

    [Fact]
    public async Task An_unknown_property_is_rejected_so_typos_do_not_drop_data()
    {
        _seed.Studies["alpha-2020"]["titel"] = "typo";

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.titel", "unknown property 'titel'");
    }

    [Fact]
    public async Task A_missing_required_property_is_rejected()
    {
        _seed.Studies["alpha-2020"].Remove("title");

        AssertProblem(await SingleProblem(), "studies/alpha-2020.json", "$.title", "required, missing");
    }

    [Fact]
    public async Task A_method_kind_outside_the_enum_is_rejected()
    {
        _seed.Methods[0]!["kind"] = "SURVEY";
        _seed.Studies["alpha-2020"]["methods"] = new JsonArray();
        _seed.Studies["beta-2021"]["methods"] = new JsonArray();

        AssertProblem(await SingleProblem(), "methods.json", "$[0].kind", "expected DATA_COLLECTION or ANALYSIS, got 'SURVEY'");
    }

    [Fact]
    public async Task Malformed_json_is_reported_with_line_and_column()
    {
        _seed.Write();
        File.WriteAllText(_seed.StudyFile("beta-2021"), "{\n  \"id\": \"beta-2021\",\n  \"title\": \n}");

        var result = await SeedReader.ReadAsync(_seed.Directory, cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$", problem.JsonPath);
        Assert.StartsWith("malformed JSON at line 4, column 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_reported()
    {
        _seed.Write();
        File.WriteAllText(Path.Combine(_seed.Directory, "methods.json"), "");

        var result = await SeedReader.ReadAsync(_seed.Directory, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(result.Problems, p => p.File.EndsWith("methods.json", StringComparison.Ordinal) && p.Message == "empty file: expected JSON");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit_and_how_to_raise_it()
    {
        var problem = await SingleProblemOf(await SeedReader.ReadAsync(_seed.WriteBundle(), new SeedReadOptions { MaxFileBytes = 100 }, TestContext.Current.CancellationToken));

        Assert.Equal("$", problem.JsonPath);
        Assert.Matches(@"^file is \d+\.\d MiB, over the limit of 0\.0 MiB \(raise PeerGraph:Seed:MaxFileBytes to read it\)$", problem.Message);
    }

    private static Task<SeedProblem> SingleProblemOf(SeedReadResult result) => Task.FromResult(Assert.Single(result.Problems));

    [Fact]
    public async Task A_path_that_does_not_exist_is_reported()
    {
        var result = await SeedReader.ReadAsync(Path.Combine(_seed.Directory, "nope"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("no such seed directory or bundle file", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public async Task A_bundle_without_a_section_is_rejected()
    {
        var path = Path.Combine(_seed.Directory, "partial.json");
        File.WriteAllText(path, """{ "groups": [], "themes": [], "studies": [] }""");

        var result = await SeedReader.ReadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.methods", problem.JsonPath);
        Assert.Equal("required, missing: a bundle has groups, themes, methods and studies", problem.Message);
    }

    [Fact]
    public async Task Bundle_problems_carry_the_path_inside_the_bundle()
    {
        _seed.Studies["beta-2021"]["findings"]![0]!["theme"] = "role-clarty";

        var result = await SeedReader.ReadAsync(_seed.WriteBundle(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("$.studies[1].findings[0].theme", Assert.Single(result.Problems).JsonPath);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once_and_nothing_is_returned()
    {
        _seed.Studies["alpha-2020"]["year"] = 1700;
        _seed.Studies["alpha-2020"]["publishedOn"] = null;
        _seed.Studies["beta-2021"]["doi"] = "nope";
        _seed.Themes[1]!["parent"] = "missing";

        var result = await ReadDirectory();

        Assert.Null(result.Graph);
        Assert.Equal(3, result.Problems.Count);
        Assert.Equal(
            new[] { "studies/alpha-2020.json:$.year", "studies/beta-2021.json:$.doi", "themes.json:$[1].parent" },
            result.Problems.Select(p => $"{Path.GetRelativePath(_seed.Directory, p.File).Replace('\\', '/')}:{p.JsonPath}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_setting_id_with_two_names_is_rejected()
    {
        _seed.Studies["beta-2021"]["settings"]![0]!["name"] = "Another clinic";

        AssertProblem(await SingleProblem(), "studies/beta-2021.json", "$.settings[0].name", "setting 'clinic' is named 'A clinic' elsewhere; one id, one name");
    }
}
