using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.Data.Sqlite;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// The store's statements live in .sql files (issue 13): one statement a file under Sql/Statements, each read by a
/// SqlScripts property. The C# sources of src/PeerGraph.Sqlite are read with Roslyn's parser, so every kind of string
/// literal (plain, verbatim, raw, the text parts of interpolated ones) is seen with the member that holds it.
/// </summary>
public sealed partial class SqlFilesTests : IDisposable
{
    private static readonly string Project = Path.Combine(RepoPaths.Root, "src", "PeerGraph.Sqlite");
    private static readonly string StatementsFolder = Path.Combine(Project, "Sql", "Statements");

    /// <summary>
    /// Where SQL may still stand in C#, and why: a whole file (Member null) or one member of a file. Files owned by
    /// other work in progress leave the list as their statements move; a file or member with no SQL left fails the test.
    /// </summary>
    private static readonly AllowedInlineSql[] AllowList =
    [
        new("ReadSessionPool.cs", "RentAsync",
            "PRAGMA mmap_size = n: a PRAGMA takes no parameter, so the statement is built from the store options' number"),
        new("SqliteSchemaMigrator.cs", "MigrateAsync",
            "PRAGMA user_version = n: a PRAGMA takes no parameter, so the statement is built from the program's own version number"),
    ];

    private sealed record AllowedInlineSql(string File, string? Member, string Why);

    private sealed record InlineSql(string File, string Member, int Line, string Text)
    {
        public override string ToString() => $"{File}:{Line} ({Member}): \"{(Text.Length > 60 ? Text[..60] + "…" : Text)}\"";
    }

    /// <summary>
    /// A literal holding SQL: it starts a statement, or it holds a clause or a piece of one. Keywords are matched in
    /// uppercase, as the project writes SQL, so that messages ("with a parent", "delete the file") are not taken for it.
    /// </summary>
    [GeneratedRegex(@"^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE|CREATE|DROP|ALTER|PRAGMA)\b")]
    private static partial Regex StartsAStatement();

    [GeneratedRegex(@"\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \w+ SET|FROM|JOIN|WHERE|GROUP BY|ORDER BY|IS (NOT )?NULL|DESC|ASC|PRAGMA|json_each)\b")]
    private static partial Regex HoldsAClause();

    private static bool LooksLikeSql(string text) => StartsAStatement().IsMatch(text) || HoldsAClause().IsMatch(text);

    private readonly string _directory = Directory.CreateTempSubdirectory("peergraph-sqlfiles-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void No_source_file_holds_SQL_outside_the_allow_list()
    {
        var found = InlineSqlOfProject();
        var outside = found.Where(s => !AllowList.Any(a => Covers(a, s))).ToList();
        Assert.True(outside.Count == 0,
            "SQL in C# (move it into Sql/Statements/*.sql and read it through SqlScripts):\n  " + string.Join("\n  ", outside));
    }

    [Fact]
    public void Every_allow_list_entry_still_covers_some_SQL()
    {
        var found = InlineSqlOfProject();
        var stale = AllowList.Where(a => !found.Any(s => Covers(a, s))).ToList();
        Assert.True(stale.Count == 0,
            "no SQL left where the allow-list allows it; take these entries out of SqlFilesTests.AllowList:\n  " +
            string.Join("\n  ", stale.Select(a => a.Member is null ? a.File : $"{a.File} ({a.Member})")));
    }

    [Fact]
    public void The_check_sees_SQL_in_every_kind_of_literal_and_not_in_messages()
    {
        const string Source = """
            class C
            {
                const string A = "SELECT 1";
                string B(string t) => $"x.id IN (SELECT value FROM json_each($ids)) AND {t}";
                static readonly string D = @"DELETE FROM t";
                string E => "(s.year IS NULL), s.year DESC";
                string F() => throw new System.InvalidOperationException("missing embedded script, run the migrations first");
                void G() { var w = "with a parent"; var p = ("$ids", 1); }
            }
            """;
        var found = SqlLiteralsOf("C.cs", Source).Select(s => s.Member).ToList();
        Assert.Equal(["A", "B", "D", "E"], found);
    }

    [Fact]
    public void Every_statement_file_is_read_by_a_SqlScripts_property()
    {
        var texts = typeof(SqlScripts).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(null)!)
            .ToHashSet(StringComparer.Ordinal);
        var unread = StatementFiles().Where(f => !texts.Contains(File.ReadAllText(f))).Select(Path.GetFileName).ToList();
        Assert.True(unread.Count == 0, "statement files no SqlScripts property reads (delete them or read them):\n  " + string.Join("\n  ", unread));
    }

    /// <summary>Prepared by SQLite itself against the current schema (and the path search's temp tables): it compiles, and nothing follows it.</summary>
    [Fact]
    public async Task Every_statement_file_holds_one_statement_that_compiles_against_the_schema()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _directory }))
        {
            await store.InitializeAsync(ct);
        }
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "peergraph.db")}");
        await connection.OpenAsync(ct);
        await using (var tables = connection.CreateCommand())
        {
            tables.CommandText = SqlScripts.PathSearchTables;
            await tables.ExecuteNonQueryAsync(ct);
        }
        var wrong = new List<string>();
        foreach (var file in StatementFiles())
        {
            var rc = SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, File.ReadAllText(file), out var statement, out string tail);
            using (statement)
            {
                if (rc != SQLitePCL.raw.SQLITE_OK)
                {
                    wrong.Add($"{Path.GetFileName(file)}: {SQLitePCL.raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}");
                }
                else if (!string.IsNullOrWhiteSpace(tail))
                {
                    wrong.Add($"{Path.GetFileName(file)}: more than one statement (then \"{tail.Trim()}\")");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<string> StatementFiles() => Directory.EnumerateFiles(StatementsFolder, "*.sql").Order(StringComparer.Ordinal);

    private static bool Covers(AllowedInlineSql allowed, InlineSql found) =>
        allowed.File == found.File && (allowed.Member is null || allowed.Member == found.Member);

    private static List<InlineSql> InlineSqlOfProject() =>
        Directory.EnumerateFiles(Project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(Project, f)))
            .SelectMany(f => SqlLiteralsOf(Path.GetRelativePath(Project, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0] is "bin" or "obj";

    private static IEnumerable<InlineSql> SqlLiteralsOf(string file, string source) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot().DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                || t.IsKind(SyntaxKind.Utf8StringLiteralToken))
            .Where(t => LooksLikeSql(t.ValueText))
            .Select(t => new InlineSql(file, MemberOf(t), t.GetLocation().GetLineSpan().StartLinePosition.Line + 1, t.ValueText));

    private static string MemberOf(SyntaxToken token) =>
        token.Parent?.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault() switch
        {
            MethodDeclarationSyntax m => m.Identifier.Text,
            PropertyDeclarationSyntax p => p.Identifier.Text,
            FieldDeclarationSyntax f => string.Join(",", f.Declaration.Variables.Select(v => v.Identifier.Text)),
            ConstructorDeclarationSyntax c => c.Identifier.Text,
            BaseTypeDeclarationSyntax t => t.Identifier.Text,
            var other => other?.Kind().ToString() ?? "(file)",
        };
}
