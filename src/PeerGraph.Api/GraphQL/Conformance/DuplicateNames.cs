using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// The uniqueness rules' common step (operations 5.2.1.1, fragments 5.5.1.1, input fields 5.6.3, variables 5.8.1):
/// each item that repeats an earlier item's name is one error, located at both names as graphql-js does.
/// </summary>
internal static class DuplicateNames
{
    public static void Report<T>(ValidationContext context, IEnumerable<T> items, Func<T, GraphQLName?> nameOf, string number, string code, Func<string, string> message)
    {
        var named = items.Select(item => nameOf(item)).OfType<GraphQLName>();
        foreach (var group in named.GroupBy(name => name.StringValue, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                context.ReportError(new ValidationError(context.Document.Source, number, message(group.Key), first, duplicate) { Code = code });
            }
        }
    }
}
