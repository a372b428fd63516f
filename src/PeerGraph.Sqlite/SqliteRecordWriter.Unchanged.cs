using System.Globalization;
using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Sqlite;

/// <summary>What an upsert would change of the study as stored (<see cref="SqliteRecordWriter.DifferenceFromStoredAsync"/>).</summary>
internal enum StoredDifference
{
    /// <summary>Nothing: the study is stored exactly as sent.</summary>
    None,

    /// <summary>Only values of the study's own row other than its journal and theme count (a title, an abstract, a year...).</summary>
    OwnRow,

    /// <summary>Anything else, or a study not stored yet: the whole study is written again.</summary>
    More,
}

/// <summary>
/// How much an upsert would change: a client that sends a study again as it is stored (a form saved without edits, a
/// sync that resends everything) costs a few reads instead of a rewrite of the study, its derived data, a commit, and
/// the answers and in-memory structures every write makes stale; one that edits only the study's own fields rewrites
/// that row and its search document, not its findings, links, roll-ups and counts.
/// </summary>
internal sealed partial class SqliteRecordWriter
{
    /// <summary>
    /// <see cref="StoredDifference.None"/> when the database already holds exactly the rows <see cref="InsertStudyAsync"/>
    /// would write for <paramref name="study"/> (its own row and every row hanging off it) and merging its journal and
    /// settings would change neither (authors are only ever inserted); <see cref="StoredDifference.OwnRow"/> when only
    /// the study's own row differs, not in its journal; else <see cref="StoredDifference.More"/>. Derived data (theme
    /// rows, roll-ups, counts, finding search documents) follows from the rows compared. A value stored in another type
    /// counts as a difference (the safe side: the upsert then writes as usual).
    /// </summary>
    public async Task<StoredDifference> DifferenceFromStoredAsync(StudyRecord study, CancellationToken ct)
    {
        var rowValues = StudyRowValues(study, ThemeCountOf(study)).Skip(1).Select(v => Canonical(v.Value)).ToList();
        var stored = await ListAsync(SqlScripts.StoredStudyRow, ValuesOf, ct, ("$study", study.Id));
        if (stored.Count != 1)
        {
            return StoredDifference.More;
        }
        var ownRowSame = rowValues.SequenceEqual(stored[0]);
        if (!ownRowSame && Enumerable.Range(0, rowValues.Count).Any(i => OwnRowChangeLinksElsewhere(i) && rowValues[i] != stored[0][i]))
        {
            return StoredDifference.More;
        }
        if (study.Journal is { } journal)
        {
            var mergeChangesNothing = await ListAsync(SqlScripts.JournalMergeChangesNothing, r => r.GetInt64(0) == 1, ct,
                ("$id", Slug.From(journal.Name)), ("$issn", JsonList.Of(journal.Issn)), ("$publisher", journal.Publisher));
            if (mergeChangesNothing is not [true])
            {
                return StoredDifference.More;
            }
        }
        var storedParts = await ListAsync(SqlScripts.StoredStudyParts, r => string.Join('\u001f', ValuesOf(r)), ct, ("$study", study.Id));
        var storedSet = new HashSet<string>(storedParts, StringComparer.Ordinal);
        var expected = ExpectedParts(study, storedParts);
        if (storedSet.Count != storedParts.Count || expected.Count != storedParts.Count || !storedSet.SetEquals(expected))
        {
            return StoredDifference.More;
        }
        return ownRowSame ? StoredDifference.None : StoredDifference.OwnRow;
    }

    /// <summary>
    /// Column <paramref name="index"/> of StoredStudyRow.sql is the journal (its change links another record, and may
    /// leave one an orphan) or the theme count (derived from the findings).
    /// </summary>
    private static bool OwnRowChangeLinksElsewhere(int index) => index is JournalColumn or ThemeCountColumn;

    private const int JournalColumn = 9;
    private const int ThemeCountColumn = 21;

