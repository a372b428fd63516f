using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Tests.Export;

/// <summary>The curated seed's studies, and one study whose every text field holds what the formats must escape.</summary>
internal static class ExportSamples
{
    public const string Awkward = "Quotes \"like this\", commas, braces {x} and }{, a\r\nline break, LaTeX's $ & % # _ ^ ~ \\ and ünïcödé";

    public static IReadOnlyList<StudyRecord> Curated() =>
        SeedReader.ReadAsync(RepoPaths.Seed).GetAwaiter().GetResult().Graph!.Studies;

    public static StudyRecord AwkwardStudy() => new(
        Id: "awkward-2020",
        Title: Awkward,
        TitleIsDerived: false,
        Abstract: "First line.\nSecond line with 100% & more.",
        Year: 2020,
        PublishedOn: "2020-03",
        Doi: "10.1000/a_b{c}",
        Url: "https://example.org/a?b=1&c={2}",
        Journal: new JournalRecord("Journal of A & B", ["1234-5678"], "Press #1"),
        Volume: "13 1",
        Issue: null,
        Pages: "307 - 328",
        Authors: ["Ann O'Neil", "Smith and Wesson Research Group", "Zoë {Z} Bar"],
        Design: "qualitative, \"mixed\"",
        MethodIds: ["interviews", "focus-groups"],
        Settings: [],
        Location: null,
        DataCollectedFrom: null,
        DataCollectedTo: null,
        Keywords: ["peer, support", "trust"],
        CitationCount: 21,
        Participants: [new ParticipantRecord("peer-specialist", 8, null), new ParticipantRecord("client", null, null)],
        Findings: [new FindingRecord("awkward-2020/f", "trust", ["client"], [], "A finding.", "evidence")],
        Source: new SourceDocument("000.txt", null));
}
