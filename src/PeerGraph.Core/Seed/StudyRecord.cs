using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>
/// A study with everything that hangs off it, as a seed file or an <c>upsertStudy</c> input gives it:
/// journal by name, authors by name in source order, methods by id, settings inline, participants
/// and findings. Stores write it as one unit.
/// </summary>
public sealed record StudyRecord(
    string Id,
    string Title,
    bool TitleIsDerived,
    string? Abstract,
    int? Year,
    string? PublishedOn,
    string? Doi,
    string? Url,
    JournalRecord? Journal,
    string? Volume,
    string? Issue,
    string? Pages,
    IReadOnlyList<string> Authors,
    string? Design,
    IReadOnlyList<string> MethodIds,
    IReadOnlyList<Setting> Settings,
    string? Location,
    string? DataCollectedFrom,
    string? DataCollectedTo,
    IReadOnlyList<string> Keywords,
    int? CitationCount,
    IReadOnlyList<ParticipantRecord> Participants,
    IReadOnlyList<FindingRecord> Findings,
    SourceDocument Source)
{
    /// <summary>The study's own row: the journal becomes its slug.</summary>
    public Study ToStudy() => new(
        Id, Title, TitleIsDerived, Abstract, Year, PublishedOn, Doi, Url,
        Journal is null ? null : Slug.From(Journal.Name),
        Volume, Issue, Pages, Design, Location, DataCollectedFrom, DataCollectedTo,
        Keywords, CitationCount, Source);
}
