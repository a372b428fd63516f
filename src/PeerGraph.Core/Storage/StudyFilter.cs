namespace PeerGraph.Core.Storage;

/// <summary>
/// Study filters, AND across filters and OR within a list. A null filter does not narrow; an empty
/// list matches nothing (the API turns ids of the wrong type into nothing, not into "no filter").
/// Ids are slugs. Theme filters match the theme's descendants too. Studies with no year are left out
/// when <see cref="YearFrom"/> or <see cref="YearTo"/> is given.
/// </summary>
public sealed record StudyFilter(
    string? Text = null,
    int? YearFrom = null,
    int? YearTo = null,
    IReadOnlyList<string>? ThemeIds = null,
    IReadOnlyList<string>? ParticipantGroupIds = null,
    IReadOnlyList<string>? PerspectiveIds = null,
    IReadOnlyList<string>? MethodIds = null,
    string? JournalId = null,
    string? Doi = null)
{
    public static StudyFilter None { get; } = new();
}
