using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace PeerGraph.Api.Execution;

/// <summary>
/// GraphQL.NET's document builder with the limits on a document's text applied before and while it is parsed: its
/// length (<see cref="GraphQLLimitsOptions.MaxDocumentLength"/>) and how deeply its syntax nests. The parser stops at
/// <see cref="MaxParserDepth"/> nested nodes (fields, selection sets, arguments, list and object values together)
/// rather than overflow its stack; GraphQL.NET let that exception through as an internal error, here it is a
/// document error naming the limit.
/// </summary>
public sealed class LimitedDocumentBuilder(IOptions<GraphQLLimitsOptions> limits) : IDocumentBuilder
{
    /// <summary>GraphQLParser's default. A field nested 15 deep (the default MaxDepth) with arguments uses about 50.</summary>
    public const int MaxParserDepth = 128;

    private readonly GraphQLDocumentBuilder _builder = new() { MaxDepth = MaxParserDepth };

    public GraphQLDocument Build(string body)
    {
        var maxLength = limits.Value.MaxDocumentLength;
        if (body.Length > maxLength)
        {
            throw new DocumentLimitError("DOCUMENT_TOO_LARGE",
                $"The document is {body.Length} characters long, over the limit of {maxLength} (PeerGraph:GraphQL:MaxDocumentLength).");
        }
        GraphQLDocument document;
        try
        {
            document = _builder.Build(WithoutLoneCarriageReturns(body));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new DocumentLimitError("DOCUMENT_TOO_DEEP",
                $"The document nests more than {MaxParserDepth} levels of syntax (fields, arguments, lists and input objects together), the most this endpoint parses.");
        }
        var maxFields = limits.Value.MaxFields;
        if (CountFields(document, maxFields) > maxFields)
        {
            throw new DocumentLimitError("TOO_MANY_FIELDS",
                $"The document selects more than {maxFields} fields, the most this endpoint accepts (PeerGraph:GraphQL:MaxFields).");
        }
        return document;
    }

    /// <summary>
    /// The document with each lone CR line break written as LF: the same lines and columns (a lone CR ends a line,
    /// GraphQL spec 2.1.3, and may appear nowhere else but in a block string, which normalises it the same way).
    /// GraphQLParser 9.5 fails with IndexOutOfRangeException while composing a syntax error's message when the
    /// document has a lone CR before the error, so a syntax error became an internal error.
    /// </summary>
    private static string WithoutLoneCarriageReturns(string body)
    {
        var first = body.IndexOf('\r');
        if (first < 0)
        {
            return body;
        }
        return string.Create(body.Length, (body, first), static (target, state) =>
        {
            state.body.AsSpan().CopyTo(target);
            for (var i = state.first; i < target.Length; i++)
            {
                if (target[i] == '\r' && (i + 1 == target.Length || target[i + 1] != '\n'))
                {
                    target[i] = '\n';
                }
            }
        });
    }

    /// <summary>
    /// Field selections written in the document (fragments counted once, where they are defined), up to just past
    /// <paramref name="max"/>. Checked before validation: GraphQL.NET's overlapping-fields rule compares the fields of a
    /// selection set pairwise in one step, which no time limit interrupts (5,000 fields took seconds).
    /// </summary>
    private static int CountFields(GraphQLDocument document, int max)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLExecutableDefinition { SelectionSet: { } set })
            {
                pending.Push(set);
            }
        }
        while (pending.TryPop(out var set) && count <= max)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        count++;
                        if (field.SelectionSet is { } fieldSet)
                        {
                            pending.Push(fieldSet);
                        }
                        break;
                    case GraphQLInlineFragment { SelectionSet: { } fragmentSet }:
                        pending.Push(fragmentSet);
                        break;
                }
            }
        }
        return count;
    }

    /// <summary>A document refused before it is parsed or validated; nothing is executed.</summary>
    public sealed class DocumentLimitError : DocumentError
    {
        public DocumentLimitError(string code, string message)
            : base(message)
        {
            Code = code;
        }
    }
}
