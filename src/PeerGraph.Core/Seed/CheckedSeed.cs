using System.Runtime.CompilerServices;
using System.Threading.Channels;
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

    /// <summary>
    /// <see cref="ReadStudies"/> on a thread of its own, in batches of <paramref name="batchSize"/> studies (the last
    /// one smaller), each passed to <paramref name="prepare"/> on that thread too, up to <paramref name="batchesAhead"/>
    /// prepared batches ahead of the caller: a loader can turn the studies into what it writes there (its rows, what it
    /// counts of them) while it writes the batch before. Batches come in seed order, <paramref name="prepare"/> is
    /// called once a batch in that order, and the exceptions of the reading (or of <paramref name="prepare"/>) are
    /// thrown where it stopped: after the batches before it. A caller that stops early stops the reading. Batches, not
    /// studies one by one: a hand-over a study woke a waiting thread 100,000 times, and the waking cost more CPU than
    /// the parsing it took off the writer's thread (parsing took about 9 s of a 100,000-study load on the thread that wrote).
    /// </summary>
    public async IAsyncEnumerable<T> ReadBatchesAheadAsync<T>(int batchSize, int batchesAhead, Func<List<StudyRecord>, T> prepare,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchesAhead, 1);
        ArgumentNullException.ThrowIfNull(prepare);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(batchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            var batch = new List<StudyRecord>(batchSize);
            try
            {
                foreach (var study in ReadStudies())
                {
                    batch.Add(study);
                    if (batch.Count == batchSize)
                    {
                        // Taken out before it is prepared, so that a failing prepare or hand-over never sees it again below.
                        var full = batch;
                        batch = new List<StudyRecord>(batchSize);
                        await channel.Writer.WriteAsync(prepare(full), stop.Token);
                    }
                }
            }
            finally
            {
                try
                {
                    // The studies read before the end, or before an exception: handed out before it.
                    if (batch.Count > 0 && !stop.IsCancellationRequested)
                    {
                        await channel.Writer.WriteAsync(prepare(batch), stop.Token);
                    }
                }
                finally
                {
                    // Completed without the exception: the caller gets it from the task, as thrown, once the studies before it are written.
                    channel.Writer.Complete();
                }
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return batch;
            }
            await reading;
        }
        finally
        {
            if (!reading.IsCompleted)
            {
                await stop.CancelAsync();
                try
                {
                    await reading;
                }
                catch (Exception)
                {
                    // Stopped because the caller stopped (cancelled, or a study failed to write): the caller's exception
                    // is the one that counts, not what the reading met after it.
                }
            }
        }
    }

    /// <summary>The whole seed in memory, for a store that cannot load it as a stream.</summary>
    public SeedGraph ToGraph() => new(Groups, Themes, Methods, ReadStudies().ToList());
}
