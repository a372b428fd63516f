namespace PeerGraph.Core.Storage;

/// <summary>A study related to another by shared themes; <see cref="Similarity"/> is the Jaccard index of their theme sets.</summary>
public sealed record RelatedStudy(string StudyId, IReadOnlyList<string> SharedThemeIds, double Similarity);
