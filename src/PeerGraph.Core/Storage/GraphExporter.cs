using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Storage;

/// <summary>
/// Rebuilds the whole graph as a seed from any store, through the store interface only: pages of studies and one
/// batch of relationship reads per page, so memory grows with the graph, not with round trips.
/// </summary>
public static class GraphExporter
{
    private const int PageSize = 100;

    public static async Task<SeedGraph> ExportAsync(IGraphStore store, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var studies = new List<StudyRecord>();
        StudyCursor? after = null;
        while (true)
        {
            var page = await store.QueryStudiesAsync(new StudyQuery(StudyFilter.None, StudyOrder.YearDesc, PageSize, after), cancellationToken);
            studies.AddRange(await RecordsAsync(store, page.Items.Select(i => i.Study).ToList(), cancellationToken));
            progress?.Report(studies.Count);
            if (!page.HasNextPage || page.Items.Count == 0)
            {
                break;
            }
            after = page.Items[^1].Cursor;
        }
        return new SeedGraph(
            await store.ListGroupsAsync(cancellationToken),
            await store.ListThemesAsync(ThemeListScope.Everything, cancellationToken),
            await store.ListMethodsAsync(null, cancellationToken),
            studies);
    }

    private static async Task<IEnumerable<StudyRecord>> RecordsAsync(IGraphStore store, IReadOnlyList<Domain.Study> page, CancellationToken ct)
    {
        var ids = page.Select(s => s.Id).ToList();
        var authors = await store.AuthorsOfStudiesAsync(ids, ct);
        var methods = await store.MethodsOfStudiesAsync(ids, ct);
        var settings = await store.SettingsOfStudiesAsync(ids, ct);
        var participants = await store.ParticipantsOfStudiesAsync(ids, ct);
        var findings = await store.FindingsOfStudiesAsync(ids, FindingFilter.None, ct);
        var journals = (await store.GetJournalsAsync(page.Select(s => s.JournalId).OfType<string>().Distinct().ToList(), ct)).ToDictionary(j => j.Id);
        return page.Select(s => new StudyRecord(
            s.Id, s.Title, s.TitleIsDerived, s.Abstract, s.Year, s.PublishedOn, s.Doi, s.Url,
            s.JournalId is { } j && journals.TryGetValue(j, out var journal) ? new JournalRecord(journal.Name, journal.Issn, journal.Publisher) : null,
            s.Volume, s.Issue, s.Pages,
            authors[s.Id].Select(a => a.Name).ToList(),
            s.Design,
            methods[s.Id].Select(m => m.Id).ToList(),
            settings[s.Id].ToList(),
            s.Location, s.DataCollectedFrom, s.DataCollectedTo, s.Keywords, s.CitationCount,
            participants[s.Id].Select(p => new ParticipantRecord(p.GroupId, p.Count, p.Note)).ToList(),
            findings[s.Id].Select(f => new FindingRecord(f.Id, f.ThemeId, f.PerspectiveIds, f.AboutIds, f.Statement, f.Evidence)).ToList(),
            s.Source));
    }
}
