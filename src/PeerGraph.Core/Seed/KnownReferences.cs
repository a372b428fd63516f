namespace PeerGraph.Core.Seed;

/// <summary>The ids a study may refer to: themes, stakeholder groups and methods that exist.</summary>
public sealed record KnownReferences(IReadOnlySet<string> ThemeIds, IReadOnlySet<string> GroupIds, IReadOnlySet<string> MethodIds);
