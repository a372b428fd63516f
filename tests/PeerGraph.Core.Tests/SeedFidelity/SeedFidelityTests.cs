using System.Globalization;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Tests.SeedFidelity;

/// <summary>The curated seed says only what its sources say: every count, DOI, year and date is in the source text.</summary>
public sealed class SeedFidelityTests
{
    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static TheoryData<string> StudyIds => new(Curated().Studies.Select(s => s.Id));

    private static SeedGraph Curated() => SeedReader.ReadAsync(RepoPaths.Seed).GetAwaiter().GetResult().Graph!;

    private static (StudyRecord Study, string Source) Load(string id)
    {
        var study = Curated().Studies.Single(s => s.Id == id);
        return (study, ValueRules.NormaliseWhitespace(File.ReadAllText(Path.Combine(RepoPaths.Sources, study.Source.File))));
    }

    [Theory]
    [MemberData(nameof(StudyIds))]
    public void Every_participant_count_is_stated_in_the_source(string id)
    {
        var (study, source) = Load(id);

        foreach (var participant in study.Participants.Where(p => p.Count is not null))
        {
            var count = participant.Count!.Value;
            var forms = new List<string> { $"N = {count}", $" {count} " };
            if (count < NumberWords.Length)
            {
                forms.Add($" {NumberWords[count]} ");
            }
            Assert.True(forms.Any(f => source.Contains(f, StringComparison.OrdinalIgnoreCase)), $"{id}: count {count} of {participant.GroupId} is not in the source");
            Assert.NotNull(participant.Note);
            Assert.Contains(participant.Note!, source, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(StudyIds))]
    public void Doi_year_date_and_citation_count_are_in_the_source(string id)
    {
        var (study, source) = Load(id);

        if (study.Doi is { } doi)
        {
            Assert.Contains(doi, source, StringComparison.Ordinal);
        }
        if (study.Year is { } year)
        {
            Assert.Contains(year.ToString(CultureInfo.InvariantCulture), source, StringComparison.Ordinal);
        }
        if (study.PublishedOn is { } date)
        {
            var parsed = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(source.Contains(date, StringComparison.Ordinal) || source.Contains(parsed.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal),
                $"{id}: {date} is not in the source");
        }
        if (study.CitationCount is { } citations)
        {
            Assert.Contains($"\"citationCount\":\"{citations}\"", source, StringComparison.Ordinal);
        }
        if (study.Volume is { } volume)
        {
            Assert.Contains(volume, source, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(StudyIds))]
    public void A_title_is_the_sources_own_unless_marked_derived_and_authors_are_named_there(string id)
    {
        var (study, source) = Load(id);

        Assert.Equal(!study.TitleIsDerived, source.Contains(study.Title, StringComparison.Ordinal));
        Assert.All(study.Authors, author => Assert.Contains(author, source, StringComparison.Ordinal));
        Assert.All(study.Keywords, keyword => Assert.Contains(keyword, source, StringComparison.OrdinalIgnoreCase));
        if (study.Abstract is { } summary)
        {
            Assert.Contains(ValueRules.NormaliseWhitespace(summary), source, StringComparison.Ordinal);
        }
        Assert.InRange(study.Findings.Count, 5, 12);
    }

    [Fact]
    public void There_is_one_study_per_source_document()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Sources, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, Curated().Studies.Select(s => s.Source.File).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("vitamin")]
    [InlineData("psoriasis")]
    [InlineData("tildrakizumab")]
    [InlineData("irritable bowel")]
    [InlineData("Sign Up")]
    [InlineData("Schedule a call")]
    [InlineData("Top Keywords")]
    public void Noise_from_the_source_pages_leaves_no_trace_in_the_seed(string noise)
    {
        var seedText = string.Join("\n", Directory.EnumerateFiles(RepoPaths.Seed, "*.json", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.DoesNotContain(noise, seedText, StringComparison.OrdinalIgnoreCase);
    }
}
