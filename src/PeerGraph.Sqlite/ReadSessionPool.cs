using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>
/// Idle <see cref="ReadSession"/>s of one database file. A rent takes an idle session or opens a new connection; a
/// return keeps the session for the next call unless <see cref="MaxIdle"/> are already idle. Each session is used by
/// one call at a time. Idle sessions hold no read transaction (every reader is disposed, which resets its statement),
/// so they neither see old data nor hold back WAL checkpoints.
/// </summary>
internal sealed class ReadSessionPool(string connectionString, long memoryMapBytes) : IDisposable
{
    /// <summary>Idle sessions kept; beyond that, returned sessions are closed. Load tests here run 32 connections on 2 cores.</summary>
    public const int MaxIdle = 64;

    private readonly ConcurrentBag<ReadSession> _idle = [];
    // Counted apart: ConcurrentBag.Count takes every thread's lock, and profiles of study pages showed returns queueing on it.
    private int _idleCount;
    private volatile bool _disposed;

    public async ValueTask<ReadSession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var memoryMap = connection.CreateCommand();
            // PRAGMA takes no parameters; the value is a number from the store's options, never text from a user.
            memoryMap.CommandText = $"PRAGMA mmap_size = {memoryMapBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)};";
            await memoryMap.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return new ReadSession(this, connection);
    }

    public void Return(ReadSession session)
    {
        if (_disposed || session.Connection.State != System.Data.ConnectionState.Open)
        {
            session.Close();
            return;
        }
        if (Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            session.Close();
            return;
        }
        _idle.Add(session);
        if (_disposed)
        {
            CloseIdle(); // the pool was disposed while this session was being given back: nothing may stay open
        }
    }

    /// <summary>Closes the idle sessions' connections (not pooled by Microsoft.Data.Sqlite, so really closed); the pool stays usable.</summary>
    public void CloseIdle()
    {
        while (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            session.Close();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }
}
