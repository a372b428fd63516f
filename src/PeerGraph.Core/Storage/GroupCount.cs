namespace PeerGraph.Core.Storage;

/// <summary>Studies and findings from one stakeholder group's perspective.</summary>
public sealed record GroupCount(string GroupId, int StudyCount, int FindingCount);
