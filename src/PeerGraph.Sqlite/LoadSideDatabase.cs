using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>
/// A seed load's second database file, written on a second thread: the link tables without rowids
/// (<see cref="SideTables"/>) are filled and indexed there while the load's connection writes the studies, findings and
/// authors into the main file; then the load's transaction copies them in (<see cref="CopyIntoMainAsync"/>, SQLite's
/// record by record copy, Sql/CopyLoadSideTables.sql) before it commits. The file is a scratch file next to the
/// database, named for this load alone (<c>peergraph.db-load-side-</c> and a GUID: two loads into one folder, from two
/// processes, never share one), deleted when the load ends, committed or not; one a killed process left behind is deleted
/// when the store next opens the file or by the next load (<see cref="DeleteLeftovers"/>).
/// </summary>
/// <remarks>
/// Why: a load was one thread writing a dozen b-trees while the machine's other core idled but for the parsing. The
/// side tables took about 13 s of that thread's 22 s of row inserts at 100,000 studies, and 3 s of its index builds.
/// The copy appends their records and index entries in key order without decoding them (insert.c,
/// xferOptimization: the destination empty, same definitions and indexes, foreign keys not enforced on the copying
/// connection: ForeignKeysOff.sql). The load stays one transaction of the main file: nothing of the side file counts
/// until the copy, inside it.
/// </remarks>
internal sealed class LoadSideDatabase : IAsyncDisposable
{
    /// <summary>The tables written in the side database (<see cref="SqliteRecordWriter.LoadBatch.SideTables"/>).</summary>
    public static IReadOnlyList<string> SideTables => SqliteRecordWriter.LoadBatch.SideTableNames;

    /// <summary>Batches handed to the side thread and not yet written there: a bound on the memory they hold.</summary>
    private const int BatchesQueued = 4;