    /// <summary>
    /// Rewrites the study's own row in place and its own search document (for <see cref="StoredDifference.OwnRow"/>):
    /// its findings, links, derived rows and the counts of <c>stats</c> stay as they are.
    /// </summary>
    public async Task UpdateOwnRowAsync(StudyRecord study, CancellationToken ct)
    {
        await RunAsync(SqlScripts.UpdateStudyRow, ct, StudyRowValues(study, ThemeCountOf(study)));
        foreach (var key in await ListAsync(SqlScripts.SearchDocKeysOfStudy, r => r.GetInt64(0), ct, ("$study", study.Id)))
        {
            // The study's own document (rowid * 4 + 1, SearchDocKeysOfStudy.sql), not its findings'.
            if (key % 4 == 1)
            {
                await RunAsync(SqlScripts.DeleteSearchDoc, ct, ("$key", key));
            }
        }
        await InsertStudySearchDocAsync(study, ct);
    }

    /// <summary>
    /// The rows of StoredStudyParts.sql the insert statements would leave for <paramref name="study"/>, as text; a
    /// setting's description is the stored one when the study gives none (UpsertSetting.sql keeps it).
    /// </summary>
    private static HashSet<string> ExpectedParts(StudyRecord study, List<string> storedParts)
    {
        var rows = new List<object?[]>();
        for (var i = 0; i < study.Authors.Count; i++)
        {
            rows.Add(["authored", Slug.From(study.Authors[i]), null, i, null, null, null]);
        }
        for (var i = 0; i < study.MethodIds.Count; i++)
        {
            rows.Add(["method", study.MethodIds[i], null, i, null, null, null]);
        }
        for (var i = 0; i < study.Settings.Count; i++)
        {
            var setting = study.Settings[i];
            var description = setting.Description ?? StoredSettingDescription(storedParts, setting.Id, i, setting.Name);
            rows.Add(["setting", setting.Id, null, i, setting.Name, description, null]);
        }
        for (var i = 0; i < study.Participants.Count; i++)
        {
            var participant = study.Participants[i];
            rows.Add(["participation", participant.GroupId, null, i, participant.Count, participant.Note, null]);
        }
        for (var i = 0; i < study.Findings.Count; i++)
        {
            var finding = study.Findings[i];
            rows.Add(["finding", finding.Id, null, i, finding.ThemeId, finding.Statement, finding.Evidence]);
            for (var p = 0; p < finding.PerspectiveIds.Count; p++)
            {
                rows.Add(["perspective", finding.Id, finding.PerspectiveIds[p], p, null, null, null]);
            }
            for (var a = 0; a < finding.AboutIds.Count; a++)
            {
                rows.Add(["about", finding.Id, finding.AboutIds[a], a, null, null, null]);
            }
        }
        var texts = rows.Select(r => string.Join('\u001f', r.Select(Canonical))).ToList();
        var set = new HashSet<string>(texts, StringComparer.Ordinal);
        // Two equal rows would break a primary key on insert: not unchanged (the upsert writes and reports the error).
        return set.Count == texts.Count ? set : [];
    }

    /// <summary>The description of the stored setting row that otherwise matches (null when none matches).</summary>
    private static object? StoredSettingDescription(List<string> storedParts, string settingId, int ordinal, string name)
    {
        var prefix = string.Join('\u001f', new object?[] { "setting", settingId, null, ordinal, name }.Select(Canonical)) + "\u001f";
        var row = storedParts.FirstOrDefault(p => p.StartsWith(prefix, StringComparison.Ordinal));
        return row is null ? null : new StoredText(row[prefix.Length..row.LastIndexOf('\u001f')]);
    }

    private static List<string> ValuesOf(SqliteDataReader reader)
    {
        var values = new List<string>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            values.Add(Canonical(reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }
        return values;
    }

    /// <summary>A value as text tagged with its SQLite storage class, so that 1 and '1' or NULL and '' differ.</summary>
    private static string Canonical(object? value) => value switch
    {
        null or DBNull => "n",
        StoredText text => text.Canonical,
        string s => "t:" + s,
        int or long or bool => "i:" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double d => "r:" + d.ToString("R", CultureInfo.InvariantCulture),
        byte[] b => "b:" + Convert.ToHexString(b),
        _ => "?:" + value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A value already in <see cref="Canonical"/> form, taken from a stored row.</summary>
    private sealed record StoredText(string Canonical);
}
