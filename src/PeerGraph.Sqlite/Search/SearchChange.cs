namespace PeerGraph.Sqlite.Search;

/// <summary>
/// Which search documents a write replaced: a study's (with its findings'), a study's own only (a write of its own
/// fields leaves its findings' as they were), a theme's, or all of them.
/// </summary>
internal abstract record SearchChange
{
    public static SearchChange Everything { get; } = new AllDocuments();

    public static SearchChange OfStudy(string studyId) => new StudyDocuments(studyId);

    public static SearchChange OfStudyItself(string studyId) => new StudyOwnDocument(studyId);

    public static SearchChange OfTheme(string themeId) => new ThemeDocument(themeId);

    internal sealed record AllDocuments : SearchChange;

    internal sealed record StudyDocuments(string StudyId) : SearchChange;

    internal sealed record StudyOwnDocument(string StudyId) : SearchChange;

    internal sealed record ThemeDocument(string ThemeId) : SearchChange;
}