    private readonly string _path;
    private readonly Channel<SqliteRecordWriter.LoadBatch> _batches =
        Channel.CreateBounded<SqliteRecordWriter.LoadBatch>(new BoundedChannelOptions(BatchesQueued) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private SqliteRecordWriter? _writer;
    private Task? _writing;

    public LoadSideDatabase(string databasePath)
    {
        _databasePath = databasePath;
        _path = SidePathPrefix(databasePath) + Guid.NewGuid().ToString("N");
    }

    private readonly string _databasePath;

    private static string SidePathPrefix(string databasePath) => databasePath + "-load-side-";

    /// <summary>
    /// Before the load's transaction begins on <paramref name="main"/>: makes the side file with the side tables as the
    /// main file defines them, attaches it to the load's connection, and stops that connection enforcing foreign keys
    /// (until the returned attachment is disposed, after the transaction).
    /// </summary>
    public async Task<IAsyncDisposable> AttachAsync(SqliteRecordWriter main, CancellationToken ct)
    {
        DeleteLeftovers(_databasePath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync(ct);
        _writer = new SqliteRecordWriter(connection);
        await _writer.ExecuteScriptAsync(SqlScripts.LoadSideSettings, ct);
        var tables = await main.ListAsync(SqlScripts.LoadSideTables, r => r.GetString(1), ct, ("$tables", JsonSerializer.Serialize(SideTables)));
        if (tables.Count != SideTables.Count)
        {
            throw new InvalidOperationException("the schema lacks a table a seed load writes in its side database");
        }
        foreach (var create in tables)
        {
            // The main file's own CREATE TABLE text (a table name cannot be a parameter).
            await _writer.ExecuteScriptAsync(create, ct);
        }
        await main.ExecuteScriptAsync(SqlScripts.ForeignKeysOff, ct);
        await main.AttachLoadSideAsync(_path, ct);
        return new Attachment(main);
    }

    /// <summary>
    /// Starts the side thread: it writes the side tables of each batch <see cref="SendAsync"/> hands it, and once
    /// <see cref="EndOfStudies"/> says the load read its last study, makes their secondary indexes
    /// (<paramref name="indexes"/>: CREATE INDEX statements of the main file's schema) and commits.
    /// </summary>
    public void Start(IReadOnlyList<string> indexes, CancellationToken ct)
    {
        var writer = _writer ?? throw new InvalidOperationException("the side database is not attached");
        var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, _stop.Token);
        ct = stop.Token;
        _writing = Task.Run(async () =>
        {
            using var _ = stop;
            try
            {
                await using var transaction = await writer.BeginAsync(ct);
                await foreach (var batch in _batches.Reader.ReadAllAsync(ct))
                {
                    writer.WriteSideTables(batch, ct);
                }
                await writer.CreateIndexesAsync(indexes, ct);
                await transaction.CommitAsync(ct);
                writer.EndTransaction();
            }
            catch (Exception e)
            {
                // The load's thread finds it at its next hand-over, or when it waits for this one to finish.
                _batches.Writer.TryComplete(e);
                throw;
            }
        }, CancellationToken.None);
    }

    /// <summary>Hands a batch, whose main tables the load's connection wrote, to the side thread (waits while it is behind).</summary>
    public async ValueTask SendAsync(SqliteRecordWriter.LoadBatch batch, CancellationToken ct)
    {
        try
        {
            await _batches.Writer.WriteAsync(batch, ct);
        }
        catch (ChannelClosedException) when (_writing is { } writing)
        {
            await writing; // throws what stopped the side thread
            throw;
        }
    }

    /// <summary>Says the load read its last study: the side thread makes its indexes and commits once it wrote the rest.</summary>
    public void EndOfStudies()
    {
        _batches.Writer.TryComplete();
    }

    /// <summary>After <see cref="EndOfStudies"/>: waits until the side tables are written, indexed and committed.</summary>
    public Task FinishedAsync() => _writing ?? Task.CompletedTask;

    /// <summary>
    /// Inside the load's transaction, after <see cref="FinishedAsync"/>: makes the side tables' secondary indexes in the
    /// main file (on the empty tables: nothing to sort) and copies the side tables with their index entries.
    /// </summary>
    public static async Task CopyIntoMainAsync(SqliteRecordWriter main, IEnumerable<string> indexes, CancellationToken ct)
    {
        await main.CreateIndexesAsync(indexes, ct);
        await main.ExecuteScriptAsync(SqlScripts.CopyLoadSideTables, ct);
    }

    /// <summary>Stops the side thread if it still runs (a load that failed), closes the side file and deletes it.</summary>
    public async ValueTask DisposeAsync()
    {
        _batches.Writer.TryComplete();
        // A load that committed waited for the side thread; any other failed, and the side thread stops instead of
        // writing or indexing what no one will copy.
        await _stop.CancelAsync();
        if (_writing is { } writing)
        {
            try
            {
                await writing;
            }
            catch (Exception)
            {
                // Already reported to the load (SendAsync, FinishedAsync), or the load failed first.
            }
        }
        if (_writer is { } writer)
        {
            _writer = null;
            await writer.DisposeAsync();
        }
        DeleteFile();
        _stop.Dispose();
    }

    private void DeleteFile()
    {
        // journal_mode = OFF: the side database has no journal file; a -wal or -shm never exists beside it.
        File.Delete(_path);
    }

    /// <summary>
    /// Deletes the side files of loads that a killed process left (each as large as its link tables), whenever the store
    /// opens the database (start-up, every command) and before every load. A file another
    /// process's load still writes is safe: on Linux its open handles keep it, and the attachment is by handle once made;
    /// deleted in the instant between its creation and its attachment, that load fails at its copy (no such table), it
    /// does not commit without its link rows. On Windows a file in use cannot be deleted and is left.
    /// </summary>
    public static void DeleteLeftovers(string databasePath)
    {
        var prefix = SidePathPrefix(databasePath);
        var directory = System.IO.Path.GetDirectoryName(prefix) is { Length: > 0 } d ? d : ".";
        foreach (var leftover in Directory.EnumerateFiles(directory, System.IO.Path.GetFileName(prefix) + "*"))
        {
            try
            {
                File.Delete(leftover);
            }
            catch (IOException)
            {
                // In use by another process's load.
            }
        }
    }

    /// <summary>Detaches the side file from the load's connection and enforces foreign keys there again.</summary>
    private sealed class Attachment(SqliteRecordWriter main) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await main.DetachLoadSideAsync(CancellationToken.None);
                await main.ExecuteScriptAsync(SqlScripts.ForeignKeysOn, CancellationToken.None);
            }
            catch (SqliteException)
            {
                // The store closes the load's connection after every load anyway (SqliteGraphStore.Writes.cs).
            }
        }
    }
}
