using System.Text.RegularExpressions;

namespace PeerGraph.Sqlite.Tests;

/// <summary>A seed load's side database (LoadSideDatabase.cs): which tables it holds and how they reach the main file.</summary>
public sealed class LoadSideTablesTests
{
    [Fact]
    public void The_copy_of_a_loads_side_database_moves_every_side_table_and_no_other_into_the_same_table()
    {
        // One list names the side tables (LoadBatch.SideTables); the copy's statements cannot take a table name as a
        // parameter, so Sql/CopyLoadSideTables.sql names them again, and this holds it to the list.
        var copied = Regex.Matches(SqlScripts.CopyLoadSideTables,
                @"^INSERT INTO main\.(\w+) SELECT \* FROM load_side\.(\w+);$", RegexOptions.Multiline)
            .Select(m => (Into: m.Groups[1].Value, From: m.Groups[2].Value))
            .ToList();
        var statements = SqlScripts.CopyLoadSideTables.Split('\n').Count(line => line.StartsWith("INSERT", StringComparison.Ordinal));

        Assert.Equal(statements, copied.Count);
        Assert.All(copied, c => Assert.Equal(c.From, c.Into));
        Assert.Equal(SqliteRecordWriter.LoadBatch.SideTableNames, copied.Select(c => c.Into));
        Assert.Equal(SqliteRecordWriter.LoadBatch.SideTableNames, LoadSideDatabase.SideTables);
        // And each side table's rows are written by statements into that table.
        var batch = SqliteRecordWriter.LoadBatch.Of([], [], new LoadNumbers(new Dictionary<string, long>(), [], []));
        Assert.All(batch.SideTables.Concat(batch.MainTables), rows =>
        {
            Assert.Contains($"INSERT INTO {rows.Table} (", rows.OneRow, StringComparison.Ordinal);
            Assert.Contains($"INSERT INTO {rows.Table} (", rows.ManyRows, StringComparison.Ordinal);
        });
        Assert.Empty(batch.MainTables.Select(t => t.Table).Intersect(SqliteRecordWriter.LoadBatch.SideTableNames));
    }
}
