namespace PeerGraph.Core.Storage;

/// <summary>Two themes reported by <see cref="Count"/> common studies; Jaccard over their study sets.</summary>
public sealed record ThemePairResult(string ThemeAId, string ThemeBId, int Count, double Jaccard)
{
    public ThemePairKey Key => new(ThemeAId, ThemeBId);
}

public readonly record struct ThemePairKey(string ThemeAId, string ThemeBId);
