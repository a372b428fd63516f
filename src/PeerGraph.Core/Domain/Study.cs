namespace PeerGraph.Core.Domain;

/// <summary>A research study as stored: its own facts, with the journal referenced by slug.</summary>
public sealed record Study(
    string Id,
    string Title,
    bool TitleIsDerived,
    string? Abstract,
    int? Year,
    string? PublishedOn,
    string? Doi,
    string? Url,
    string? JournalId,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Design,
    string? Location,
    string? DataCollectedFrom,
    string? DataCollectedTo,
    IReadOnlyList<string> Keywords,
    int? CitationCount,
    SourceDocument Source);
