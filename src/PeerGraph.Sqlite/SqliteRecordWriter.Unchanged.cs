using System.Globalization;
using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Sqlite;

/// <summary>
/// Whether an upsert would change anything: a client that sends a study again as it is stored (a form saved without
/// edits, a sync that resends everything) costs a few reads instead of a rewrite of the study, its derived data, a
/// commit, and the answers and in-memory structures every write makes stale.
/// </summary>
internal sealed partial class SqliteRecordWriter
{
    /// <summary>
    /// True when the database already holds exactly the rows <see cref="InsertStudyAsync"/> would write for
    /// <paramref name="study"/> (its own row and every row hanging off it), and merging its journal and settings would
    /// change neither (authors are only ever inserted). Derived data (theme rows, roll-ups, search documents) follows
    /// from those rows. Any difference, or a value stored in another type, answers false: the upsert then writes as usual.
    /// </summary>
    public async Task<bool> StoresUnchangedAsync(StudyRecord study, CancellationToken ct)
    {
        var rowValues = StudyRowValues(study, ThemeCountOf(study));
        var stored = await ListAsync(SqlScripts.StoredStudyRow, ValuesOf, ct, ("$study", study.Id));
        if (stored.Count != 1 || !rowValues.Skip(1).Select(v => Canonical(v.Value)).SequenceEqual(stored[0]))
        {
            return false;
        }
        if (study.Journal is { } journal)
        {
            var mergeChangesNothing = await ListAsync(SqlScripts.JournalMergeChangesNothing, r => r.GetInt64(0) == 1, ct,
                ("$id", Slug.From(journal.Name)), ("$issn", JsonList.Of(journal.Issn)), ("$publisher", journal.Publisher));
            if (mergeChangesNothing is not [true])
            {
                return false;
            }
        }
        var storedParts = await ListAsync(SqlScripts.StoredStudyParts, r => string.Join('\u001f', ValuesOf(r)), ct, ("$study", study.Id));
        var storedSet = new HashSet<string>(storedParts, StringComparer.Ordinal);
        var expected = ExpectedParts(study, storedParts);
        return storedSet.Count == storedParts.Count && expected.Count == storedParts.Count && storedSet.SetEquals(expected);
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
