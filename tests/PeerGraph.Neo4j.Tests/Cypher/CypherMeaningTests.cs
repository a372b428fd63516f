using PeerGraph.StoreContract;

namespace PeerGraph.Neo4j.Tests.Cypher;

/// <summary>Every .cypher file of the repository passes <see cref="CypherMeaningCheck"/>, and the check catches the mistakes the review found.</summary>
public sealed class CypherMeaningTests
{
    public static TheoryData<string> Files => [.. Directory.EnumerateFiles(RepoPaths.Root, "*.cypher", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
        .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or "bin" or "obj" or "lint-fixtures" or "Schema"))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Means_what_it_says(string file) =>
        Assert.Empty(CypherMeaningCheck.Problems(File.ReadAllText(Path.Combine(RepoPaths.Root, file))));

    [Fact]
    public void Every_statement_of_the_store_is_checked() =>
        Assert.True(Files.Count(f => ((string)f.Data).Contains("Cypher", StringComparison.Ordinal)) >= 59, $"{Files.Count} files");

    // The statements as they were before the review: each must be caught.
    [Theory]
    [InlineData("""
        MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:FROM_PERSPECTIVE_OF]->(g:StakeholderGroup)
        WHERE g.id IN $ids
        RETURN g.id AS key, f {.*, perspectiveIds: COLLECT { MATCH (f)-[r:FROM_PERSPECTIVE_OF]->(g:StakeholderGroup) RETURN g.id ORDER BY r.ordinal }} AS value
        """, "is the outer 'g'")]
    [InlineData("""
        MATCH (s:Study)-[:PUBLISHED_IN]->(j:Journal)
        RETURN j.id AS key, s {.*, journalId: COLLECT { MATCH (s)-[:PUBLISHED_IN]->(j:Journal) RETURN j.id }[0]} AS value
        """, "is the outer 'j'")]
    [InlineData("""
        MATCH (a {id: $fromId})
        WHERE $fromLabel IN labels(a)
        MATCH (b:Theme {id: $toId})
        MATCH p = allShortestPaths((a)-[*..6]-(b))
        RETURN p
        ORDER BY length(p)
        LIMIT $first
        """, "has no label")]
    [InlineData("""
        MATCH (a:Theme {id: 'x'}), (b:Theme {id: 'y'})
        MATCH p = allShortestPaths((a)-[*..6]-(b))
        RETURN p
        LIMIT 10
        """, "LIMIT without ORDER BY")]
    [InlineData("""
        MATCH (n) WHERE n:Study OR n:Finding
        DETACH DELETE n
        """, "has no label")]
    [InlineData("""
        MATCH (t:Theme)
        RETURN t.id AS id, EXISTS { (t)-[:ABOUT]->(t:Theme) } AS looped
        """, "is the outer 't'")]
    public void The_mistakes_the_review_found_are_caught(string statement, string expected) =>
        Assert.Contains(CypherMeaningCheck.Problems(statement), p => p.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void Scope_ends_at_WITH_and_CALL_imports_only_what_it_names()
    {
        Assert.Empty(CypherMeaningCheck.Problems("""
            MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:ABOUT]->(t:Theme)
            WITH s, count(t) AS n
            RETURN s.id AS id, COLLECT { MATCH (s)-[:REPORTS]->(f:Finding)-[:ABOUT]->(t:Theme) RETURN t.id } AS themes
            """));
        Assert.Empty(CypherMeaningCheck.Problems("""
            MATCH (a:Theme {id: $a})
            MATCH (g:StakeholderGroup)
            CALL (a) {
              MATCH (a)<-[:ABOUT]-(g:Finding)
              RETURN count(g) AS findings
            }
            RETURN a.id AS id, findings, g.id AS group
            """));
    }
}
