using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>
/// A seed to load whose studies are read from the seed one at a time while they are written: a bundle of 100,000
/// studies is never held whole. The groups, themes and methods are small, checked and kept. Each study is checked as
/// it is read (<see cref="SeedReader.OpenAsync"/>), against the rules and the studies before it; a study that breaks
/// one is not handed out, and after the last study <see cref="InvalidSeedException"/> names every problem, so a
/// loader's transaction rolls back and the store stays as it was.
/// </summary>
public sealed class CheckedSeed
{
    private readonly Func<CheckedSeed, IEnumerable<StudyRecord>> _readStudies;

    internal CheckedSeed(
        IReadOnlyList<StakeholderGroup> groups,
        IReadOnlyList<Theme> themes,
        IReadOnlyList<Method> methods,
        int studyCount,
        int? findingCount,
        Func<CheckedSeed, IEnumerable<StudyRecord>> readStudies)
    {
        Groups = groups;
        Themes = themes;
        Methods = methods;
        StudyCount = studyCount;
        FindingCount = findingCount;
        _readStudies = readStudies;
    }

    /// <summary>A checked seed held in memory (a <see cref="SeedGraph"/> made by code, or a seed directory).</summary>
    public static CheckedSeed Of(SeedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new CheckedSeed(graph.Groups, graph.Themes, graph.Methods, graph.Studies.Count, graph.Studies.Sum(s => s.Findings.Count), _ => graph.Studies);
    }

    public IReadOnlyList<StakeholderGroup> Groups { get; }

    public IReadOnlyList<Theme> Themes { get; }

    public IReadOnlyList<Method> Methods { get; }

    public int StudyCount { get; }

    /// <summary>The number of findings, when the studies were already read (null for a bundle opened to load).</summary>
    public int? FindingCount { get; }

    /// <summary>Checks that could not run (evidence without its source document), known once the studies were read.</summary>
    public IReadOnlyList<string> Warnings { get; internal set; } = [];

    /// <summary>
    /// The studies in seed order, each checked as it is read. Throws <see cref="InvalidSeedException"/> after the last
    /// one when any broke a rule, and <see cref="InvalidDataException"/> when the file changed since it was opened.
    /// </summary>
    public IEnumerable<StudyRecord> ReadStudies() => _readStudies(this);

    /// <summary>The whole seed in memory, for a store that cannot load it as a stream.</summary>
    public SeedGraph ToGraph() => new(Groups, Themes, Methods, ReadStudies().ToList());
}
