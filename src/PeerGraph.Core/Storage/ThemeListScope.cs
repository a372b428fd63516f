namespace PeerGraph.Core.Storage;

/// <summary>
/// Which themes <see cref="IRecordReader.ListThemesAsync"/> lists: every theme (<see cref="All"/>),
/// the children of <see cref="ParentId"/>, or (both unset) the top-level themes.
/// </summary>
public sealed record ThemeListScope(string? ParentId = null, bool All = false)
{
    public static ThemeListScope TopLevel { get; } = new();
    public static ThemeListScope Everything { get; } = new(All: true);
    public static ThemeListScope ChildrenOf(string parentId) => new(parentId);
}
