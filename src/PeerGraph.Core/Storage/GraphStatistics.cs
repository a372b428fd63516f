namespace PeerGraph.Core.Storage;

/// <summary>Counts of nodes by kind; <see cref="Relationships"/> counts every relationship of the graph model.</summary>
public sealed record GraphStatistics(int Studies, int Themes, int Findings, int StakeholderGroups, int Authors, int Journals, int Relationships);
