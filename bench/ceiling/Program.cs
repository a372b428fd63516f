// The harness's ceiling for .NET: a bare Kestrel app (WebApplication.CreateBuilder's defaults, as PeerGraph's, and no
// middleware) that reads each POST body to its end and answers `{ __typename }`'s answer, fixed. `CEILING=1
// bench/distinct-vs-peer.sh` measures it beside PeerGraph and the graphql-js peer: no GraphQL server on this runtime,
// under this load generator, answers faster than this.
//   ceiling --urls http://127.0.0.1:5095
var app = WebApplication.CreateBuilder(args).Build();
var answer = """{"data":{"__typename":"Query"}}"""u8.ToArray();
app.MapPost("/graphql", async (HttpContext context) =>
{
    var body = context.Request.BodyReader;
    while (true)
    {
        var read = await body.ReadAsync();
        body.AdvanceTo(read.Buffer.End);
        if (read.IsCompleted)
        {
            break;
        }
    }
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    context.Response.ContentLength = answer.Length;
    await context.Response.Body.WriteAsync(answer);
});
app.Run();
