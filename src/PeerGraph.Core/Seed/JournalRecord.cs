namespace PeerGraph.Core.Seed;

/// <summary>A journal as a study names it; studies naming the same journal share one Journal node.</summary>
public sealed record JournalRecord(string Name, IReadOnlyList<string> Issn, string? Publisher);
