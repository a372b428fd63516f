using System.Net;
using System.Text;

namespace PeerGraph.Neo4j.Tests.Client;

/// <summary>An HttpMessageHandler that records what is sent and answers from a script of documented replies.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _replies = new();

    public List<(HttpMethod Method, string Path, string? Body, HttpRequestMessage Request)> Sent { get; } = [];

    public StubHandler Reply(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        _replies.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }
            return Task.FromResult(response);
        });
        return this;
    }

    /// <summary>A reply that never comes: the request waits until the caller cancels it.</summary>
    public StubHandler WaitForCancellation()
    {
        _replies.Enqueue(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    public StubHandler Throw(Exception exception)
    {
        _replies.Enqueue((_, _) => throw exception);
        return this;
    }

    public StubHandler Hang()
    {
        _replies.Enqueue((_, _) => throw new TaskCanceledException("hang"));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Sent.Add((request.Method, request.RequestUri!.AbsolutePath, body, request));
        if (_replies.Count == 0)
        {
            throw new InvalidOperationException($"unexpected request {request.Method} {request.RequestUri}");
        }
        var response = await _replies.Dequeue()(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
