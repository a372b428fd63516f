using System.Globalization;
using GraphQL;
using GraphQL.DataLoader;
using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Core.Domain;

namespace PeerGraph.Api.GraphQL;

/// <summary>
/// ID arguments and input fields, in either form: the global ID (<c>StakeholderGroup:client</c>) or the bare slug
/// (<c>client</c>). In filters, an ID of another type, a malformed one, or one that names no stored record is a field
/// error naming the argument (<c>Argument 'where.participantGroupIds[0]': ...</c>), never an empty answer.
/// </summary>
internal static class IdArguments
{
    /// <summary>The slug of a global ID of <paramref name="kind"/> or of a bare slug; a field error naming <paramref name="argument"/> otherwise. Null when not given.</summary>
    public static string? Slug(string? id, NodeKind kind, string argument)
    {
        if (id is null)
        {
            return null;
        }
        if (GlobalId.SlugOrGlobalId(id, kind) is { Length: > 0 } slug)
        {
            return slug;
        }
        var what = GlobalId.TryParse(id, out var node) ? $"is the ID of a {node.Value.Kind}" : "is not an ID";
        throw FieldErrors.InvalidArgument(argument, $"'{id}' {what}; expected a {kind} ID ({kind}:<slug>, or the bare slug)");
    }

    /// <summary>
    /// An ID in a mutation input: the slug of a global ID of <paramref name="kind"/>, else the value as given (a slug, or
    /// something the input's validation then reports at its field path).
    /// </summary>
    public static string InputSlug(string id, NodeKind kind) => GlobalId.SlugOf(id, kind) ?? id;

    /// <summary>The slugs of a list argument, each checked as <see cref="Slug"/> (the error names the item: <c>themeIds[2]</c>). Null when not given.</summary>
    public static IReadOnlyList<string>? Slugs(IEnumerable<object?>? ids, NodeKind kind, string argument) =>
        ids?.Select((id, i) => Slug(id as string, kind, $"{argument}[{i.ToString(CultureInfo.InvariantCulture)}]")!).ToList();

    /// <summary>
    /// <paramref name="then"/>, once every slug names a stored record of <paramref name="kind"/> (looked up through the
    /// request's batch loaders); otherwise a field error naming the first unknown one.
    /// </summary>
    public static IDataLoaderResult<T> WhenKnown<T>(this GraphLoaders loaders, NodeKind kind, IReadOnlyList<string>? slugs, string argument, IDataLoaderResult<T> then)
    {
        if (slugs is null || slugs.Count == 0)
        {
            return then;
        }
        var checks = slugs.Select(slug => Exists(loaders, kind, slug)).ToList();
        return new Checked<T>(checks, slugs, kind, i => $"{argument}[{i.ToString(CultureInfo.InvariantCulture)}]", then);
    }

    /// <summary>As <see cref="WhenKnown{T}"/>, for one optional slug.</summary>
    public static IDataLoaderResult<T> WhenKnown<T>(this GraphLoaders loaders, NodeKind kind, string? slug, string argument, IDataLoaderResult<T> then) =>
        slug is null ? then : new Checked<T>([Exists(loaders, kind, slug)], [slug], kind, _ => argument, then);

    /// <summary>Awaits the check of <see cref="WhenKnown{T}"/> in an async resolver.</summary>
    public static Task RequireKnownAsync(this GraphLoaders loaders, NodeKind kind, IReadOnlyList<string>? slugs, string argument, CancellationToken cancellationToken) =>
        loaders.WhenKnown(kind, slugs, argument, DataLoaderResults.Done(true)).GetResultAsync(cancellationToken);

    public static IReadOnlyList<object?>? List(this IResolveFieldContext context, string name) =>
        context.GetArgument<List<object?>?>(name);

    private static IDataLoaderResult<bool> Exists(GraphLoaders loaders, NodeKind kind, string slug) => kind switch
    {
        NodeKind.Theme => loaders.Theme(slug).Then(r => r is not null),
        NodeKind.StakeholderGroup => loaders.Group(slug).Then(r => r is not null),
        NodeKind.Method => loaders.Method(slug).Then(r => r is not null),
        NodeKind.Journal => loaders.Journal(slug).Then(r => r is not null),
        NodeKind.Study => loaders.Study(slug).Then(r => r is not null),
        NodeKind.Author => loaders.Author(slug).Then(r => r is not null),
        NodeKind.Setting => loaders.Setting(slug).Then(r => r is not null),
        NodeKind.Finding => loaders.Finding(slug).Then(r => r is not null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private sealed class Checked<T>(List<IDataLoaderResult<bool>> checks, IReadOnlyList<string> slugs, NodeKind kind, Func<int, string> argumentOf, IDataLoaderResult<T> then) : IDataLoaderResult<T>
    {
        public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
        {
            for (var i = 0; i < checks.Count; i++)
            {
                if (!await checks[i].GetResultAsync(cancellationToken))
                {
                    throw FieldErrors.InvalidArgument(argumentOf(i), $"no {kind} with ID '{GlobalId.Format(kind, slugs[i])}'");
                }
            }
            return await then.GetResultAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
