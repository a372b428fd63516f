using System.Text.Json.Nodes;
using NJsonSchema;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Tests.Seed;

/// <summary>seed/schema/study.schema.json: every curated study validates, and broken studies fail both it and the reader.</summary>
public sealed class StudyJsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Seed, "schema", "study.schema.json")).GetAwaiter().GetResult());

    public static TheoryData<string> StudyFiles => new(Directory.EnumerateFiles(Path.Combine(RepoPaths.Seed, "studies"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(StudyFiles))]
    public void Every_curated_study_file_validates_against_the_schema_it_references(string file)
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.Seed, "studies", file));

        Assert.Equal("../schema/study.schema.json", JsonNode.Parse(json)!["$schema"]!.GetValue<string>());
        Assert.Empty(Schema.Value.Validate(json));
    }

    [Theory]
    [InlineData("id", "\"Not A Slug\"", "$.id")]
    [InlineData("year", "\"2020\"", "$.year")]
    [InlineData("doi", "\"doi:10.1/x\"", "$.doi")]
    [InlineData("titel", "\"typo\"", "$.titel")]
    [InlineData("citationCount", "-1", "$.citationCount")]
    public async Task A_broken_study_fails_the_schema_and_the_reader(string property, string value, string path)
    {
        using var seed = new TempSeed();
        seed.Studies["alpha-2020"][property] = JsonNode.Parse(value);
        seed.Write();
        var json = File.ReadAllText(seed.StudyFile("alpha-2020"));

        Assert.NotEmpty(Schema.Value.Validate(json));
        var result = await SeedReader.ReadAsync(seed.Directory, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(result.Problems, p => p.JsonPath == path);
    }
}
