using System.Collections.Concurrent;
using System.Reflection;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Tests.Support;

/// <summary>A decorator over any store that counts the calls made to it, by method name, and keeps each method's last arguments.</summary>
public class CountingStore : DispatchProxy
{
    private IGraphStore _inner = null!;

    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public ConcurrentDictionary<string, object?[]> LastArguments { get; } = new();

    public int Total => Calls.Values.Sum();

    public static (IGraphStore Store, CountingStore Counter) Wrap(IGraphStore inner)
    {
        var proxy = Create<IGraphStore, CountingStore>();
        var counter = (CountingStore)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        Calls.AddOrUpdate(targetMethod!.Name, 1, (_, n) => n + 1);
        LastArguments[targetMethod.Name] = args ?? [];
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
