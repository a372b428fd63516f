namespace PeerGraph.Core.Storage;

/// <summary>Narrows findings: <see cref="ThemeId"/> matches that theme and its descendants; null means no narrowing.</summary>
public sealed record FindingFilter(string? ThemeId = null, string? PerspectiveId = null)
{
    public static FindingFilter None { get; } = new();
}
