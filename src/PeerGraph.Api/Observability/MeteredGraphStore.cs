using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Observability;

/// <summary>
/// A decorator over any <see cref="IGraphStore"/> that times each call (<see cref="PeerGraphMetrics"/>). Written on the
/// platform's <see cref="DispatchProxy"/> rather than by hand over the store's forty-odd methods, so that it follows
/// the interface as it grows; used only when telemetry is exported (a reflective call costs about a microsecond).
/// </summary>
public class MeteredGraphStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private PeerGraphMetrics _metrics = null!;

    public static IGraphStore Wrap(IGraphStore inner, PeerGraphMetrics metrics)
    {
        var proxy = Create<IGraphStore, MeteredGraphStore>();
        var self = (MeteredGraphStore)(object)proxy;
        self._inner = inner;
        self._metrics = metrics;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (!typeof(Task).IsAssignableFrom(targetMethod.ReturnType))
        {
            return Call(targetMethod, args);
        }
        var start = Stopwatch.GetTimestamp();
        Task task;
        try
        {
            task = (Task)Call(targetMethod, args)!;
        }
        catch (Exception)
        {
            _metrics.RecordStoreCall(targetMethod.Name, "error", Stopwatch.GetElapsedTime(start));
            throw;
        }
        var name = targetMethod.Name;
        _ = task.ContinueWith(
            (done, state) => ((MeteredGraphStore)state!)._metrics.RecordStoreCall(name,
                done.IsCanceled ? "cancelled" : done.IsFaulted ? "error" : "ok", Stopwatch.GetElapsedTime(start)),
            this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
