using System.Text;
using System.Xml.Linq;
using Microsoft.Playwright;
using PeerGraph.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PeerGraph.Browser.Tests;

/// <summary>Each download format, saved by the browser and read back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DownloadsTests(ExplorerFixture fixture)
{
    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
    }

    private static string Utf8WithoutBom(byte[] bytes)
    {
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the file starts with a byte-order mark");
        return Encoding.UTF8.GetString(bytes);
    }

    [Fact]
    public async Task The_study_list_downloads_as_CSV_RIS_and_BibTeX()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/");
        var downloads = page.GetByRole(AriaRole.Group, new() { Name = "Download the 5 studies shown" });

        var (csvName, csv) = await DownloadAsync(page, downloads.GetByRole(AriaRole.Button, new() { Name = "CSV" }));
        Assert.Equal("peergraph-studies.csv", csvName);
        var csvLines = Utf8WithoutBom(csv).Split("\r\n");
        Assert.Equal("id,title,year,authors,journal,volume,issue,pages,doi,url,citations", csvLines[0]);
        Assert.Equal(6, csvLines.Count(l => l.Length > 0));
        Assert.Contains(csvLines, l => l.StartsWith("Study:pushing-patience-persistence-2014,", StringComparison.Ordinal) && l.Contains("Sarah N. Mourra; W. Sledge", StringComparison.Ordinal));

        var (risName, ris) = await DownloadAsync(page, downloads.GetByRole(AriaRole.Button, new() { Name = "RIS" }));
        Assert.Equal("peergraph-studies.ris", risName);
        var risText = Utf8WithoutBom(ris);
        Assert.Equal(5, risText.Split("TY  - JOUR").Length - 1);
        Assert.Equal(5, risText.Split("ER  - ").Length - 1);
        Assert.Contains("AU  - Sarah N. Mourra\r\n", risText, StringComparison.Ordinal);

        var (bibName, bib) = await DownloadAsync(page, downloads.GetByRole(AriaRole.Button, new() { Name = "BibTeX" }));
        Assert.Equal("peergraph-studies.bib", bibName);
        var bibText = Utf8WithoutBom(bib);
        Assert.Equal(5, bibText.Split("@article{").Length - 1);
        Assert.Contains("author = {Sarah N. Mourra and W. Sledge", bibText, StringComparison.Ordinal);
        await browser.ScreenshotAsync("downloads");
    }

    [Fact]
    public async Task The_evidence_map_downloads_as_CSV()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/map");
        var (name, bytes) = await DownloadAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Download the map as CSV" }));
        Assert.Equal("peergraph-evidence-map.csv", name);
        var lines = Utf8WithoutBom(bytes).Split("\r\n").Where(l => l.Length > 0).ToList();
        Assert.Equal("theme,perspective,studies,findings", lines[0]);
        Assert.Equal(41, lines.Count);
        Assert.Contains("Relationship and trust building,Peer specialist,4,7", lines);
        Assert.Equal(26, lines.Skip(1).Count(l => l.Split(',')[^2] == "0"));
    }

    [Fact]
    public async Task The_drawn_graph_downloads_as_GraphML_with_typed_numeric_attributes()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/graph?node=Study:pushing-patience-persistence-2014");
        await Expect(page.Locator(".graph-status")).ToContainTextAsync("Drawing");
        var (name, bytes) = await DownloadAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Download the drawn graph as GraphML" }));
        Assert.Equal("peergraph-graph.graphml", name);
        var xml = XDocument.Parse(Utf8WithoutBom(bytes));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var keys = xml.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("attr.name")!, k => (string)k.Attribute("attr.type")!);
        Assert.Equal("int", keys["year"]);
        Assert.Equal("string", keys["doi"]);
        Assert.Equal("string", keys["evidence"]);
        var nodes = xml.Descendants(g + "node").ToList();
        var study = nodes.Single(n => (string)n.Attribute("id")! == "Study:pushing-patience-persistence-2014");
        Assert.Equal("2014", study.Elements(g + "data").Single(d => (string)d.Attribute("key")! == "n_year").Value);
        Assert.NotEmpty(xml.Descendants(g + "edge"));
        Assert.All(xml.Descendants(g + "edge"), e => Assert.Contains(nodes, n => (string)n.Attribute("id")! == (string)e.Attribute("target")!));
    }

    [Fact]
    public async Task A_study_downloads_its_reference()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/studies/pushing-patience-persistence-2014");
        var (_, bib) = await DownloadAsync(page, page.GetByRole(AriaRole.Group, new() { Name = "Download this reference" }).GetByRole(AriaRole.Button, new() { Name = "BibTeX" }));
        var text = Utf8WithoutBom(bib);
        Assert.StartsWith("@article{mourra2014,", text, StringComparison.Ordinal);
        Assert.Contains("year = {2014}", text, StringComparison.Ordinal);
    }
}
