using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace PeerGraph.Benchmarks;

/// <summary>
/// What one store call costs below the SQL's own work, on the 10,000-study file: opening a pooled connection,
/// preparing a statement (the themes-of-studies batch), and running it prepared or freshly prepared.
/// </summary>
[MemoryDiagnoser]
public class SqliteCallBenchmarks
{
    private const string ThemesOfStudies =
        "SELECT st.study_id, t.id, t.name, t.description, t.parent_id FROM study_theme st JOIN theme t ON t.id = st.theme_id " +
        "WHERE st.study_id IN (SELECT value FROM json_each($ids)) ORDER BY st.study_id, st.ordinal";

    private string _connectionString = null!;
    private string _ids = null!;
    private SqliteConnection _open = null!;
    private SqliteCommand _prepared = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        await BenchmarkGraph.EnsureLoadedAsync();
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(BenchmarkGraph.DataDirectory, "peergraph.db"), Pooling = true }.ToString();
        _open = new SqliteConnection(_connectionString);
        _open.Open();
        using (var ids = _open.CreateCommand())
        {
            ids.CommandText = "SELECT json_group_array(id) FROM (SELECT id FROM study ORDER BY id LIMIT 20)";
            _ids = (string)ids.ExecuteScalar()!;
        }
        _prepared = _open.CreateCommand();
        _prepared.CommandText = ThemesOfStudies;
        _prepared.Parameters.AddWithValue("$ids", _ids);
        _prepared.Prepare();
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _prepared.Dispose();
        _open.Dispose();
    }

    [Benchmark]
    public void OpenPooledConnection()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
    }

    [Benchmark]
    public void PrepareOnly()
    {
        using var command = _open.CreateCommand();
        command.CommandText = ThemesOfStudies;
        command.Prepare();
    }

    [Benchmark]
    public int RunPrepared() => Drain(_prepared);

    [Benchmark(Baseline = true)]
    public int OpenPrepareRun()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ThemesOfStudies;
        command.Parameters.AddWithValue("$ids", _ids);
        return Drain(command);
    }

    private static int Drain(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows += reader.GetString(3).Length > 0 ? 1 : 0;
        }
        return rows;
    }
}
