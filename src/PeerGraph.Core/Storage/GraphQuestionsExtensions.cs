namespace PeerGraph.Core.Storage;

public static class GraphQuestionsExtensions
{
    /// <summary>Search with snippets (<see cref="IGraphQuestions.SearchAsync"/>).</summary>
    public static Task<IReadOnlyList<SearchResult>> SearchAsync(this IGraphQuestions questions, string text, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return questions.SearchAsync(text, first, withSnippets: true, cancellationToken);
    }
}
