using System.Text;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Every fragment below is constant SQL; which ones a query uses depends on which filters are set, and every
    // value reaches SQLite as a parameter.
    private const string TextFilter = "s.id IN (SELECT node_id FROM search_doc WHERE search_doc MATCH $text AND kind = 'Study')";
    private const string YearFromFilter = "s.year >= $yearFrom";
    private const string YearToFilter = "s.year <= $yearTo";
    private const string ThemeFilter =
        "s.id IN (SELECT st.study_id FROM study_theme st WHERE st.theme_id IN " +
        "(WITH RECURSIVE d(id) AS (SELECT value FROM json_each($themeIds) UNION SELECT c.id FROM theme c JOIN d ON c.parent_id = d.id) SELECT id FROM d))";
    private const string ParticipantFilter = "s.id IN (SELECT p.study_id FROM participation p WHERE p.group_id IN (SELECT value FROM json_each($participantGroupIds)))";
    private const string PerspectiveFilter =
        "s.id IN (SELECT f.study_id FROM finding_perspective fp JOIN finding f ON f.id = fp.finding_id WHERE fp.group_id IN (SELECT value FROM json_each($perspectiveIds)))";
    private const string MethodFilter = "s.id IN (SELECT sm.study_id FROM study_method sm WHERE sm.method_id IN (SELECT value FROM json_each($methodIds)))";
    private const string JournalFilter = "s.journal_id = $journalId";
    private const string DoiFilter = "s.doi_key = $doi";

    public async Task<StudyPage> QueryStudiesAsync(StudyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        if (query.After is { } after && after.Order != query.Order)
        {
            throw new ArgumentException($"the cursor belongs to order {after.Order}, not {query.Order}", nameof(query));
        }
        var parameters = new List<(string, object?)>();
        var conditions = FilterConditions(query.Filter, parameters);
        int? total;
        List<PageKey> keys;
        await using (var connection = await _connections.OpenAsync(cancellationToken))
        {
            total = query.IncludeTotalCount ? await CountAsync(connection, conditions, [.. parameters], cancellationToken) : null;
            keys = await PageKeysAsync(connection, query, conditions, parameters, cancellationToken);
        }

        var pageKeys = keys.Take(query.First).ToList();
        var studies = (await GetStudiesAsync(pageKeys.Select(k => k.Id).ToList(), cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        // A study deleted between the two statements is left out of the page.
        var items = pageKeys.Where(k => studies.ContainsKey(k.Id))
            .Select(k => new StudyPageItem(studies[k.Id], CursorOf(query.Order, k)))
            .ToList();
        return new StudyPage(items, keys.Count > query.First, query.After is not null, total);
    }

    /// <summary>How many studies match (the costly half of a page: the page itself stops at $limit).</summary>
    private async Task<int> CountAsync(ReadSession session, List<string> conditions, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        var sql = $"SELECT COUNT(*) FROM study s{Where(conditions)}";
        return (int)await SqliteQuery.ScalarAsync(session, sql, cancellationToken, parameters);
    }

    /// <summary>The ids and sort keys of the page (one row more than asked, to tell whether there is a next page).</summary>
    private async Task<List<PageKey>> PageKeysAsync(ReadSession session, StudyQuery query, List<string> conditions, IReadOnlyList<(string, object?)> filterParameters,
        CancellationToken cancellationToken)
    {
        var pageConditions = new List<string>(conditions);
        var parameters = new List<(string, object?)>(filterParameters);
        if (query.After is { } cursor)
        {
            pageConditions.Add(KeysetCondition(query.Order));
            parameters.Add(("$afterNumber", cursor.Number));
            parameters.Add(("$afterText", cursor.Text));
            parameters.Add(("$afterId", cursor.Id));
        }
        parameters.Add(("$limit", query.First + 1));
        // The page's ids and sort keys first, then the records by id.
        var sql = $"SELECT s.id, s.year, s.citation_count, s.title_sort FROM study s{Where(pageConditions)} ORDER BY {OrderBy(query.Order)} LIMIT $limit";
        return await SqliteQuery.ListAsync(session, sql,
            r => new PageKey(r.GetString(0), SqliteRows.Int(r, 1), SqliteRows.Int(r, 2), r.GetString(3)), cancellationToken, [.. parameters]);
    }

    private sealed record PageKey(string Id, int? Year, int? CitationCount, string TitleSort);

    private static List<string> FilterConditions(StudyFilter filter, List<(string, object?)> parameters)
    {
        var conditions = new List<string>();
        void Add(string condition, string name, object? value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }
        if (filter.Text is { } text && FtsQuery.Build(text, prefixLastWord: false) is { } match)
        {
            Add(TextFilter, "$text", match);
        }
        if (filter.YearFrom is { } from)
        {
            Add(YearFromFilter, "$yearFrom", from);
        }
        if (filter.YearTo is { } to)
        {
            Add(YearToFilter, "$yearTo", to);
        }
        if (filter.ThemeIds is { } themes)
        {
            Add(ThemeFilter, "$themeIds", JsonList.Of(themes));
        }
        if (filter.ParticipantGroupIds is { } participants)
        {
            Add(ParticipantFilter, "$participantGroupIds", JsonList.Of(participants));
        }
        if (filter.PerspectiveIds is { } perspectives)
        {
            Add(PerspectiveFilter, "$perspectiveIds", JsonList.Of(perspectives));
        }
        if (filter.MethodIds is { } methods)
        {
            Add(MethodFilter, "$methodIds", JsonList.Of(methods));
        }
        if (filter.JournalId is { } journal)
        {
            Add(JournalFilter, "$journalId", journal);
        }
        if (filter.Doi is { } doi)
        {
            Add(DoiFilter, "$doi", doi.ToLowerInvariant());
        }
        return conditions;
    }

    private static string Where(IReadOnlyList<string> conditions)
    {
        if (conditions.Count == 0)
        {
            return "";
        }
        var builder = new StringBuilder(" WHERE ");
        builder.AppendJoin(" AND ", conditions.Select(c => $"({c})"));
        return builder.ToString();
    }

    private static string OrderBy(StudyOrder order) => order switch
    {
        StudyOrder.YearDesc => DefaultStudyOrder,
        StudyOrder.YearAsc => "(s.year IS NULL), s.year, s.id",
        StudyOrder.TitleAsc => "s.title_sort, s.id",
        StudyOrder.CitationsDesc => "(s.citation_count IS NULL), s.citation_count DESC, s.id",
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    /// <summary>Rows strictly after the cursor in the order (nulls last, ties by id).</summary>
    private static string KeysetCondition(StudyOrder order) => order switch
    {
        StudyOrder.YearDesc => NullsLastAfter("s.year", "<"),
        StudyOrder.YearAsc => NullsLastAfter("s.year", ">"),
        StudyOrder.CitationsDesc => NullsLastAfter("s.citation_count", "<"),
        StudyOrder.TitleAsc => "s.title_sort > $afterText OR (s.title_sort = $afterText AND s.id > $afterId)",
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    private static string NullsLastAfter(string column, string beyond) =>
        $"($afterNumber IS NOT NULL AND ({column} {beyond} $afterNumber OR ({column} = $afterNumber AND s.id > $afterId) OR {column} IS NULL)) " +
        $"OR ($afterNumber IS NULL AND {column} IS NULL AND s.id > $afterId)";

    private static StudyCursor CursorOf(StudyOrder order, PageKey key) => order switch
    {
        StudyOrder.TitleAsc => new StudyCursor(order, null, key.TitleSort, key.Id),
        StudyOrder.CitationsDesc => new StudyCursor(order, key.CitationCount, null, key.Id),
        _ => new StudyCursor(order, key.Year, null, key.Id),
    };

    /// <summary>How titles sort: case-insensitively, ordinal on the lower-cased title.</summary>
    internal static string TitleSortKey(string title) => title.ToLowerInvariant();

}
